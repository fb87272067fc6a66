import { beforeAll, describe, expect, it, vi } from 'vitest'
import { memberStatusValues, roleValues } from '../../src/contract/common'
import type { SandboxData, TimeSpanRecord } from '../store/types'
import { generateSeed } from './generate'
import { createRng } from './random'

/** Seeded late on its day (as if at 23:59 UTC), when the seed day's mornings have happened everywhere. */
const lateOn = (seedDate: string) => ({ seedDate, now: Date.parse(`${seedDate}T23:59:00Z`) })
const options = { profile: 'demo', ...lateOn('2025-03-12'), passwordHash: 'salt:hash' } as const
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const DAY_MS = 86_400_000

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS

function localParts(iso: string, timeZone: string): { date: string; minutes: number } {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, x.value]))
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) }
}

/** Weekly totals (hours) per contract, Monday-based weeks. */
function weeklyContractHours(spans: readonly TimeSpanRecord[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const s of spans) {
    const day = dayOf(s.date)
    const monday = day - ((((day + 3) % 7) + 7) % 7)
    const key = `${s.contractId}:${monday}`
    totals.set(key, (totals.get(key) ?? 0) + (Date.parse(s.end) - Date.parse(s.start)) / 3_600_000)
  }
  return totals
}

/** Every invariant that must hold for any profile. */
function expectConsistent(data: SandboxData): void {
  const users = new Map(data.users.map((u) => [u.id, u]))
  const workspaces = new Map(data.workspaces.map((w) => [w.id, w]))
  const projects = new Map(data.projects.map((p) => [p.id, p]))
  const contracts = new Map(data.contracts.map((c) => [c.id, c]))
  const tasks = new Map(data.tasks.map((t) => [t.id, t]))
  const policies = new Map(data.leavePolicies.map((p) => [p.id, p]))
  const categories = new Map(data.expenseCategories.map((c) => [c.id, c]))
  const roles = new Map(data.memberships.map((m) => [`${m.workspaceId}:${m.userId}`, m.role]))
  const roleIn = (ws: number, user: number | null) => roles.get(`${ws}:${user}`)
  const isMember = (ws: number, user: number) => roles.has(`${ws}:${user}`)

  // Integer ids: one counter, unique across tables, all below nextId.
  const intIds = [...data.users, ...data.workspaces, ...data.teams, ...data.projects, ...data.contracts, ...data.tasks, ...data.leavePolicies].map((r) => r.id)
  expect(new Set(intIds).size).toBe(intIds.length)
  expect(Math.max(...intIds)).toBeLessThan(data.nextId)
  expect(Math.min(...intIds)).toBeGreaterThanOrEqual(1000)

  const stringIds = [
    ...data.timesheets,
    ...data.timeRequests,
    ...data.leaveRequests,
    ...data.expenses,
    ...data.expenseCategories,
    ...data.timeSpans,
    ...data.webhooks,
  ].map((r) => r.id)
  expect(new Set(stringIds).size).toBe(stringIds.length)
  for (const id of stringIds) if (!UUID.test(id)) expect(id).toMatch(UUID)

  expect(new Set(data.users.map((u) => u.email)).size).toBe(data.users.length)
  for (const u of data.users) expect(u.email).toMatch(/^[a-z0-9.]+@[a-z]+\.test$/)

  for (const w of data.workspaces) expect(isMember(w.id, w.ownerId)).toBe(true)
  for (const m of data.memberships) {
    expect(users.has(m.userId) && workspaces.has(m.workspaceId)).toBe(true)
    expect(m.deletedAt !== null).toBe(m.status === 'left')
    if (m.teamId !== null) expect(data.teams.find((t) => t.id === m.teamId)?.workspaceId).toBe(m.workspaceId)
  }
  for (const t of data.teams) for (const id of t.managerIds) expect(isMember(t.workspaceId, id)).toBe(true)
  for (const p of data.projects) {
    expect(workspaces.has(p.workspaceId)).toBe(true)
    for (const id of p.managerIds) expect(roleIn(p.workspaceId, id)).toBe('Project manager')
    expect(p.deletedAt !== null).toBe(p.status === 0)
  }
  for (const m of data.memberships) {
    if (m.role === 'Project viewer') expect(m.rate).toBe(0)
    else expect(m.rate >= 15 && m.rate <= 120).toBe(true)
  }
  for (const c of data.contracts) {
    expect(c.rate >= 15 && c.rate <= 120).toBe(true)
    expect(projects.get(c.projectId)?.workspaceId).toBe(c.workspaceId)
    expect(isMember(c.workspaceId, c.userId)).toBe(true)
  }
  const staffed = new Set(data.contracts.map((c) => `${c.projectId}:${c.userId}`))
  for (const t of data.tasks) {
    expect(projects.get(t.projectId)?.workspaceId).toBe(t.workspaceId)
    if (t.parentId !== null) expect(tasks.get(t.parentId)?.projectId).toBe(t.projectId)
    for (const a of t.assigneeIds) expect(staffed.has(`${t.projectId}:${a}`)).toBe(true)
    expect(t.completedAt !== null).toBe(t.status === 'completed')
  }
  for (const v of data.projectViewers) {
    expect(roleIn(v.workspaceId, v.userId)).toBe('Project viewer')
    expect(v.projectIds.length).toBeGreaterThanOrEqual(1)
    expect(v.projectIds.length).toBeLessThanOrEqual(2)
    for (const id of v.projectIds) expect(projects.get(id)?.workspaceId).toBe(v.workspaceId)
  }

  const badSpans = data.timeSpans.filter((s) => {
    const c = contracts.get(s.contractId ?? -1)
    return !(
      c &&
      c.userId === s.userId &&
      c.projectId === s.projectId &&
      c.workspaceId === s.workspaceId &&
      (s.taskId === null || tasks.get(s.taskId)?.projectId === s.projectId) &&
      s.activity >= 20 &&
      s.activity <= 95 &&
      ISO.test(s.start) &&
      ISO.test(s.end) &&
      s.start < s.end &&
      s.date <= data.seedDate
    )
  })
  expect(badSpans).toEqual([])
  // No overlapping spans for one user.
  const byUser = new Map<number, TimeSpanRecord[]>()
  for (const s of data.timeSpans) {
    const list = byUser.get(s.userId)
    if (list) list.push(s)
    else byUser.set(s.userId, [s])
  }
  for (const spans of byUser.values()) {
    spans.sort((a, b) => (a.start < b.start ? -1 : 1))
    for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) expect([spans[i - 1], spans[i]]).toBe('not overlapping')
  }

  // Collected rather than asserted one by one: the large profile has 10,000+ rows.
  const badSheets = data.timesheets.filter((t) => {
    const decided = t.status === 'approved' || t.status === 'rejected'
    return !(
      isMember(t.workspaceId, t.userId) &&
      new Date(`${t.dateFrom}T00:00:00Z`).getUTCDay() === 1 &&
      dayOf(t.dateTo) - dayOf(t.dateFrom) === 6 &&
      (t.submittedOn === null) === (t.status === 'pending') &&
      (t.decidedBy !== null && t.decidedAt !== null) === decided &&
      (t.rejectReason !== null) === (t.status === 'rejected') &&
      (t.decidedBy === null || ['Owner', 'Executive manager'].includes(roleIn(t.workspaceId, t.decidedBy) ?? ''))
    )
  })
  expect(badSheets).toEqual([])
  for (const r of data.timeRequests) {
    const c = contracts.get(r.contractId ?? -1)
    expect(c?.userId).toBe(r.userId)
    expect(c?.projectId).toBe(r.projectId)
    const minutes = (Date.parse(r.end) - Date.parse(r.start)) / 60_000
    expect(minutes >= 30 && minutes <= 240).toBe(true)
    if (r.status === 'rejected') expect(r.comment).toBeTruthy()
  }
  for (const l of data.leaveRequests) {
    expect(policies.get(l.policyId)?.workspaceId).toBe(l.workspaceId)
    expect(isMember(l.workspaceId, l.userId)).toBe(true)
    expect(l.startDate <= l.endDate).toBe(true)
    expect(l.rejectReason !== null).toBe(l.status === 'rejected')
    expect(l.approvedBy !== null).toBe(l.status === 'approved')
  }
  for (const e of data.expenses) {
    expect(categories.get(e.categoryId)?.workspaceId).toBe(e.workspaceId)
    expect(isMember(e.workspaceId, e.userId)).toBe(true)
    if (e.projectId !== null) expect(projects.get(e.projectId)?.workspaceId).toBe(e.workspaceId)
    expect(Math.round(e.amount * 100) / 100).toBe(e.amount)
  }

  // Bookkeeping timestamps are UTC ISO and no later than the seed day.
  const limit = `${data.seedDate}T23:59:59Z`
  const stamps = [
    ...data.users.map((u) => u.createdAt),
    ...data.workspaces.map((w) => w.createdAt),
    ...data.memberships.flatMap((m) => [m.createdAt, m.updatedAt, m.activatedAt, m.deletedAt]),
    ...data.projects.flatMap((p) => [p.createdAt, p.updatedAt, p.deletedAt]),
    ...data.contracts.flatMap((c) => [c.createdAt, c.updatedAt]),
    ...data.tasks.flatMap((t) => [t.createdAt, t.updatedAt, t.completedAt]),
    ...data.timesheets.flatMap((t) => [t.createdAt, t.updatedAt, t.submittedOn, t.decidedAt]),
    ...data.timeRequests.flatMap((r) => [r.createdAt, r.updatedAt]),
    ...data.leaveRequests.map((l) => l.createdAt),
    ...data.expenses.map((e) => e.createdAt),
    ...data.webhooks.map((w) => w.createdAt),
  ].filter((s): s is string => s !== null)
  for (const s of stamps) if (!ISO.test(s) || s > limit) expect(s).toBe(`an ISO instant before ${limit}`)

  expect(data.authorizationCodes).toEqual([])
  expect(data.oauthTokens).toEqual([])
  expect(data.personalAccessTokens).toEqual([])
}

