import { useMemo, type ReactNode } from 'react'
import { homeDays } from '../home-reads'
import { AtRiskCard } from './at-risk-card'
import { AwaySoonCard } from './away-soon-card'
import { NotSubmittedCard } from './not-submitted-card'
import { WaitingCard } from './waiting-card'
import { WeekCard } from './week-card'
import { WorkingNowCard, type WorkingNowView } from './working-now-card'

/**
 * The owner's morning: what needs them, who works now, how the week goes. Each card loads and
 * fails on its own; on a narrow screen they stack in that order.
 */
export function HomePage({ workspaceId, header, live }: { workspaceId: number; header: ReactNode; live: WorkingNowView }) {
  // The days the cards are about, fixed while the page is open (the loader read the same).
  const days = useMemo(() => homeDays(), [])
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">{header}</div>
      <div className="grid gap-4 lg:grid-cols-2">
        <WaitingCard workspaceId={workspaceId} days={days} />
        <WorkingNowCard workspaceId={workspaceId} live={live} />
        <WeekCard workspaceId={workspaceId} days={days} />
        <AtRiskCard workspaceId={workspaceId} days={days} />
        <NotSubmittedCard workspaceId={workspaceId} days={days} />
        <AwaySoonCard workspaceId={workspaceId} days={days} />
      </div>
    </div>
  )
}
