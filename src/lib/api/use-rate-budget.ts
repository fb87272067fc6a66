import { useSyncExternalStore } from 'react'
import { api } from './client'

/** What the header's meter shows: requests left this minute and whether any are waiting. */
export function useRateBudget() {
  const budget = api.budget
  return useSyncExternalStore(budget.subscribe, budget.getSnapshot)
}
