import { useEffect, useRef } from 'react'
import type { InboxKind } from '@/api/approvals/kinds'
import { kindPlural } from '../kind-labels'
import { TOUCH_TARGET } from '../touch'
import { cn } from '@/lib/utils'

/**
 * One checkbox over the list for every item shown (the kind picked, or everything): checked when
 * all are selected, mixed when some are. Shift+X does the same from the keyboard.
 */
export function SelectAll({ shown, selected, kind, onChange }: { shown: number; selected: number; kind: InboxKind | 'all'; onChange: (all: boolean) => void }) {
  const box = useRef<HTMLInputElement>(null)
  const all = shown > 0 && selected >= shown
  useEffect(() => {
    if (box.current) box.current.indeterminate = selected > 0 && !all
  }, [selected, all])
  const what = kind === 'all' ? `${shown}` : `${shown} ${kindPlural[kind].toLowerCase()}`
  return (
    <label className={cn('flex w-fit cursor-pointer items-center gap-2 px-3 py-1 text-muted-foreground', TOUCH_TARGET)}>
      <input ref={box} type="checkbox" className="size-4 accent-primary" checked={all} onChange={() => onChange(!all)} aria-keyshortcuts="Shift+X" />
      Select all {what}
      <kbd aria-hidden className="rounded border px-1 font-mono text-xs pointer-coarse:hidden">
        Shift+X
      </kbd>
    </label>
  )
}