describe('random', () => {
  it('is deterministic per label and differs between labels', () => {
    const a = createRng('x')
    const b = createRng('x')
    const seq = Array.from({ length: 5 }, () => a.float())
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(seq)
    expect(createRng('y').float()).not.toBe(seq[0])
    expect(createRng('x').fork('f').float()).toBe(createRng('x').fork('f').float())
    const r = createRng('z')
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5)
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true)
      expect(r.uuid()).toMatch(UUID)
    }
  })
})

describe('generateSeed (demo)', () => {
  let data: SandboxData
  beforeAll(() => {
    data = generateSeed(options)
  })
  const acme = () => data.workspaces.find((w) => w.name === 'Acme Studio')!
  const inAcme = <T extends { workspaceId: number }>(rows: readonly T[]) => rows.filter((r) => r.workspaceId === acme().id)

  it('is byte-for-byte deterministic and never touches Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used in the seed')
    })
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used in the seed')
    })
    try {
      expect(JSON.stringify(generateSeed(options))).toBe(JSON.stringify(data))
    } finally {
      random.mockRestore()
      now.mockRestore()
    }
  })

  it('carries the given header fields', () => {
    expect(data.version).toBe(1)
    expect(data.profile).toBe('demo')
    expect(data.seedDate).toBe('2025-03-12')
  })

  it('keeps every reference and invariant', () => {
    expectConsistent(data)
  })

  it('shifts dates with the seed date but keeps the same people', () => {
    const later = generateSeed({ ...options, ...lateOn('2025-03-19') })
    expect(later.users.map((u) => `${u.id} ${u.email}`)).toEqual(data.users.map((u) => `${u.id} ${u.email}`))
    expect(later.timesheets.map((t) => dayOf(t.dateFrom) - 7)).toEqual(data.timesheets.map((t) => dayOf(t.dateFrom)))
    const lastDate = (d: SandboxData) => d.timeSpans.reduce((m, s) => (s.date > m ? s.date : m), '')
    expect(lastDate(data)).toBe('2025-03-12')
    expect(lastDate(later)).toBe('2025-03-19')
    expect(later.timeSpans.length).toBeGreaterThan(data.timeSpans.length * 0.9)
  })

  it('has the two workspaces with their currencies and owners', () => {
    const [a, b] = data.workspaces
    expect(a).toMatchObject({ name: 'Acme Studio', currency: 'USD' })
    expect(b).toMatchObject({ name: 'Northwind Labs', currency: 'EUR' })
    expect(a!.ownerId).not.toBe(b!.ownerId)
    expect(data.memberships.filter((m) => m.workspaceId === b!.id).length).toBe(8)
    expect(inAcme(data.memberships).length).toBe(40)
  })

  it('sets up the demo accounts exactly as promised', () => {
    const user = (email: string) => data.users.find((u) => u.email === email)!
    const roles = (email: string) => data.memberships.filter((m) => m.userId === user(email).id).map((m) => [m.workspaceId, m.role, m.status, m.rateStatus])
    const [a, b] = data.workspaces.map((w) => w.id)
    expect(roles('owner@demo.test')).toEqual([
      [a, 'Owner', 'active', 1],
      [b, 'Executive manager', 'active', 1],
    ])
    expect(roles('manager@demo.test')).toEqual([[a, 'Executive manager', 'active', 0]])
    expect(roles('member@demo.test')).toEqual([[a, 'Regular User', 'active', 0]])
    const contractCount = (email: string) => data.contracts.filter((c) => c.userId === user(email).id && c.status === 'active').length
    expect([contractCount('owner@demo.test'), contractCount('manager@demo.test'), contractCount('member@demo.test')]).toEqual([1, 1, 2])
    expect(data.contracts.filter((c) => c.userId === user('owner@demo.test').id).length).toBe(1)
    for (const u of data.users) expect(u.passwordHash).toBe('salt:hash')
    // The demo member tracks a little on the seed morning.
    expect(data.timeSpans.some((s) => s.userId === user('member@demo.test').id && s.date === data.seedDate)).toBe(true)
  })

  it('covers every role and member status in Acme', () => {
    const ms = inAcme(data.memberships)
    expect(new Set(ms.map((m) => m.role))).toEqual(new Set(roleValues))
    expect(new Set(ms.map((m) => m.status))).toEqual(new Set(memberStatusValues))
    expect(data.teams.filter((t) => t.workspaceId === acme().id).every((t) => t.managerIds.length > 0)).toBe(true)
    const viewers = ms.filter((m) => m.role === 'Project viewer').map((m) => m.userId)
    expect(data.projectViewers.map((v) => v.userId).sort()).toEqual(viewers.sort())
  })

  it('gives working members 1-3 contracts and never a viewer', () => {
    const counts = new Map<number, number>()
    for (const c of inAcme(data.contracts)) counts.set(c.userId, (counts.get(c.userId) ?? 0) + 1)
    for (const n of counts.values()) expect(n >= 1 && n <= 3).toBe(true)
    const roleOf = new Map(inAcme(data.memberships).map((m) => [m.userId, m.role]))
    for (const id of counts.keys()) expect(roleOf.get(id)).not.toBe('Project viewer')
  })

  it('has projects and tasks in the expected shape', () => {
    const projects = inAcme(data.projects)
    expect(projects.length).toBe(12)
    expect(projects.filter((p) => p.status === 0).length).toBeGreaterThanOrEqual(1)
    expect(projects.some((p) => p.isBillable) && projects.some((p) => !p.isBillable)).toBe(true)
    for (const p of projects) {
      const n = data.tasks.filter((t) => t.projectId === p.id).length
      expect(n >= 5 && n <= 15).toBe(true)
    }
    expect(data.tasks.some((t) => t.parentId !== null)).toBe(true)
  })

  it('has every timesheet status, and plenty waiting for approval', () => {
    const sheets = inAcme(data.timesheets)
    expect(new Set(sheets.map((t) => t.status))).toEqual(new Set(['pending', 'submitted', 'approved', 'rejected']))
    expect(sheets.filter((t) => t.status === 'submitted').length).toBeGreaterThanOrEqual(8)
    const current = sheets.filter((t) => t.dateFrom <= data.seedDate && data.seedDate <= t.dateTo)
    expect(current.length).toBeGreaterThan(0)
    expect(current.every((t) => t.status === 'pending')).toBe(true)
    // Nine weeks per tracking member: eight full ones and the current one.
    expect(new Set(sheets.map((t) => t.dateFrom)).size).toBe(9)
  })

  it('has pending, approved and rejected time requests and leave', () => {
    const requests = inAcme(data.timeRequests)
    expect(requests.filter((r) => r.status === 'pending').length).toBeGreaterThanOrEqual(8)
    expect(requests.some((r) => r.status === 'approved') && requests.some((r) => r.status === 'rejected')).toBe(true)
    const leave = inAcme(data.leaveRequests)
    expect(leave.filter((l) => l.status === 'pending').length).toBeGreaterThanOrEqual(5)
    expect(leave.some((l) => l.status === 'rejected')).toBe(true)
    expect(leave.filter((l) => l.startTime !== null && l.endTime !== null).length).toBeGreaterThanOrEqual(2)
    // Some pending requests overlap each other.
    const pending = leave.filter((l) => l.status === 'pending')
    expect(pending.some((a) => pending.some((b) => a !== b && a.userId !== b.userId && a.startDate <= b.endDate && b.startDate <= a.endDate))).toBe(true)
    expect(data.leavePolicies.filter((p) => p.workspaceId === acme().id).map((p) => [p.name, p.isPaid, p.daysPerYear])).toEqual([
      ['Vacation', true, 20],
      ['Sick leave', true, 10],
      ['Unpaid leave', false, 30],
    ])
  })

  it('has at least one approved full leave day with tracked time on it', () => {
    const worked = new Set(data.timeSpans.map((s) => `${s.userId}:${s.date}`))
    const overlap = data.leaveRequests.some((l) => {
      if (l.status !== 'approved' || l.startTime !== null) return false
      for (let d = dayOf(l.startDate); d <= dayOf(l.endDate); d++) {
        if (worked.has(`${l.userId}:${new Date(d * DAY_MS).toISOString().slice(0, 10)}`)) return true
      }
      return false
    })
    expect(overlap).toBe(true)
  })

  it('tracks realistic time: local days, morning starts, outliers', () => {
    const tz = new Map(data.users.map((u) => [u.id, u.timezone ?? 'UTC']))
    const daily = new Map<string, number>()
    let early = 0
    for (const s of data.timeSpans) {
      const start = localParts(s.start, tz.get(s.userId)!)
      expect(start.date).toBe(s.date)
      if (s.date === data.seedDate) expect(localParts(s.end, tz.get(s.userId)!).minutes).toBeLessThanOrEqual(10 * 60)
      if (start.minutes < 11 * 60) early++
      const key = `${s.userId}:${s.date}`
      daily.set(key, (daily.get(key) ?? 0) + (Date.parse(s.end) - Date.parse(s.start)) / 3_600_000)
    }
    expect(early / data.timeSpans.length).toBeGreaterThan(0.2)
    const hours = [...daily.values()]
    expect(hours.filter((h) => h > 12).length).toBeGreaterThanOrEqual(1)
    const typical = hours.filter((h) => h >= 4 && h <= 9.5).length
    expect(typical / hours.length).toBeGreaterThan(0.7)
    expect(data.timeSpans.some((s) => [0, 6].includes(new Date(`${s.date}T00:00:00Z`).getUTCDay()))).toBe(true)
    const methods = new Set(data.timeSpans.map((s) => s.method))
    expect([...methods].sort()).toEqual(['desktop', 'manual', 'web'])
    // A few contract-weeks over the contract's weekly limit.
    const limits = new Map(data.contracts.map((c) => [c.id, c.weeklyHoursLimit]))
    const over = [...weeklyContractHours(data.timeSpans)].filter(([key, h]) => h > limits.get(Number(key.split(':')[0]))!)
    expect(over.length).toBeGreaterThanOrEqual(3)
    expect(new Set(over.map(([key]) => key.split(':')[0])).size).toBeLessThan(data.contracts.length / 3)
  })

  it('has expenses, categories and the example webhook', () => {
    expect(inAcme(data.expenseCategories).map((c) => c.name)).toEqual(['Travel', 'Software', 'Office Supplies', 'Meals', 'Equipment'])
    const expenses = inAcme(data.expenses)
    expect(expenses.length).toBe(30)
    expect(expenses.some((e) => e.projectId !== null) && expenses.some((e) => e.isBillable) && expenses.some((e) => !e.isBillable)).toBe(true)
    expect(data.webhooks).toHaveLength(1)
    expect(data.webhooks[0]).toMatchObject({
      workspaceId: acme().id,
      url: 'http://127.0.0.1:4999/hooks/webwork',
      events: ['tracker.started', 'tracker.stopped'],
    })
    expect(data.webhooks[0]!.token).toMatch(/^whsec_[0-9a-f]{32}$/)
  })
})

