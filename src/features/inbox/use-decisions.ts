import { useCallback, useRef, useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { isAlreadyDecided, isUnknownOutcome, stillPending, useDecide, useDecideMany } from '@/api/approvals/mutations'
import type { Decision } from '@/api/approvals/requests'
import { NOT_OFFERED } from '@/lib/api/capabilities'
import { isApiError } from '@/lib/api/errors'
import type { BulkState } from './components/bulk-dialog'
import type { Outcome } from './components/outcome-log'
import { explainDecisionError } from './decision-messages'
import type { InboxItem } from './inbox-items'
import { describeItem } from './kind-labels'
import { bulkDraftKey, saveReasonDraft } from './reason-drafts'

interface DecisionDeps {
  workspaceId: number
  report: (tone: Outcome['tone'], text: string) => void
  /** Put the cursor on an item (or nowhere). */
  open: (key: string | undefined) => void
  /** Move the cursor off an item that is about to leave the list. */
  moveOff: (item: InboxItem) => void
  /** A rejection failed: ask again with the error beside the saved reason. */
  askAgain: (item: InboxItem, error: string) => void
}

/** Single decisions, with their outcomes told in the log, and batches with progress and a Stop. */
export function useDecisions({ workspaceId, report, open, moveOff, askAgain }: DecisionDeps) {
  const queryClient = useQueryClient()
  const decideMutation = useDecide(workspaceId)
  const decideMany = useDecideMany(workspaceId)
  const [bulk, setBulk] = useState<BulkState | null>(null)
  const stopper = useRef<AbortController | null>(null)

  /** The connection dropped before WebWork answered: say so, read the item again, then say what happened. */
  const settleUnknownOutcome = useCallback(
    async (item: InboxItem, decision: Decision) => {
      const done = decision === 'approve' ? 'approved' : 'rejected'
      report('warning', `${describeItem(item)}: the connection dropped before WebWork answered; it may have been ${done} — checking…`)
      let pending: boolean
      try {
        pending = await stillPending(queryClient, workspaceId, item)
      } catch {
        return report('warning', `${describeItem(item)}: could not check whether it was ${done}. Reload the inbox before deciding it again.`)
      }
      if (!pending) {
        if (decision === 'reject') saveReasonDraft(workspaceId, item.key, '')
        return report('success', `${decision === 'approve' ? 'Approved' : 'Rejected'}: ${describeItem(item)} (checked after the connection dropped).`)
      }
      report('danger', `Not ${done}: ${describeItem(item)} is still waiting (checked after the connection dropped). It is back in the list.`)
      open(item.key)
    },
    [open, queryClient, report, workspaceId],
  )

  const decideOne = (item: InboxItem, decision: Decision, reason?: string) => {
    moveOff(item)
    decideMutation.mutate(
      { item, decision, reason },
      {
        onSuccess: () => {
          if (decision === 'reject') saveReasonDraft(workspaceId, item.key, '')
          report('success', `${decision === 'approve' ? 'Approved' : 'Rejected'}: ${describeItem(item)}.`)
        },
        onError: (error) => {
          if (isApiError(error, 'not-offered')) {
            open(item.key)
            return report('warning', `${describeItem(item)}: ${NOT_OFFERED} It stays in the list.`)
          }
          if (isAlreadyDecided(error)) return report('warning', `${describeItem(item)}: ${explainDecisionError(error)}`)
          if (isUnknownOutcome(error)) return void settleUnknownOutcome(item, decision)
          report('danger', `Could not ${decision} ${describeItem(item)}: ${explainDecisionError(error)} It is back in the list.`)
          open(item.key)
          // The typed reason is still in the draft; ask again with the error beside it.
          if (decision === 'reject') askAgain(item, explainDecisionError(error))
        },
      },
    )
  }

  /** Decide `targets` in turn. A rejection's reason stays a draft until every item took it. */
  const runBulk = async (decision: Decision, targets: InboxItem[], reason?: string) => {
    const controller = new AbortController()
    stopper.current = controller
    setBulk({ step: 'running', decision, items: targets, done: 0, stopping: false })
    const outcome = await decideMany(targets, decision, reason, {
      signal: controller.signal,
      describeError: explainDecisionError,
      onProgress: (done) => setBulk((state) => (state?.step === 'running' ? { ...state, done } : state)),
    })
    stopper.current = null
    if (decision === 'reject' && outcome.failed.length === 0 && outcome.stopped.length === 0) saveReasonDraft(workspaceId, bulkDraftKey(targets), '')
    setBulk({ step: 'summary', decision, outcome })
  }

  const stopBulk = () => {
    stopper.current?.abort()
    setBulk((state) => (state?.step === 'running' ? { ...state, stopping: true } : state))
  }

  return { decideOne, runBulk, stopBulk, bulk, setBulk }
}
