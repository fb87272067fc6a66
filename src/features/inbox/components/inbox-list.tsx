import { useEffect, useRef } from 'react'
import { CalendarDays, Clock, FileClock } from 'lucide-react'
import { cn } from '@/lib/utils'
import { formatDateTime } from '@/utils/format'
import type { InboxKind } from '@/api/approvals/kinds'
import type { InboxItem } from '../inbox-items'
import { describeItem, kindLabel, memberLabel, periodLabel } from '../kind-labels'

const kindIcon: Record<InboxKind, typeof Clock> = { timesheet: FileClock, 'time-request': Clock, leave: CalendarDays }

/**
 * The queue. Each row is a button that opens the item (the current one has focus, so j/k reads
 * well with a screen reader) and a checkbox for bulk decisions.
 */
export function InboxList({
  items,
  currentKey,
  selected,
  onOpen,
  onToggle,
}: {
  items: readonly InboxItem[]
  currentKey: string | undefined
  selected: ReadonlySet<string>
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
        return (
          <li key={item.key} aria-current={current ? 'true' : undefined} className={cn('flex items-center gap-2 px-3', current && 'bg-accent')}>
            <input
              type="checkbox"
              className="size-4 accent-primary"
              aria-label={`Select ${describeItem(item)}`}
              checked={selected.has(item.key)}
              onChange={() => onToggle(item.key)}
            />
            <button
              ref={current ? currentRef : undefined}
              type="button"
              onClick={() => onOpen(item.key)}
              className="flex min-w-0 flex-1 items-center gap-3 py-2 text-left focus-visible:outline-offset-[-2px]"
            >
              <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate font-medium">{memberLabel(item)}</span>
                <span className="truncate text-xs text-muted-foreground">
                  {kindLabel[item.kind]} · {periodLabel(item)}
                </span>
              </span>
              {item.submittedAt && (
                <time dateTime={item.submittedAt} className="shrink-0 text-xs text-muted-foreground tabular-nums">
                  {formatDateTime(item.submittedAt)}
                </time>
              )}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