describe('generateSeed (other seed dates)', () => {
  // A Monday, a Sunday, and days around the US (Mar 9) and EU (Mar 30) DST switches.
  it.each(['2025-03-10', '2025-03-16', '2025-03-09', '2025-03-31', '2024-01-01'])('stays consistent when the seed day is %s', (seedDate) => {
    const data = generateSeed({ ...options, ...lateOn(seedDate) })
    expectConsistent(data)
    const statuses = new Set(data.timesheets.filter((t) => t.workspaceId === data.workspaces[0]!.id).map((t) => t.status))
    expect(statuses.size).toBe(4)
  })
})

describe('generateSeed (large)', () => {
  it('scales to 1,000 members and 10,000+ timesheets, consistently', () => {
    const started = Date.now()
    const data = generateSeed({ ...options, profile: 'large' })
    expect(Date.now() - started).toBeLessThan(15_000)
    const acmeId = data.workspaces[0]!.id
    expect(data.memberships.filter((m) => m.workspaceId === acmeId).length).toBe(1000)
    expect(data.timesheets.length).toBeGreaterThanOrEqual(10_000)
    expect(data.projects.filter((p) => p.workspaceId === acmeId).length).toBe(60)
    for (const email of ['owner@demo.test', 'manager@demo.test', 'member@demo.test']) expect(data.users.some((u) => u.email === email)).toBe(true)
    expect(new Set(data.timesheets.map((t) => t.dateFrom)).size).toBe(13)
    expectConsistent(data)
  }, 60_000)
})

