import { AlertTriangle } from 'lucide-react'
import { formatLeaveDays } from '@/contract/leaves'
import { formatMinutes } from '@/utils/format'
import { flagText } from '../flag-text'
import type { RowFacts, RowFlags } from '../row-facts'

/** How much a row is about: hours tracked or asked for, or days of leave; "—" when not known. */
export function RowTotal({ facts }: { facts: RowFacts }) {
  const text = facts.minutes !== undefined ? formatMinutes(facts.minutes) : facts.days !== undefined ? formatLeaveDays(facts.days) : '—'
  return <span className="text-sm font-medium tabular-nums">{text}</span>
}

/**
 * A row's flags at a glance: a warning sign with how many, "—" while (or where) they cannot be
 * told, nothing when clear. The reasons are in the title for a pointer and in the text for a
 * screen reader.
 */
export function RowFlagMarker({ flags }: { flags: RowFlags }) {
  if (flags.status === 'clear') return null
  if (flags.status === 'unknown')
    return (
      <span title={flags.why} className="text-muted-foreground">
        <span aria-hidden>—</span>
        <span className="sr-only">Flags not known: {flags.why}</span>
      </span>
    )
  const reasons = flags.flags.map(flagText)
  return (
    <span title={reasons.join('\n')} className="flex items-center gap-0.5 text-xs font-medium text-warning" data-flagged>
      <AlertTriangle aria-hidden className="size-4" />
      <span aria-hidden>{flags.flags.length}</span>
      <span className="sr-only">Flagged: {reasons.join('; ')}.</span>
    </span>
  )
}
