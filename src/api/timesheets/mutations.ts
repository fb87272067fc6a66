import { useMutation } from '@tanstack/react-query'
import { useRereadOnSettled } from '../changes'
import { timesheetKeys } from './queries'
import { changeTimesheetSubmission } from './requests'

export type SubmissionAction = 'submit' | 'unsubmit'

/**
 * Submit or unsubmit for a member. No optimistic update: the page shows the pending button and
 * then the server's answer, so a 422 (the state changed meanwhile) never flickers.
 */
export function useChangeTimesheetSubmission(workspaceId: number) {
  return useMutation({
    mutationKey: [...timesheetKeys.workspace(workspaceId), 'submission'],
    mutationFn: ({ timesheetId, action }: { timesheetId: string; action: SubmissionAction }) => changeTimesheetSubmission(workspaceId, timesheetId, action),
    // A 422 here means its status changed meanwhile: the page catches up.
    onSettled: useRereadOnSettled(() => ({ type: 'timesheet-submission', workspaceId }), { afterRefusal: true }),
  })
}
