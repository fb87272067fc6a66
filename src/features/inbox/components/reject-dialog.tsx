import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Textarea } from '@/components/ui/input'
import { rejectTimesheetInputSchema } from '@/contract/timesheets'
import { TOUCH_TARGET } from '../touch'
import { COARSE_POINTER, useMediaQuery } from '../use-media-query'

// Every kind's reason has the vendor's rules of a timesheet's: required, at most 1,000 characters.
const reasonSchema = rejectTimesheetInputSchema.shape.reason
const REASON_MAX = 1000

/**
 * Asks for the reason a rejection needs. The text is handed to `onDraft` as it is typed, so it
 * survives a failed request, a closed dialog or a reload (see reason-drafts.ts).
 */
export function RejectDialog({
  open,
  title,
  description,
  initialReason,
  error,
  submitLabel = 'Reject',
  onDraft,
  onSubmit,
  onClose,
}: {
  open: boolean
  title: string
  description: string
  initialReason: string
  error?: string
  submitLabel?: string
  onDraft?: (reason: string) => void
  onSubmit: (reason: string) => void
  onClose: () => void
}) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      {/* Remount per opening so the field starts from the saved draft. */}
      {open && <ReasonForm {...{ initialReason, error, submitLabel, onDraft, onSubmit, onClose }} />}
    </Dialog>
  )
}

function ReasonForm({
  initialReason,
  error,
  submitLabel,
  onDraft,
  onSubmit,
  onClose,
}: {
  initialReason: string
  error?: string
  submitLabel: string
  onDraft?: (reason: string) => void
  onSubmit: (reason: string) => void
  onClose: () => void
}) {
  const [reason, setReason] = useState(initialReason)
  const [invalid, setInvalid] = useState<string | null>(null)
  const fieldId = useId()
  const errorId = useId()
  const message = invalid ?? error
  // A touch screen has no Ctrl+Enter to hint at.
  const touch = useMediaQuery(COARSE_POINTER)

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        const parsed = reasonSchema.safeParse(reason)
        if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message ?? 'The reason is not valid.')
        onSubmit(parsed.data)
      }}
    >
      <label htmlFor={fieldId} className="font-medium">
        Reason
      </label>
      <Textarea
        id={fieldId}
        autoFocus
        rows={4}
        value={reason}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
        onKeyDown={(event) => {
          // Ctrl/Cmd+Enter sends, so a rejection needs no mouse.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit()
        }}
        onChange={(event) => {
          setReason(event.target.value)
          setInvalid(null)
          onDraft?.(event.target.value)
        }}
        placeholder={touch ? 'What should be corrected?' : 'What should be corrected? (Ctrl+Enter sends)'}
      />
      <p className={reason.length > REASON_MAX ? 'text-destructive tabular-nums' : 'text-muted-foreground tabular-nums'}>
        {reason.length} / {REASON_MAX}
      </p>
      {message && (
        <p id={errorId} role="alert" className="text-destructive">
          {message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="outline" className={TOUCH_TARGET} onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" className={TOUCH_TARGET}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
