import type { Contract } from '@/contract/contracts'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Table, Td, Th, THead, Tr } from '@/components/ui/table'
import { formatMoney } from '@/utils/amounts'
import { contractMemberName, contractProjectName } from '../contract-form-values'
import type { WeeklyForecast } from '@/api/contracts/weekly-forecast'
import { WeekHours } from './week-hours'

/** active, paused, "—" when WebWork did not say, or a status we do not know as its text. */
function ContractStatus({ status }: { status: Contract['status'] }) {
  if (status === undefined) return <span className="text-muted-foreground">—</span>
  return <Badge tone={status === 'active' ? 'success' : 'warning'}>{status}</Badge>
}

export function ContractsTable({
  label,
  contracts,
  forecast,
  hide,
  onEdit,
  onDelete,
}: {
  label: string
  contracts: readonly Contract[]
  forecast: (c: Contract) => WeeklyForecast | null
  hide?: 'project' | 'member'
  onEdit: (c: Contract) => void
  onDelete: (c: Contract) => void
}) {
  return (
    <Table label={label}>
      <THead>
        <tr>
          {hide !== 'member' && <Th>Member</Th>}
          {hide !== 'project' && <Th>Project</Th>}
          <Th className="hidden text-right sm:table-cell">Rate</Th>
          <Th>This week</Th>
          <Th className="hidden md:table-cell">Screenshots</Th>
          <Th>Status</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <tbody>
        {contracts.map((c) => {
          const name = `${contractMemberName(c)} on ${contractProjectName(c)}`
          return (
            <Tr key={c.id}>
              {hide !== 'member' && <Td className="font-medium">{contractMemberName(c)}</Td>}
              {hide !== 'project' && <Td>{contractProjectName(c)}</Td>}
              <Td className="hidden text-right tabular-nums sm:table-cell">
                {c.rate !== undefined ? (
                  `${formatMoney(c.rate, c.currency)}/h`
                ) : (
                  // The API leaves the rate out for non-billable projects and for roles that may not see rates.
                  <span className="text-muted-foreground" title="Not billable, or hidden for your role">
                    —<span className="sr-only">no rate shown: not billable, or hidden for your role</span>
                  </span>
                )}
              </Td>
              <Td>
                <WeekHours contract={c} forecast={forecast(c)} />
              </Td>
              <Td className="hidden text-muted-foreground md:table-cell">{c.screenshots_label ?? c.screenshots ?? '—'}</Td>
              <Td>
                <ContractStatus status={c.status} />
              </Td>
              <Td className="text-right whitespace-nowrap">
                <Button size="sm" variant="ghost" aria-label={`Edit contract: ${name}`} onClick={() => onEdit(c)}>
                  Edit
                </Button>
                <Button size="sm" variant="ghost" aria-label={`Delete contract: ${name}`} onClick={() => onDelete(c)}>
                  Delete
                </Button>
              </Td>
            </Tr>
          )
        })}
      </tbody>
    </Table>
  )
}
