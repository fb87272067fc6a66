import { afterAll, describe, expect, it } from 'vitest'
import { dailyAttendanceEnvelopeSchema, dailyTimelineEnvelopeSchema, type AttendanceUser, type TimelineUser } from '../../src/contract/reports'
import { currentTrackerEnvelopeSchema } from '../../src/contract/time-tracking'
import { parseClockSpec } from '../clock'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, startTestSandbox } from '../testing/fixture'
import { acmeId, clockIn, dayIn, MONDAY_AFTERNOON } from '../testing/tracking'

// Nothing the sandbox seeds or simulates ends after its clock's now, and the reports the Live board
// and Attendance read agree with it on who has time today (issue 16, item 3).

const open: RunningSandbox[] = []
afterAll(() => Promise.all(open.map((s) => s.close())))
const start = async (clock: string, dialect: 'docs' | 'rich' = 'rich') => {
  // No seed date: the seed's day is the clock's.
  const sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, seedDate: undefined, clock, dialect })
  open.push(sandbox)
  return sandbox
}
const owner = async <T>(sandbox: RunningSandbox, path: string, parse: (body: unknown) => T) => {
  const answer = await api(sandbox.origin, path, { token: DEMO_OWNER_PAT })
  expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  return parse(answer.body)
}

/** Acme's members who can track, each with their local day at `now`. */
function watched(sandbox: RunningSandbox, now: number) {
  const { data } = sandbox.store
  const acme = acmeId(sandbox)
  return data.memberships
    .filter((m) => m.workspaceId === acme && m.status === 'active' && m.role !== 'Project viewer')
    .map((m) => data.users.find((u) => u.id === m.userId)!)
    .map((user) => ({ user, date: dayIn(now, user.timezone ?? 'UTC') }))
}

/** The daily timeline and attendance of every date in `dates`, by user id and date. */
async function reportsOn(sandbox: RunningSandbox, dates: Iterable<string>) {
  const acme = acmeId(sandbox)
  const timeline = new Map<string, TimelineUser>()
  const attendance = new Map<string, AttendanceUser>()
  for (const date of new Set(dates)) {
    const query = `workspace_id=${acme}&date=${date}&per_page=100`
    const t = await owner(sandbox, `/reports/daily-timeline?${query}`, (b) => dailyTimelineEnvelopeSchema.parse(b).data)
    for (const u of t.users) timeline.set(`${u.user_id} ${date}`, u)
    const a = await owner(sandbox, `/reports/daily-attendance?${query}`, (b) => dailyAttendanceEnvelopeSchema.parse(b).data)
    for (const u of a.users) attendance.set(`${u.user_id} ${date}`, u)
  }
  return { timeline, attendance }
}

describe('the sandbox on its clock', () => {
  // The issue's 01:31 UTC (the Americas' evening before, Asia's morning), Europe's morning, the
  // evening, and 01:31 again running 60 times faster.
  it.each(['2026-11-23T01:31:00Z', '2026-11-23T09:00:00Z', '2026-11-23T19:00:00Z', '2026-11-23T01:31:00Z@60x'])(
    'at %s seeds the clock’s day and has nothing ending after now, in the data or the timeline',
    async (clock) => {
      const before = Date.now()
      const sandbox = await start(clock)
      expect(sandbox.store.data.seedDate).toBe('2026-11-23')
      // On a running clock, a bound on its now: it started no earlier than `before`.
      if (clock.endsWith('x')) await new Promise((r) => setTimeout(r, 1_500))
      const spec = parseClockSpec(clock)!
      const now = spec.start + (Date.now() - before) * spec.speed
      const { data } = sandbox.store
      const zone = new Map(data.users.map((u) => [u.id, u.timezone ?? 'UTC']))
      expect(data.timeSpans.filter((s) => Date.parse(s.end) > now || s.date > dayIn(now, zone.get(s.userId)!))).toEqual([])
      expect(data.runningTrackers.filter((t) => Date.parse(t.startedAt) > now)).toEqual([])
      const { timeline } = await reportsOn(
        sandbox,
        watched(sandbox, now).map((m) => m.date),
      )
      expect([...timeline.values()].flatMap((u) => u.entries).filter((e) => Date.parse(e.end) > now)).toEqual([])
    },
  )

  it.each([
    ['2026-11-23T01:31:00Z', 0],
    [MONDAY_AFTERNOON, 5],
  ] as const)(
    'at %s (docs dialect), whoever has time today shows it on the timeline or current-data, and attendance agrees (%i or more tracking)',
    async (clock, atLeast) => {
      const now = Date.parse(clock)
      const sandbox = await start(clock, 'docs')
      const { data } = sandbox.store
      const acme = acmeId(sandbox)
      const members = watched(sandbox, now)
      const { timeline, attendance } = await reportsOn(
        sandbox,
        members.map((m) => m.date),
      )
      let tracking = 0
      let underWay = 0
      for (const { user, date } of members) {
        const running = data.runningTrackers.find(
          (t) => t.userId === user.id && t.workspaceId === acme && dayIn(Date.parse(t.startedAt), user.timezone ?? 'UTC') === date,
        )
        const finished = sandbox.store.spansOf(user.id).some((s) => s.workspaceId === acme && s.date === date)
        const current = await owner(
          sandbox,
          `/time-tracking/current-data?workspace_id=${acme}&user_id=${user.id}`,
          (b) => currentTrackerEnvelopeSchema.parse(b).data,
        )
        const day = timeline.get(`${user.id} ${date}`)!
        const row = attendance.get(`${user.id} ${date}`)!
        // The Live board says "Not started" exactly when neither the timeline nor current-data has anything.
        expect({ user: user.id, seen: day.total_minutes > 0 || current !== null }).toEqual({ user: user.id, seen: finished || running !== undefined })
        expect({ user: user.id, present: row.statuses.includes('Present') }).toEqual({ user: user.id, present: finished || running !== undefined })
        expect(row.tracked_minutes).toBeGreaterThanOrEqual(day.total_minutes)
        if (running) {
          tracking++
          expect(Date.parse(row.departure!)).toBe(now)
        }
        // Tracking, or before the schedule's 17:00 on their clock: neither gone early nor short of time yet.
        if (running || (finished && clockIn(now, user.timezone ?? 'UTC') < '17:00')) {
          underWay++
          expect({ user: user.id, statuses: row.statuses.filter((s) => s === 'Left early' || s === 'Tracked less') }).toEqual({ user: user.id, statuses: [] })
        }
      }
      expect(tracking).toBeGreaterThanOrEqual(atLeast)
      expect(underWay).toBeGreaterThan(0)
    },
  )
})