describe('generateSeed (at the clock’s now)', () => {
  /** Members' local calendar day at `now`, by user id. */
  const localToday = (data: SandboxData, now: number) =>
    new Map(data.users.map((u) => [u.id, new Intl.DateTimeFormat('en-CA', { timeZone: u.timezone ?? 'UTC' }).format(now)]))
  /** Tracked spans (not approved time requests) that ended by `now`. */
  const trackedBy = (data: SandboxData, now: number) => {
    const requested = new Set(data.timeRequests.map((r) => `${r.userId} ${r.start}`))
    return data.timeSpans
      .filter((s) => !requested.has(`${s.userId} ${s.start}`) && Date.parse(s.end) <= now)
      .map((s) => s.id)
      .sort()
  }

  // 01:31 UTC as in the issue (the Americas' evening before, Asia's morning), the test sandboxes'
  // eve, Europe's morning and afternoon, and late evening.
  it.each(['2025-03-12T01:31:00Z', '2025-03-11T12:00:00Z', '2025-03-12T09:00:00Z', '2025-03-12T14:00:00Z', '2025-03-12T22:30:00Z'])(
    'seeded at %s, nothing ends after now and no one has time on a day still to come',
    (instant) => {
      const now = Date.parse(instant)
      const data = generateSeed({ ...options, now })
      expectConsistent(data)
      const today = localToday(data, now)
      expect(data.timeSpans.filter((s) => Date.parse(s.end) > now || s.date > today.get(s.userId)!)).toEqual([])
      expect(data.timeRequests.filter((r) => Date.parse(r.end) > now)).toEqual([])
      const stamps = [
        ...data.timesheets.flatMap((t) => [t.submittedOn, t.decidedAt, t.updatedAt]),
        ...data.timeRequests.flatMap((r) => [r.createdAt, r.updatedAt]),
      ]
      expect(stamps.filter((s) => s !== null && Date.parse(s) > now)).toEqual([])
      // A session under way is a running tracker: begun, not yet over, one per person, after their other time.
      expect(new Set(data.runningTrackers.map((t) => t.userId)).size).toBe(data.runningTrackers.length)
      for (const t of data.runningTrackers) {
        expect(Date.parse(t.startedAt)).toBeLessThan(now)
        expect(Date.parse(t.stopsAt!)).toBeGreaterThan(now)
        expect(data.timeSpans.filter((s) => s.userId === t.userId && s.end > t.startedAt)).toEqual([])
      }
    },
  )

  // At 01:31 UTC everyone's day is over or not begun; at 16:00 UTC the day before, Europe is at work.
  it.each([
    ['2025-03-12T01:31:00Z', 0],
    ['2025-03-11T16:00:00Z', 5],
  ])('seeded at %s, keeps the history before now and runs what was under way (at least %i)', (instant, atLeast) => {
    const now = Date.parse(instant)
    const early = generateSeed({ ...options, now })
    const late = generateSeed(options)
    expect(trackedBy(early, now)).toEqual(trackedBy(late, now))
    const underWay = late.timeSpans.filter((s) => Date.parse(s.start) < now && Date.parse(s.end) > now && s.method !== 'manual')
    expect(underWay.length).toBeGreaterThanOrEqual(atLeast)
    expect(early.runningTrackers.map((t) => `${t.id} ${t.startedAt} ${t.stopsAt}`).sort()).toEqual(underWay.map((s) => `${s.id} ${s.start} ${s.end}`).sort())
    expect(late.runningTrackers).toEqual([])
  })
})
