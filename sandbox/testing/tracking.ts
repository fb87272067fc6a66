import type { RunningSandbox } from '../server'
import type { ContractRecord, UserRecord } from '../store/types'

// Test helpers for live tracking: read the store directly to choose subjects, so that the
// assertions themselves go through HTTP.

/** The seed day (a Monday) at 14:00 UTC: Europe's afternoon, Asia's evening, America's morning. */
export const MONDAY_AFTERNOON = '2026-11-23T14:00:00Z'
/** The Saturday after: almost nobody tracks, so members' days are free for manual time. */
export const SATURDAY_AFTERNOON = '2026-11-28T16:00:00Z'

export function acmeId(sandbox: RunningSandbox): number {
  return sandbox.store.data.workspaces.find((w) => w.name === 'Acme Studio')!.id
}

/** `HH:mm` of `instant` on `timeZone`'s clock. */
export const clockIn = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)

/** The member's local day at `instant`. */
export const dayIn = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)

export interface Subject {
  user: UserRecord
  contract: ContractRecord
  /** A task of the contract's project, and one of another project. */
  taskId: number
  foreignTaskId: number
}

/**
 * Members of the workspace who can track, are not tracking, and have no time at all on their
 * local day at `instant` (so totals start from zero); each with an active contract whose project
 * has tasks.
 */
export function idleSubjects(sandbox: RunningSandbox, workspaceId: number, instant: number): Subject[] {
  const { data } = sandbox.store
  const subjects: Subject[] = []
  for (const m of data.memberships) {
    if (m.workspaceId !== workspaceId || m.status !== 'active' || m.role === 'Project viewer') continue
    const user = data.users.find((u) => u.id === m.userId)!
    const today = dayIn(instant, user.timezone ?? 'UTC')
    if (data.runningTrackers.some((t) => t.userId === user.id)) continue
    if (sandbox.store.spansOf(user.id).some((s) => s.date === today)) continue
    const contract = data.contracts.find(
      (c) => c.userId === user.id && c.workspaceId === workspaceId && c.status === 'active' && data.tasks.some((t) => t.projectId === c.projectId),
    )
    if (!contract) continue
    const taskId = data.tasks.find((t) => t.projectId === contract.projectId)!.id
    const foreignTaskId = data.tasks.find((t) => t.workspaceId === workspaceId && t.projectId !== contract.projectId)!.id
    subjects.push({ user, contract, taskId, foreignTaskId })
  }
  return subjects
}

/**
 * Lift the subject's weekly limits: by Saturday the simulated week has filled most contracts,
 * and manual time beyond a limit would be saved only in part.
 */
export function withoutWeeklyLimits(sandbox: RunningSandbox, subject: Subject): Subject {
  subject.contract.weeklyHoursLimit = 0
  sandbox.store.data.memberships.filter((m) => m.userId === subject.user.id).forEach((m) => (m.weeklyHoursLimit = 0))
  return subject
}
