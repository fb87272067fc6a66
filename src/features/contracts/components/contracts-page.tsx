import { useState } from 'react'
import { useSuspenseQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { Plus } from 'lucide-react'
import { mondayOf } from '@/contract/calendar'
import type { Contract } from '@/contract/contracts'
import { EmptyState } from '@/components/data/empty-state'
import { ListHeader } from '@/components/data/list-header'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'
import { commonCurrency } from '@/utils/amounts'
import { formatDayRange } from '@/utils/format'
import { contractQueries } from '@/api/contracts/queries'
import { contractMemberName, contractProjectName, type Option } from '../contract-form-values'
import { useWeekForecasts } from '../use-week-forecasts'
import { currentWeek } from '@/api/contracts/weekly-forecast'
import { ContractFormDialog, DeleteContractDialog, type ContractEditing } from './contract-dialogs'
import { ContractsMatrix } from './contracts-matrix'
import { ContractsTable } from './contracts-table'
import { WeekPicker } from './week-picker'

const route = getRouteApi('/_authed/w/$workspaceId/contracts/')

/** Members and projects (for the form and the matrix's columns) come from the route. */
export function ContractsPage({ members, projects }: { members: readonly Option[]; projects: readonly Option[] }) {
  const { workspaceId } = route.useParams()
  const { layout: view, flagged, week: weekDay } = route.useSearch()
  const navigate = route.useNavigate()
  const { data: all } = useSuspenseQuery(contractQueries.list(workspaceId))
  const { forecast, error, week } = useWeekForecasts(workspaceId, weekDay && mondayOf(weekDay))
  const thisMonday = currentWeek().start_date
  const weekNote =
    week.start_date < thisMonday
      ? 'the week is over: these are its totals.'
      : week.start_date > thisMonday
        ? 'the week has not begun.'
        : 'the forecast assumes the pace so far, Monday to Friday.'
  const [editing, setEditing] = useState<ContractEditing | null>(null)
  const [deleting, setDeleting] = useState<Contract | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const isFlagged = (c: Contract) => {
    const s = forecast(c)?.status
    return s === 'over' || s === 'at-risk'
  }
  const contracts = all
    .filter((c) => !flagged || isFlagged(c))
    .sort((a, b) => contractMemberName(a).localeCompare(contractMemberName(b), 'en') || contractProjectName(a).localeCompare(contractProjectName(b), 'en'))
  const flaggedCount = all.filter(isFlagged).length
  // The matrix's columns: projects that have a contract, plus every active project the route knows.
  const columns = [...new Map([...projects, ...all.map((c) => ({ id: c.project_id, name: contractProjectName(c) }))].map((p) => [p.id, p])).values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en'),
  )
  const currency = commonCurrency(all.map((c) => c.currency))

  return (
    <div className="flex flex-col gap-4">
      <ListHeader
        title="Contracts"
        count={`${contracts.length} ${contracts.length === 1 ? 'contract' : 'contracts'}`}
        actions={
          <Button size="sm" onClick={() => setEditing({ kind: 'create' })}>
            <Plus aria-hidden />
            New contract
          </Button>
        }
      />
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label="View" className="inline-flex rounded-md border p-0.5">
          {(['matrix', 'list'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => void navigate({ search: (prev) => ({ ...prev, layout: v }) })}
              className={cn(
                'rounded px-3 py-1 text-xs font-medium capitalize',
                view === v ? 'bg-accent text-accent-foreground' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {v}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-primary"
            checked={!!flagged}
            onChange={(e) =>
              void navigate({
                search: (prev) => ({
                  ...prev,
                  flagged: e.target.checked || undefined,
                }),
              })
            }
          />
          Only over or about to overrun ({flaggedCount})
        </label>
        <WeekPicker monday={week.start_date} thisMonday={thisMonday} onChange={(monday) => void navigate({ search: (prev) => ({ ...prev, week: monday }) })} />
        <p className="text-xs text-muted-foreground sm:ml-auto">
          {error
            ? `The hours of ${formatDayRange(week.start_date, week.end_date)} are not available: ${error.message}`
            : `Hours of ${formatDayRange(week.start_date, week.end_date)}; ${weekNote}`}
        </p>
      </div>
      {notice && (
        <p role="status" className="text-muted-foreground">
          {notice}
        </p>
      )}
      {contracts.length === 0 ? (
        <EmptyState>{all.length === 0 ? 'No contracts yet.' : 'No contract is over or about to overrun its limit.'}</EmptyState>
      ) : view === 'matrix' ? (
        <ContractsMatrix
          contracts={contracts}
          projects={flagged ? columns.filter((p) => contracts.some((c) => c.project_id === p.id)) : columns}
          forecast={forecast}
          weekKey={week.start_date}
          onEdit={(contract) => setEditing({ kind: 'edit', contract })}
          onCreate={(user_id, project_id) => setEditing({ kind: 'create', user_id, project_id })}
        />
      ) : (
        <ContractsTable
          label="Contracts"
          contracts={contracts}
          forecast={forecast}
          onEdit={(contract) => setEditing({ kind: 'edit', contract })}
          onDelete={setDeleting}
        />
      )}
      <ContractFormDialog
        workspaceId={workspaceId}
        editing={editing}
        members={members}
        projects={projects}
        currency={currency}
        onClose={() => setEditing(null)}
        onSaved={(who) => {
          setEditing(null)
          setNotice(`Saved the contract of ${who}.`)
        }}
      />
      <DeleteContractDialog
        workspaceId={workspaceId}
        contract={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(c) => {
          setDeleting(null)
          setNotice(`Deleted the contract of ${contractMemberName(c)} on ${contractProjectName(c)}.`)
        }}
      />
    </div>
  )
}
