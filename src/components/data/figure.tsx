import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'

/**
 * One labelled figure of a description list (`<dl>`): a label over its value. `boxed` sets it in
 * a bordered tile, for a row of key figures.
 */
export function Figure({ label, children, boxed = false }: { label: string; children: ReactNode; boxed?: boolean }) {
  return (
    <div className={cn('grid gap-0.5', boxed && 'rounded-md border px-3 py-2')}>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className={cn('tabular-nums', boxed && 'text-base font-semibold')}>{children}</dd>
    </div>
  )
}
