import { fullName } from '@/api/members/member-name'
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Member } from '@/contract/members'
import { startTrackingInputSchema } from '@/contract/time-tracking'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { Select, Textarea } from '@/components/ui/input'
import { isApiError } from '@/lib/api/errors'
import { useClockIn } from '../tracking-mutations'
import { contractQueries } from '@/api/contracts/queries'
import { taskQueries } from '@/api/tasks/queries'

/**
 * Clock a member in: one of their active contracts, optionally a task of its project, and what
 * they work on. A refusal (already tracking, even in the desktop app) is said plainly and the
 * choices stay.
 */
export function ClockInDialog({
  workspaceId,
  member,
  onClose,
  onDone,
}: {
  workspaceId: number
  member: Member
  onClose: () => void
  /** After `success: true`, with what to tell the user. */
  onDone: (notice: string) => void
}) {
  const name = fullName(member)
  const contracts = useQuery(contractQueries.list(workspaceId, { user_id: member.id }))
  // Assumed: a contract whose status the vendor did not send is usable (only `paused` is not).
  const active = (contracts.data ?? []).filter((c) => c.status !== 'paused')
  const [contractId, setContractId] = useState<string>('')
  const chosen = active.find((c) => String(c.id) === contractId) ?? active[0]
  const tasks = useQuery({ ...taskQueries.project(workspaceId, chosen?.project_id ?? 0), enabled: chosen !== undefined })
  const [taskId, setTaskId] = useState('')
  const [description, setDescription] = useState('')
  const clockIn = useClockIn(workspaceId)
  const [error, setError] = useState<{ field?: string; message: string } | null>(null)

  const submit = () => {
    setError(null)
    const input = {
      user_id: member.id,
      contract_id: chosen?.id ?? null,
      task_id: taskId ? Number(taskId) : null,
      activity_description: description.trim() || undefined,
    }
    const parsed = startTrackingInputSchema.safeParse(input)
    if (!parsed.success) return setError({ field: String(parsed.error.issues[0]?.path[0] ?? ''), message: parsed.error.issues[0]!.message })
    clockIn.mutate(input, {
      onSuccess: () => onDone(`Clocked in ${name}.`),
      onError: (e) => {
        const fields = isApiError(e, 'validation') ? e.details.fieldErrors : undefined
        const [field, messages] = Object.entries(fields ?? {})[0] ?? []
        setError({ field: field === 'user_id' ? undefined : field, message: messages?.[0] ?? e.message })
      },
    })
  }

  return (
    <Dialog open onClose={onClose} title={`Clock in ${name}`} description="Starts a tracker for them now, as the web tracker would.">
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        {error && !error.field && (
          <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
            {error.message}
          </p>
        )}
        <Field
          label="Contract"
          error={error?.field === 'contract_id' ? error.message : undefined}
          hint={contracts.isPending ? 'Loading contracts…' : active.length === 0 ? 'No active contract: time will have no project.' : undefined}
        >
          {(props) => (
            <Select
              {...props}
              value={chosen ? String(chosen.id) : ''}
              onChange={(e) => {
                setContractId(e.target.value)
                setTaskId('')
              }}
              disabled={active.length === 0}
            >
              {active.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.project_name ?? `Project #${c.project_id}`}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Task" error={error?.field === 'task_id' ? error.message : undefined}>
          {(props) => (
            <Select {...props} value={taskId} onChange={(e) => setTaskId(e.target.value)} disabled={!chosen}>
              <option value="">No task</option>
              {(tasks.data ?? [])
                .filter((t) => t.status !== 30)
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
            </Select>
          )}
        </Field>
        <Field label="Activity description" error={error?.field === 'activity_description' ? error.message : undefined}>
          {(props) => <Textarea {...props} rows={2} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={clockIn.isPending || contracts.isPending}>
            {clockIn.isPending ? 'Starting…' : 'Clock in'}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
