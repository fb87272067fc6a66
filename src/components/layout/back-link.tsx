import type { ComponentProps } from 'react'
import { createLink } from '@tanstack/react-router'
import { ArrowLeft } from 'lucide-react'
import { cn } from '@/lib/utils'

function BackAnchor({ className, children, ...props }: ComponentProps<'a'>) {
  return (
    <a {...props} className={cn('inline-flex w-fit items-center gap-1 text-muted-foreground hover:text-foreground', className)}>
      <ArrowLeft aria-hidden className="size-4" />
      {children}
    </a>
  )
}

/** "← Members" above a detail page: a typed router link back to the list it came from. */
export const BackLink = createLink(BackAnchor)
