import { useRef } from 'react'
import { Plus } from 'lucide-react'
import type { Contract } from '@/contract/contracts'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { cn } from '@/lib/utils'
import { formatMinutes } from '@/utils/format'
import { contractMemberName, type Option } from '../contract-form-values'
import { useScrollToCell } from '../scroll-to-cell'
import { forecastText, type WeeklyForecast } from '@/api/contracts/weekly-forecast'

const cellTone = {
  over: 'bg-destructive/10 text-destructive',
  'at-risk': 'bg-warning/10 text-warning',
  ok: '',
  'no-limit': '',
}

/**
 * Who works on what: a row per member with a contract, a column per project. A cell is the
 * contract (the week's hours against its limit; a click edits it) or a "+" that creates one.
 * Wider than the screen, the member column stays pinned and the grid opens scrolled to the first
 * cell over its limit (reading order), once per week shown (`weekKey`).
 */
export function ContractsMatrix({
  contracts,
  projects,
  forecast,
  weekKey,
  onEdit,
  onCreate,
}: {
  contracts: readonly Contract[]
  projects: readonly Option[]
  forecast: (c: Contract) => WeeklyForecast | null
  weekKey: string
  onEdit: (c: Contract) => void
  onCreate: (userId: number, projectId: number) => void
}) {
  const byPair = new Map(contracts.map((c) => [`${c.user_id}:${c.project_id}`, c]))
  const members = [...new Map(contracts.map((c) => [c.user_id, contractMemberName(c)]))].sort(([, a], [, b]) => a.localeCompare(b, 'en'))
  const firstOver = members
    .flatMap(([userId]) => projects.map((p) => byPair.get(`${userId}:${p.id}`)))
    .find((c) => c !== undefined && forecast(c)?.status === 'over')
  const tableRef = useRef<HTMLTableElement>(null)
  useScrollToCell(tableRef, firstOver ? `[data-contract="${firstOver.id}"]` : null, weekKey)
  return (
    <Table ref={tableRef} label="Contracts by member and project" className="text-xs">
      <THead>
        <tr>
          <Th className="sticky left-0 z-[1] bg-muted shadow-[1px_0_0_var(--border)]">Member</Th>
          {projects.map((p) => (
            <Th key={p.id} className="max-w-28 truncate text-center" title={p.name}>
              {p.name}
            </Th>
          ))}
        </tr>
      </THead>
      <tbody>
        {members.map(([userId, name]) => (
          <Tr key={userId}>
            <Th scope="row" className="sticky left-0 z-[1] max-w-40 truncate bg-card font-medium text-foreground shadow-[1px_0_0_var(--border)]" title={name}>
              {name}
            </Th>
            {projects.map((p) => {
              const c = byPair.get(`${userId}:${p.id}`)
              if (!c)
                return (
                  <Td key={p.id} className="p-0.5 text-center">
                    <button
                      type="button"
                      aria-label={`Add contract: ${name} on ${p.name}`}
                      onClick={() => onCreate(userId, p.id)}
                      className="inline-flex size-7 items-center justify-center rounded text-muted-foreground/40 hover:bg-accent hover:text-foreground focus-visible:text-foreground"
                    >
                      <Plus aria-hidden className="size-3.5" />
                    </button>
                  </Td>
                )
              const f = forecast(c)
              const projected = f && forecastText(f)
              return (
                <Td key={p.id} data-contract={c.id} className="p-0.5 text-center">
                  <button
                    type="button"
                    aria-label={`Edit contract: ${name} on ${p.name}${f?.status === 'over' ? ', over its weekly limit' : f?.status === 'at-risk' ? ', will overrun its weekly limit' : ''}${projected ? `: ${projected}` : ''}`}
                    onClick={() => onEdit(c)}
                    className={cn(
                      'w-full rounded px-1.5 py-1 whitespace-nowrap tabular-nums hover:bg-accent',
                      f && cellTone[f.status],
                      c.status === 'paused' && 'text-muted-foreground line-through',
                    )}
                  >
                    {f ? formatMinutes(f.trackedMinutes) : '…'}
                    <span>/{c.weekly_hours_limit === undefined ? '—' : f?.limitMinutes ? `${c.weekly_hours_limit}h` : '∞'}</span>
                    {/* The limit is in the line above: the forecast alone fits a narrow cell. */}
                    {f && projected && <span className="block text-[11px] leading-tight">{forecastText(f, { withLimit: false })}</span>}
                  </button>
                </Td>
              )
            })}
          </Tr>
        ))}
      </tbody>
    </Table>
  )
}
