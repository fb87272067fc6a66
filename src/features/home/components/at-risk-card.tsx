import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ArrowRight, TriangleAlert } from 'lucide-react'
import { personLabel } from '@/api/members/member-name'
import { minutesByContract } from '@/api/contracts/week-minutes'
import { Badge } from '@/components/ui/badge'
import { homeQueries, type HomeDays } from '../home-reads'
import { contractsAtRisk, riskText } from '../at-risk'
import { cardLinkClass, cardStatus, Figure, HomeCard } from './home-card'

const SHOWN = 5

/** Contracts over their weekly limit or forecast to pass it (the Contracts page's forecast), worst first. */
export function AtRiskCard({ workspaceId, days }: { workspaceId: number; days: HomeDays }) {
  const queries = homeQueries(workspaceId, days)
  const contracts = useQuery(queries.contracts)
  // This week's hours: the same read as the Contracts page's forecast and the "This week" card.
  const week = useQuery({ ...queries.thisWeek, select: minutesByContract })
  const atRisk = useMemo(
    () => contracts.data && week.data && contractsAtRisk(contracts.data, week.data, { weekStart: days.thisWeek.weekStart, now: new Date(days.now) }),
    [contracts.data, week.data, days],
  )

  return (
    <HomeCard
      id="at-risk"
      title="At risk this week"
      icon={TriangleAlert}
      status={cardStatus(contracts, week)}
      link={
        <Link to="/w/$workspaceId/contracts" params={{ workspaceId }} search={{ layout: 'list', flagged: true }} className={cardLinkClass}>
          Flagged contracts
          <ArrowRight aria-hidden />
        </Link>
      }
    >
      {() =>
        atRisk!.length === 0 ? (
          <p className="text-muted-foreground">No contract is over its weekly limit or on course to pass it.</p>
        ) : (
          <>
            <Figure
              value={String(atRisk!.length)}
              label={atRisk!.length === 1 ? 'contract over or on course to pass its limit' : 'contracts over or on course to pass their limits'}
            />
            <ul className="-mx-2 flex flex-col">
              {atRisk!.slice(0, SHOWN).map(({ contract, forecast }) => (
                <li key={contract.id}>
                  <Link
                    to="/w/$workspaceId/projects/$projectId"
                    params={{ workspaceId, projectId: contract.project_id }}
                    className="flex min-h-9 flex-wrap items-center justify-between gap-x-3 gap-y-0.5 rounded-md px-2 py-1.5 hover:bg-accent"
                  >
                    <span className="min-w-0">
                      <span className="font-medium">
                        {personLabel({ firstname: contract.user_firstname, lastname: contract.user_lastname, email: contract.user_email }, contract.user_id)}
                      </span>
                      <span className="text-muted-foreground"> · {contract.project_name ?? `Project #${contract.project_id}`}</span>
                    </span>
                    <span className="flex items-center gap-2 text-xs tabular-nums">
                      <span className="text-muted-foreground">{riskText(forecast)}</span>
                      {forecast.status === 'over' ? <Badge tone="danger">Over limit</Badge> : <Badge tone="warning">Will overrun</Badge>}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {atRisk!.length > SHOWN && <p className="text-xs text-muted-foreground">{atRisk!.length - SHOWN} more on the Contracts page.</p>}
          </>
        )
      }
    </HomeCard>
  )
}
