import { useEffect, useRef } from 'react'
import { CalendarDays, Clock, FileClock } from 'lucide-react'
import { cn } from '@/lib/utils'
import { formatDateTime } from '@/utils/format'
import type { InboxKind } from '@/api/approvals/kinds'
import type { InboxItem } from '../inbox-items'
import { describeItem, kindLabel, memberLabel, periodLabel } from '../kind-labels'
import type { RowFacts } from '../row-facts'
import { TOUCH_TARGET } from '../touch'
import { RowFlagMarker, RowTotal } from './row-facts-cells'

const kindIcon: Record<InboxKind, typeof Clock> = { timesheet: FileClock, 'time-request': Clock, leave: CalendarDays }

/** The row's button for an item, to hand focus back to it (after the phone's sheet closes). */
export const rowButton = (key: string) => document.querySelector<HTMLButtonElement>(`[data-inbox-row="${key.replace(/["\\]/g, '\\$&')}"]`)

/**
 * The queue. Each row is a button that opens the item (the current one has focus, so j/k reads
 * well with a screen reader) and a checkbox for bulk decisions. Each row tells how much (hours, or
 * days of leave) and whether anything is flagged, so what needs a look shows without opening it.
 * Rows scrolled to keep clear of the bottom dock of narrow screens (`--inbox-dock`).
 */
export function InboxList({
  items,
  currentKey,
  selected,
  facts,
  onOpen,
  onToggle,
}: {
  items: readonly InboxItem[]
  currentKey: string | undefined
  selected: ReadonlySet<string>
  facts: ReadonlyMap<string, RowFacts>
  onOpen: (key: string) => void
  onToggle: (key: string) => void
}) {
  const currentRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    // Follow the cursor without stealing focus from a dialog or a field.
    if (document.activeElement === document.body || document.activeElement?.closest('[data-inbox-list]')) {
      currentRef.current?.focus({ preventScroll: true })
    }
    currentRef.current?.scrollIntoView({ block: 'nearest' })
  }, [currentKey])

  return (
    <ul data-inbox-list aria-label="Pending decisions" className="flex flex-col divide-y rounded-lg border">
      {items.map((item) => {
        const Icon = kindIcon[item.kind]
        const current = item.key === currentKey
        const rowFacts = facts.get(item.key)
        return (
          <li key={item.key} aria-current={current ? 'true' : undefined} className={cn('flex items-center gap-1 pr-3', current && 'bg-accent')}>
            <label className={cn('flex shrink-0 cursor-pointer items-center justify-center self-stretch pl-3 pr-1', TOUCH_TARGET)}>
              <input
                type="checkbox"
                className="size-4 accent-primary"
                aria-label={`Select ${describeItem(item)}`}
                checked={selected.has(item.key)}
                onChange={() => onToggle(item.key)}
              />
            </label>
            <button
              ref={current ? currentRef : undefined}
              type="button"
              data-inbox-row={item.key}
              onClick={() => onOpen(item.key)}
              className={cn(
                'flex min-w-0 flex-1 scroll-mb-[var(--inbox-dock,0px)] items-center gap-3 py-2 text-left focus-visible:outline-offset-[-2px]',
                TOUCH_TARGET,
              )}
            >
              <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate font-medium">{memberLabel(item)}</span>
                <span className="truncate text-xs text-muted-foreground">
                  {kindLabel[item.kind]} · {periodLabel(item)}
                </span>
              </span>
              <span className="flex shrink-0 flex-col items-end">
                <span className="flex items-center gap-1">
                  {/* The flags' own column, so "—" never reads as part of the hours. */}
                  <span className="flex w-8 justify-center">{rowFacts && <RowFlagMarker flags={rowFacts.flags} />}</span>
                  {rowFacts && <RowTotal facts={rowFacts} />}
                </span>
                {item.submittedAt && (
                  <time dateTime={item.submittedAt} className="text-xs text-muted-foreground tabular-nums">
                    {formatDateTime(item.submittedAt)}
                  </time>
                )}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
