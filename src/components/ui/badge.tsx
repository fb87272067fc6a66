import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

const tones = {
  neutral: 'bg-muted text-foreground',
  success: 'bg-success/10 text-success',
  warning: 'bg-warning/10 text-warning',
  danger: 'bg-destructive/10 text-destructive',
}

export function Badge({ className, tone = 'neutral', ...props }: ComponentProps<'span'> & { tone?: keyof typeof tones }) {
  return <span className={cn('inline-flex items-center whitespace-nowrap rounded-md px-1.5 py-0.5 text-xs font-medium', tones[tone], className)} {...props} />
}
