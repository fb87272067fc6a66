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

export interface Option {
  value: string
  label: string
}

/** The options of a `Select`, after an optional empty choice (`empty` is its label). */
export function Options({ items, empty }: { items: readonly Option[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  )
}

/** Entities with an id and a name, as options. */
export const namedOptions = (items: readonly { id: string | number; name: string }[]): Option[] =>
  items.map((item) => ({ value: String(item.id), label: item.name }))

/** Options labelled from a record of labels: `labelledOptions([1, 2], { 1: 'Low', 2: 'High' })`. */
export const labelledOptions = <K extends string | number>(values: readonly K[], labels: Record<K, string>): Option[] =>
  values.map((value) => ({ value: String(value), label: labels[value] }))

/** Capitalised words as labels: `submitted` → `Submitted`. */
export const wordOptions = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v[0]!.toUpperCase() + v.slice(1) }))
