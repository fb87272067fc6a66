import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Textarea } from '@/components/ui/input'

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
  const [missing, setMissing] = useState(false)
  const fieldId = useId()
  const errorId = useId()
  const message = missing ? 'A reason is required to reject.' : error

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        if (!reason.trim()) return setMissing(true)
        onSubmit(reason.trim())
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
          setMissing(false)
          onDraft?.(event.target.value)
        }}
        placeholder="What should be corrected? (Ctrl+Enter sends)"
      />
      {message && (
        <p id={errorId} role="alert" className="text-destructive">
          {message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="outline" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive">
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
