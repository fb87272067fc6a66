import { useMutation, useQueryClient } from '@tanstack/react-query'
import { timesheetKeys } from './queries'
import { changeTimesheetSubmission } from './requests'

export type SubmissionAction = 'submit' | 'unsubmit'

/**
 * Submit or unsubmit for a member. No optimistic update: the page shows the pending button and
 * then the server's answer, so a 422 (the state changed meanwhile) never flickers.
 */
export function useChangeTimesheetSubmission(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: [...timesheetKeys.workspace(workspaceId), 'submission'],
    mutationFn: ({ timesheetId, action }: { timesheetId: string; action: SubmissionAction }) =>
      changeTimesheetSubmission(workspaceId, timesheetId, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: timesheetKeys.all }),
  })
}
