import { afterAll, describe, expect, it } from 'vitest'
import { currentTrackerEnvelopeSchema } from '../../src/contract/time-tracking'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, QUIET_CLOCK, startTestSandbox, tempDataDir } from '../testing/fixture'
import { MONDAY_AFTERNOON } from '../testing/tracking'

const NOW = Date.parse(MONDAY_AFTERNOON)
const open: RunningSandbox[] = []
afterAll(() => Promise.all(open.map((s) => s.close())))
const start = async (options: Parameters<typeof startTestSandbox>[0]) => {
  const sandbox = await startTestSandbox({ rateLimit: 10_000, ...options })
  open.push(sandbox)
  return sandbox
}
const board = (sandbox: RunningSandbox) => sandbox.store.data.runningTrackers.map((t) => `${t.userId} ${t.id} ${t.method} ${t.startedAt}`).sort()

describe('the live simulation on a frozen clock', () => {
  it('has people tracking on a weekday afternoon: browser and desktop trackers, and a long-running one', async () => {
    const sandbox = await start({ persist: false, clock: MONDAY_AFTERNOON })
    const trackers = sandbox.store.data.runningTrackers
    expect(trackers.length).toBeGreaterThanOrEqual(8)
    expect(new Set(trackers.map((t) => t.userId)).size).toBe(trackers.length)
    expect(trackers.some((t) => t.method === 'desktop')).toBe(true)
    expect(trackers.some((t) => t.method === 'web')).toBe(true)
    expect(trackers.some((t) => NOW - Date.parse(t.startedAt) > 10 * 3_600_000)).toBe(true)
    for (const t of trackers) {
      expect(Date.parse(t.startedAt)).toBeLessThanOrEqual(NOW)
      expect(Date.parse(t.stopsAt!)).toBeGreaterThan(NOW)
    }
    // The board sees the browser ones through the API.
    const acme = sandbox.store.data.workspaces.find((w) => w.name === 'Acme Studio')!.id
    const web = trackers.find((t) => t.method === 'web' && t.workspaceId === acme)!
    const seen = await api(sandbox.origin, `/time-tracking/current-data?workspace_id=${acme}&user_id=${web.userId}`, { token: DEMO_OWNER_PAT })
    expect(currentTrackerEnvelopeSchema.parse(seen.body).data?.contract_id).toBe(web.contractId)
  })

  it('keeps seeded history and the live day apart: no one has overlapping time', async () => {
    const sandbox = await start({ persist: false, clock: MONDAY_AFTERNOON })
    const { data } = sandbox.store
    // A clock before the seed day plays nothing: what that sandbox holds is the seed alone.
    const seedOnly = await start({ persist: false, clock: QUIET_CLOCK })
    expect(seedOnly.store.data.runningTrackers).toEqual([])
    const seeded = new Set(seedOnly.store.data.timeSpans.map((s) => s.id))
    const live = data.timeSpans.filter((s) => !seeded.has(s.id))
    expect(live.length).toBeGreaterThan(20)
    expect(live.every((s) => s.date >= data.seedDate && Date.parse(s.end) <= NOW)).toBe(true)
    for (const user of data.users) {
      const spans = sandbox.store.spansOf(user.id)
      for (let i = 1; i < spans.length; i++) expect(Date.parse(spans[i]!.start)).toBeGreaterThanOrEqual(Date.parse(spans[i - 1]!.end))
      const running = data.runningTrackers.find((t) => t.userId === user.id)
      if (running && spans.length > 0) expect(Date.parse(running.startedAt)).toBeGreaterThanOrEqual(Date.parse(spans.at(-1)!.end))
    }
  })

  it('shows the same board after a restart with the same clock, saved or freshly seeded', async () => {
    const dataDir = await tempDataDir()
    const first = await start({ persist: true, dataDir, clock: MONDAY_AFTERNOON })
    const before = board(first)
    await first.close()
    open.splice(open.indexOf(first), 1)
    const again = await start({ persist: true, dataDir, clock: MONDAY_AFTERNOON })
    expect(board(again)).toEqual(before)
    const fresh = await start({ persist: false, clock: MONDAY_AFTERNOON })
    expect(board(fresh)).toEqual(before)
    const later = await start({ persist: false, clock: '2026-11-23T16:00:00Z' })
    expect(board(later)).not.toEqual(before)
  })
})

describe('the live simulation on a fast clock', () => {
  it('starts or stops someone within a short real wait', async () => {
    // 600x: a real second is ten simulated minutes, at the end of Europe's working day.
    const sandbox = await start({ persist: false, clock: '2026-11-23T16:30:00Z@600x' })
    const before = board(sandbox)
    const deadline = Date.now() + 5_000
    while (Date.now() < deadline && board(sandbox).join() === before.join()) await new Promise((r) => setTimeout(r, 100))
    expect(board(sandbox)).not.toEqual(before)
  })
})
