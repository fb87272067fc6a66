import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Member } from '@/contract/members'
import { createTimeEntryInputSchema, updateTimeEntryInputSchema, type CreatedTimeEntry, type TimeEntry } from '@/contract/time-entries'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { Input, Select } from '@/components/ui/input'
import { isApiError } from '@/lib/api/errors'
import { formatClock, formatMinutes } from '@/utils/format'
import { useCreateEntry, useUpdateEntry } from '../tracking-mutations'
import { contractQueries } from '@/api/contracts/queries'

type Errors = Partial<Record<'contract_id' | 'start_time' | 'end_time' | 'notes' | 'form', string>>

/**
 * Add or edit manual time, on the member's own clock (HH:mm). The contract's schemas check it
 * first; the API's 422s (overlaps, the weekly limit) land on their fields. A partial save (the
 * weekly limit cut it short) is said before the dialog closes when the answer sends its figures;
 * otherwise the answer's message goes to `onSaved` (it may say so in words).
 */
export function EntryDialog({
  workspaceId,
  member,
  date,
  entry,
  onClose,
  onSaved,
}: {
  workspaceId: number
  member: Member
  date: string
  entry: TimeEntry | null
  onClose: () => void
  /** After `success: true`, with what to tell the user. */
  onSaved: (notice: string) => void
}) {
  const zone = member.timezone ?? 'UTC'
  const contracts = useQuery(contractQueries.list(workspaceId, { user_id: member.id }))
  // As in the clock-in dialog: only a `paused` contract is not offered (an unknown status is).
  const active = (contracts.data ?? []).filter((c) => c.status !== 'paused' || c.id === entry?.contract_id)
  const [contractId, setContractId] = useState(entry?.contract_id ? String(entry.contract_id) : '')
  const [start, setStart] = useState(entry ? formatClock(entry.start_time, zone) : '09:00')
  const [end, setEnd] = useState(entry?.end_time ? formatClock(entry.end_time, zone) : '10:00')
  const [notes, setNotes] = useState(entry?.activity_description ?? '')
  const [errors, setErrors] = useState<Errors>({})
  const [partial, setPartial] = useState<string | null>(null)
  const create = useCreateEntry(workspaceId)
  const update = useUpdateEntry(workspaceId)
  const pending = create.isPending || update.isPending
  const chosenContract = contractId || (active[0] ? String(active[0].id) : '')

  const fail = (error: Error) => {
    const fields = isApiError(error, 'validation') ? (error.details.fieldErrors ?? {}) : {}
    const next: Errors = {}
    for (const [field, messages] of Object.entries(fields)) {
      const key = (['contract_id', 'start_time', 'end_time', 'notes'] as const).find((k) => k === field) ?? 'form'
      next[key] = messages[0]
    }
    if (Object.keys(next).length === 0) next.form = error.message
    setErrors(next)
  }

  const submit = () => {
    setErrors({})
    const values = { contract_id: chosenContract ? Number(chosenContract) : null, start_time: start, end_time: end, notes: notes.trim() || undefined }
    const schema = entry ? updateTimeEntryInputSchema : createTimeEntryInputSchema
    const parsed = schema.safeParse(entry ? values : { ...values, user_id: member.id, date })
    if (!parsed.success) {
      const next: Errors = {}
      for (const issue of parsed.error.issues) next[(String(issue.path[0]) as keyof Errors) ?? 'form'] ??= issue.message
      return setErrors(next)
    }
    if (entry) update.mutate({ entry: { id: entry.id, userId: member.id, date }, input: values }, { onSuccess: () => onSaved('Entry saved.'), onError: fail })
    else
      create.mutate(
        { ...values, user_id: member.id, date },
        {
          onSuccess: ({ saved, message }) => {
            const figures = partialFigures(saved)
            if (figures) setPartial([figures, message].filter(Boolean).join(' '))
            else onSaved(message ?? 'Time added.')
          },
          onError: fail,
        },
      )
  }

  return (
    <Dialog open onClose={onClose} title={entry ? 'Edit manual time' : 'Add manual time'} description={`${date}, on ${member.firstname}'s clock (${zone}).`}>
      {partial ? (
        <div className="flex flex-col gap-3">
          <p role="status" className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
            {partial}
          </p>
          <div className="flex justify-end">
            <Button onClick={onClose}>Done</Button>
          </div>
        </div>
      ) : (
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          {errors.form && (
            <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
              {errors.form}
            </p>
          )}
          <Field label="Contract" error={errors.contract_id}>
            {(props) => (
              <Select {...props} value={chosenContract} onChange={(e) => setContractId(e.target.value)}>
                {active.length === 0 && <option value="">No contract</option>}
                {active.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.project_name ?? `Project #${c.project_id}`}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Start" error={errors.start_time}>
              {(props) => <Input {...props} type="time" value={start} onChange={(e) => setStart(e.target.value)} />}
            </Field>
            <Field label="End" error={errors.end_time}>
              {(props) => <Input {...props} type="time" value={end} onChange={(e) => setEnd(e.target.value)} />}
            </Field>
          </div>
          <Field label="Notes" error={errors.notes}>
            {(props) => <Input {...props} value={notes} maxLength={1000} onChange={(e) => setNotes(e.target.value)} />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : entry ? 'Save' : 'Add time'}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  )
}

/** "Saved 1h 00m of 1h 30m." when the answer sends both figures and less was saved; else null. */
function partialFigures(saved: CreatedTimeEntry | null): string | null {
  if (saved?.saved_minutes === undefined || saved.requested_minutes === undefined || saved.saved_minutes >= saved.requested_minutes) return null
  return `Saved ${formatMinutes(saved.saved_minutes)} of ${formatMinutes(saved.requested_minutes)}.`
}
