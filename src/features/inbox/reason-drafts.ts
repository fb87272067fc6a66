// Typed rejection reasons survive errors, closed dialogs and reloads: they live in the tab's
// sessionStorage until the rejection succeeds.

const key = (workspaceId: number, itemKey: string) => `webwork.reject-reason.${workspaceId}.${itemKey}`

export function readReasonDraft(workspaceId: number, itemKey: string): string {
  try {
    return sessionStorage.getItem(key(workspaceId, itemKey)) ?? ''
  } catch {
    return ''
  }
}

export function saveReasonDraft(workspaceId: number, itemKey: string, reason: string): void {
  try {
    if (reason) sessionStorage.setItem(key(workspaceId, itemKey), reason)
    else sessionStorage.removeItem(key(workspaceId, itemKey))
  } catch {
    // Storage full or disabled: the dialog still holds the text while it is open.
  }
}

/** The draft key of a rejection of several items: the same selection finds its reason again. */
export const bulkDraftKey = (items: readonly { key: string }[]) =>
  `bulk:${items
    .map((item) => item.key)
    .sort()
    .join(',')}`
