import { CircleAlert } from 'lucide-react'
import type { Timesheet } from '@/contract/timesheets'
import { ReviewLink } from '@/components/data/review-link'
import { Button } from '@/components/ui/button'
import { useChangeTimesheetSubmission, type SubmissionAction } from '@/api/timesheets/mutations'
import { submissionActions } from '../timesheet-format'

/**
 * Submit and unsubmit, for a manager acting for a member; each is enabled only where the state
 * machine allows it. If the timesheet changed meanwhile the API answers 422 naming the current
 * status: that message is shown as is, and the page refetches the timesheet.
 */
export function SubmissionActions({ workspaceId, timesheet }: { workspaceId: number; timesheet: Timesheet }) {
  const mutation = useChangeTimesheetSubmission(workspaceId)
  const { canSubmit, canUnsubmit } = submissionActions(timesheet.status)
  const run = (action: SubmissionAction) => mutation.mutate({ timesheetId: timesheet.id, action })
  const busy = mutation.isPending ? mutation.variables.action : null

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button disabled={!canSubmit || mutation.isPending} onClick={() => run('submit')}>
          {busy === 'submit' ? 'Submitting…' : 'Submit'}
        </Button>
        <Button variant="outline" disabled={!canUnsubmit || mutation.isPending} onClick={() => run('unsubmit')}>
          {busy === 'unsubmit' ? 'Unsubmitting…' : 'Unsubmit'}
        </Button>
        {timesheet.status === 'submitted' && (
          <ReviewLink workspaceId={workspaceId} kind="timesheet" id={timesheet.id} size="md">
            Review in inbox
          </ReviewLink>
        )}
      </div>
      {mutation.isError && (
        <p role="alert" className="flex items-start gap-2 text-destructive">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {mutation.error.message}
        </p>
      )}
      {mutation.isSuccess && (
        <p role="status" className="text-muted-foreground">
          {mutation.data.message ?? (mutation.variables.action === 'submit' ? 'Timesheet submitted.' : 'Timesheet unsubmitted.')}
        </p>
      )}
    </div>
  )
}
