import type { ReactNode } from 'react'
import { X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Input, Label, Select } from '@/components/ui/input'
import { cn } from '@/lib/utils'

// Filter controls shared by the queue pages. Each page keeps its values in the URL; these only
// render and report changes.

export interface Option {
  value: string
  label: string
}

export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <div role="group" aria-label="Filters" className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
      {children}
    </div>
  )
}

export function FilterSelect({
  id,
  label,
  value,
  options,
  allLabel,
  onChange,
  className = 'sm:w-40',
}: {
  id: string
  label: string
  value: string | number | undefined
  options: readonly Option[]
  /** The "no filter" choice; a select without one always has a value. */
  allLabel?: string
  onChange: (value: string | undefined) => void
  className?: string
}) {
  return (
    <div className={cn('grid gap-1', className)}>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  )
}

/** Two native date inputs; a cleared one reports undefined (unless the range is required). */
export function DateRangeFilter({
  from,
  to,
  onChange,
  required = false,
}: {
  from: string | undefined
  to: string | undefined
  onChange: (range: { date_from?: string; date_to?: string }) => void
  required?: boolean
}) {
  return (
    <>
      <div className="grid gap-1 sm:w-40">
        <Label htmlFor="filter-date-from">From</Label>
        <Input
          id="filter-date-from"
          type="date"
          required={required}
          value={from ?? ''}
          max={to}
          onChange={(e) => (e.target.value || !required) && onChange({ date_from: e.target.value || undefined })}
        />
      </div>
      <div className="grid gap-1 sm:w-40">
        <Label htmlFor="filter-date-to">To</Label>
        <Input
          id="filter-date-to"
          type="date"
          required={required}
          value={to ?? ''}
          min={from}
          onChange={(e) => (e.target.value || !required) && onChange({ date_to: e.target.value || undefined })}
        />
      </div>
    </>
  )
}

export function ClearFilters({ onClear }: { onClear: () => void }) {
  return (
    <Button variant="ghost" className="justify-self-start" onClick={onClear}>
      <X aria-hidden />
      Clear filters
    </Button>
  )
}

/** Capitalised status words for option labels: `submitted` → `Submitted`. */
export const statusOptions = (values: readonly string[]): Option[] =>
  values.map((v) => ({ value: v, label: v[0]!.toUpperCase() + v.slice(1) }))
