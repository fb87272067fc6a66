/** What a key does in the inbox. Every binding here is listed in the help overlay (`?`). */
export type InboxCommand = 'next' | 'previous' | 'approve' | 'reject' | 'toggle-select' | 'select-all' | 'help'

/** `key` is KeyboardEvent.key (Shift+X arrives as `X`); `hint` is how the overlay writes it, where that differs. */
export const inboxKeymap: readonly { key: string; hint?: string; command: InboxCommand; label: string }[] = [
  { key: 'j', command: 'next', label: 'Next item' },
  { key: 'k', command: 'previous', label: 'Previous item' },
  { key: 'a', command: 'approve', label: 'Approve the item, or the selection' },
  { key: 'r', command: 'reject', label: 'Reject the item, or the selection (asks for a reason)' },
  { key: 'x', command: 'toggle-select', label: 'Select or unselect the item' },
  { key: 'X', hint: 'Shift+X', command: 'select-all', label: 'Select every item shown (of the kind picked), or clear the selection' },
  { key: '?', command: 'help', label: 'Show these shortcuts' },
]

const byKey = new Map(inboxKeymap.map((binding) => [binding.key, binding.command]))

/**
 * The command for a key press, or undefined when the key is not ours: typing in a field, a
 * modifier held (browser and system shortcuts win), or a key we do not bind.
 */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): InboxCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined
  const target = event.target as HTMLElement | null
  if (target && (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName))) return undefined
  // A checkbox takes no letters: after ticking rows, `a` approves them.
  if (target?.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox') return undefined
  return byKey.get(event.key)
}
