import { Plus } from 'lucide-react'
import type { Contract } from '@/contract/contracts'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { cn } from '@/lib/utils'
import { formatMinutes } from '@/utils/format'
import { contractMemberName, type Option } from '../contract-form-values'
import type { WeeklyForecast } from '../weekly-forecast'

const cellTone = {
  over: 'bg-destructive/10 text-destructive',
  'at-risk': 'bg-warning/10 text-warning',
  ok: '',
  'no-limit': '',
}

/**
 * Who works on what: a row per member with a contract, a column per project. A cell is the
 * contract (this week's hours against its limit; a click edits it) or a "+" that creates one.
 */
export function ContractsMatrix({
  contracts,
  projects,
  forecast,
  onEdit,
  onCreate,
}: {
  contracts: readonly Contract[]
  projects: readonly Option[]
  forecast: (c: Contract) => WeeklyForecast | null
  onEdit: (c: Contract) => void
  onCreate: (userId: number, projectId: number) => void
}) {
  const byPair = new Map(contracts.map((c) => [`${c.user_id}:${c.project_id}`, c]))
  const members = [...new Map(contracts.map((c) => [c.user_id, contractMemberName(c)]))].sort(([, a], [, b]) => a.localeCompare(b, 'en'))
  return (
    <Table label="Contracts by member and project" className="text-xs">
      <THead>
        <tr>
          <Th className="sticky left-0 bg-muted">Member</Th>
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
            <Th scope="row" className="sticky left-0 bg-card font-medium text-foreground">
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
              return (
                <Td key={p.id} className="p-0.5 text-center">
                  <button
                    type="button"
                    aria-label={`Edit contract: ${name} on ${p.name}${f?.status === 'over' ? ', over its weekly limit' : f?.status === 'at-risk' ? ', will overrun its weekly limit' : ''}`}
                    onClick={() => onEdit(c)}
                    className={cn(
                      'w-full rounded px-1.5 py-1 whitespace-nowrap tabular-nums hover:bg-accent',
                      f && cellTone[f.status],
                      c.status === 'paused' && 'text-muted-foreground line-through',
                    )}
                  >
                    {f ? formatMinutes(f.trackedMinutes) : '…'}
                    <span>/{c.weekly_hours_limit === undefined ? '—' : f?.limitMinutes ? `${c.weekly_hours_limit}h` : '∞'}</span>
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
