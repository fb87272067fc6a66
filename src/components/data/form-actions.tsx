import { Button } from '@/components/ui/button'
import { FormAlert } from './form-alert'

/** The foot of every form: what failed that belongs to no field, then Cancel and the submit button. */
export function FormActions({
  error,
  submitting,
  submitLabel,
  pendingLabel = 'Saving…',
  onCancel,
}: {
  error?: string
  submitting: boolean
  submitLabel: string
  pendingLabel?: string
  onCancel: () => void
}) {
  return (
    <>
      <FormAlert message={error} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={submitting}>
          {submitting ? pendingLabel : submitLabel}
        </Button>
      </div>
    </>
  )
}
