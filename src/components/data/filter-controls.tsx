import type { ReactNode } from 'react'
import { X } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Input, Label, Options, Select, wordOptions, type Option } from '@/components/ui/input'
import { cn } from '@/lib/utils'

// Filter controls shared by the queue pages. Each page keeps its values in the URL; these only
// render and report changes.

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
        <Options items={options} empty={allLabel} />
      </Select>
    </div>
  )
}

/** The member filter of the queue pages; it reports the member's id. */
export function MemberFilter({
  value,
  members,
  onChange,
}: {
  value: number | undefined
  members: readonly Option[]
  onChange: (memberId: number | undefined) => void
}) {
  return (
    <FilterSelect
      id="filter-member"
      label="Member"
      className="sm:w-52"
      value={value}
      options={members}
      allLabel="All members"
      onChange={(v) => onChange(v ? Number(v) : undefined)}
    />
  )
}

/** The status filter of the queue pages, over the API's status words. */
export function StatusFilter({
  value,
  statuses,
  onChange,
}: {
  value: string | undefined
  statuses: readonly string[]
  onChange: (status: string | undefined) => void
}) {
  return <FilterSelect id="filter-status" label="Status" value={value} options={wordOptions(statuses)} allLabel="All statuses" onChange={onChange} />
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
  const dateInput = (key: 'date_from' | 'date_to', id: string, label: string, value: string | undefined, bounds: { min?: string; max?: string }) => (
    <div className="grid gap-1 sm:w-40">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="date"
        required={required}
        value={value ?? ''}
        {...bounds}
        onChange={(e) => (e.target.value || !required) && onChange({ [key]: e.target.value || undefined })}
      />
    </div>
  )
  return (
    <>
      {dateInput('date_from', 'filter-date-from', 'From', from, { max: to })}
      {dateInput('date_to', 'filter-date-to', 'To', to, { min: from })}
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
