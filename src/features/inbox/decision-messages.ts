import { isAlreadyDecided } from '@/api/approvals/mutations'
import { errorTitles, isApiError } from '@/lib/api/errors'

/** Why a decision did not go through, in a sentence for the outcome log or a batch's summary. */
export function explainDecisionError(error: unknown): string {
  if (isApiError(error, 'not-offered')) return error.message
  if (isAlreadyDecided(error)) return 'It was already decided elsewhere (or removed); the list has been refreshed.'
  if (isApiError(error)) return `${errorTitles[error.kind]}: ${error.message}`
  return error instanceof Error ? error.message : String(error)
}
