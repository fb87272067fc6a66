import { afterEach, describe, expect, it } from 'vitest'
import { MemoryStore } from '../store/memory-store'
import { parsePriority, UserBudget, type Grant, type Priority } from './budget'

const stores: MemoryStore[] = []
const budgets: UserBudget[] = []
afterEach(async () => {
  budgets.splice(0).forEach((b) => b.close())
  await Promise.all(stores.splice(0).map((s) => s.close()))
})

function budget(limit: number, windowMs: number, maxWaitMs?: Partial<Record<Priority, number>>) {
  const store = new MemoryStore()
  stores.push(store)
  const b = new UserBudget(store, { limit, windowMs, maxWaitMs })
  budgets.push(b)
  return b
}

describe('UserBudget', () => {
  it('counts per user and says what is left', async () => {
    const b = budget(60, 60_000)
    expect(await b.acquire('user:1', 'page')).toEqual({ ok: true, limit: 60, remaining: 59 })
    expect(await b.acquire('user:1', 'user')).toEqual({ ok: true, limit: 60, remaining: 58 })
    expect(await b.acquire('user:2', 'page')).toEqual({ ok: true, limit: 60, remaining: 59 })
  })

  it('keeps a reserve: background stops at 90 %, the page a little later, clicks take the rest', async () => {
    const b = budget(10, 60_000, { user: 0, page: 0, background: 0 })
    expect(b.ceiling('background')).toBe(9)
    expect(b.ceiling('page')).toBe(9)
    expect(b.ceiling('user')).toBe(10)
    for (let i = 0; i < 9; i++) expect((await b.acquire('u', 'background')).ok).toBe(true)
    const refused = (await b.acquire('u', 'background')) as Extract<Grant, { ok: false }>
    expect(refused.ok).toBe(false)
    expect(refused.retryAfterMs).toBeGreaterThan(50_000)
    expect((await b.acquire('u', 'page')).ok).toBe(false)
    expect(await b.acquire('u', 'user')).toMatchObject({ ok: true, remaining: 0 })
    expect((await b.acquire('u', 'user')).ok).toBe(false)
  })

  it('lets waiting requests go when the window turns: user, then page, then background', async () => {
    const b = budget(4, 300)
    for (let i = 0; i < 4; i++) await b.acquire('u', 'user')
    const order: Priority[] = []
    const wait = (p: Priority) => b.acquire('u', p).then((g) => (g.ok ? order.push(p) : undefined))
    await Promise.all([wait('background'), wait('page'), wait('user')])
    expect(order).toEqual(['user', 'page', 'background'])
  })

  it('answers Retry-After to whoever cannot wait that long', async () => {
    const b = budget(2, 2_000, { user: 100, page: 100, background: 100 })
    await b.acquire('u', 'user')
    await b.acquire('u', 'user')
    const grant = await b.acquire('u', 'user')
    expect(grant.ok).toBe(false)
    expect(!grant.ok && grant.retryAfterMs).toBeGreaterThan(1_000)
  })

  it('believes the vendor when it says fewer are left, and counts its 429 as a spent window', async () => {
    const b = budget(60, 60_000, { user: 0, page: 0, background: 0 })
    await b.acquire('u', 'page')
    await b.observe('u', 10, false)
    expect(await b.acquire('u', 'page')).toMatchObject({ ok: true, remaining: 9 })
    await b.observe('u', undefined, true)
    expect((await b.acquire('u', 'user')).ok).toBe(false)
  })

  it('reads the priority header, page when missing or unknown', () => {
    expect(parsePriority('user')).toBe('user')
    expect(parsePriority('background')).toBe('background')
    expect(parsePriority(undefined)).toBe('page')
    expect(parsePriority('urgent')).toBe('page')
  })
})
