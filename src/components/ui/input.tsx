import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

export const fieldClass =
  'h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs placeholder:text-muted-foreground aria-invalid:border-destructive disabled:opacity-50'

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={cn(fieldClass, className)} {...props} />
}

/** A native select: accessible and keyboard-friendly for free. */
export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select className={cn(fieldClass, 'pr-2', className)} {...props} />
}

export function Label({ className, ...props }: ComponentProps<'label'>) {
  return <label className={cn('text-xs font-medium text-muted-foreground', className)} {...props} />
}

export function Textarea({ className, rows = 3, ...props }: ComponentProps<'textarea'>) {
  return <textarea rows={rows} className={cn(fieldClass, 'h-auto py-2', className)} {...props} />
}

/** The options of a `Select`: value and label pairs, after an optional empty choice. */
export function Options({ items, empty }: { items: readonly (readonly [value: string | number, label: string])[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  )
}

/** Entities with an id and a name, as `Options` items. */
export const namedOptions = (items: readonly { id: string | number; name: string }[]) => items.map((item) => [item.id, item.name] as const)
