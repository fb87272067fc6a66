// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FOREGROUND_WAIT_MS, RateBudget, SPREAD_MS, WINDOW_MS, type BudgetChannel, type BudgetMessage, type Priority } from './rate-budget'

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }))
afterEach(() => vi.useRealTimers())

/** Channels that deliver to each other like BroadcastChannel (never to the sender). */
function channelPair(): [BudgetChannel, BudgetChannel] {
  const listeners: ((event: MessageEvent<BudgetMessage>) => void)[][] = [[], []]
  const make = (self: 0 | 1): BudgetChannel => ({
    postMessage: (message) => listeners[1 - self]!.forEach((l) => l({ data: structuredClone(message) } as MessageEvent<BudgetMessage>)),
    addEventListener: (_type, listener) => listeners[self]!.push(listener),
    close: () => undefined,
  })
  return [make(0), make(1)]
}

/** Queue requests and record the order in which they are granted; each is answered at once. */
function track(budget: RateBudget) {
  const granted: string[] = []
  const ask = (name: string, priority: Priority) =>
    void budget.acquire(priority).then(() => {
      granted.push(name)
      budget.settle(priority)
    })
  return { granted, ask }
}

/** A request sent and answered at once. */
async function send(budget: RateBudget, priority: Priority) {
  await budget.acquire(priority)
  budget.settle(priority)
}

describe('RateBudget', () => {
  it('never lets more than the limit go within a minute', async () => {
    const budget = new RateBudget({ limit: 5 })
    const { granted, ask } = track(budget)
    for (let i = 0; i < 8; i++) ask(`r${i}`, 'page')
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toHaveLength(5)
    expect(budget.getSnapshot()).toMatchObject({ remaining: 0, queued: 3 })
    await vi.advanceTimersByTimeAsync(WINDOW_MS - 10)
    expect(granted).toHaveLength(5)
    await vi.advanceTimersByTimeAsync(20)
    expect(granted).toHaveLength(8)
  })

  it('serves clicks first, then the visible page, then background work', async () => {
    const budget = new RateBudget({ limit: 20 })
    // Spend the budget so that everything below has to queue.
    for (let i = 0; i < 20; i++) await send(budget, 'page')
    const { granted, ask } = track(budget)
    ask('prefetch', 'background')
    ask('page-1', 'page')
    ask('click', 'user')
    ask('page-2', 'page')
    // Background work also waits for the spread (SPREAD_MS) after the others went.
    await vi.advanceTimersByTimeAsync(WINDOW_MS + SPREAD_MS + 10)
    expect(granted).toEqual(['click', 'page-1', 'page-2', 'prefetch'])
  })

  it('keeps a reserve that background work may not use', async () => {
    const budget = new RateBudget({ limit: 20 }) // reserve: 2; spread: 1 per 3 s
    const { granted, ask } = track(budget)
    for (let i = 0; i < 20; i++) ask(`bg${i}`, 'background')
    await vi.advanceTimersByTimeAsync(57_000)
    expect(granted).toHaveLength(18)
    ask('click', 'user')
    await vi.advanceTimersByTimeAsync(0)
    expect(granted.at(-1)).toBe('click')
  })

  it('spreads background work over the minute after a short burst, so a click under load waits about a second at most', async () => {
    const budget = new RateBudget({ limit: 60 }) // reserve 6; burst 6, then 1 per second
    const { granted, ask } = track(budget)
    for (let i = 0; i < 500; i++) ask(`bg${i}`, 'background')
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toHaveLength(6)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(granted.length).toBeLessThanOrEqual(36)

    // Three minutes of saturation with a click every three seconds: none waits.
    const waits: number[] = []
    const click = async () => {
      const asked = Date.now()
      await send(budget, 'user')
      waits.push(Date.now() - asked)
    }
    for (let second = 0; second < 180; second += 3) {
      void click()
      await vi.advanceTimersByTimeAsync(3_000)
    }
    expect(waits).toHaveLength(60)
    expect(Math.max(...waits)).toBe(0)
    // A burst of twelve clicks uses the reserve, then goes as slots free up, about one a second.
    const burst = Array.from({ length: 12 }, click)
    await vi.advanceTimersByTimeAsync(15_000)
    await Promise.all(burst)
    expect(Math.max(...waits.slice(60))).toBeLessThanOrEqual(8_000)
    // Background work still got a good share: over 30 a minute on top of the clicks.
    expect(granted.length).toBeGreaterThan(120)
  })

  it('believes X-RateLimit-Remaining when the server knows of more spending', async () => {
    const budget = new RateBudget({ limit: 60 })
    await budget.acquire('page')
    budget.settle('page', { limit: 60, remaining: 2 }) // another script of this user spent the rest
    const { granted, ask } = track(budget)
    for (let i = 0; i < 4; i++) ask(`r${i}`, 'page')
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toHaveLength(2)
  })

  it('pauses everything until Retry-After has passed', async () => {
    const budget = new RateBudget({ limit: 60 })
    budget.pause(3)
    expect(budget.getSnapshot().pausedUntil).toBe(Date.now() + 3000)
    const { granted, ask } = track(budget)
    ask('click', 'user')
    await vi.advanceTimersByTimeAsync(2900)
    expect(granted).toEqual([])
    await vi.advanceTimersByTimeAsync(200)
    expect(granted).toEqual(['click'])
  })

  it('shares the count and pauses with the other tabs', async () => {
    const [a, b] = channelPair()
    const tabA = new RateBudget({ limit: 10, channel: a })
    for (let i = 0; i < 6; i++) await tabA.acquire('page')
    // A tab opened later learns what was spent this minute.
    const tabB = new RateBudget({ limit: 10, channel: b })
    expect(tabB.getSnapshot().remaining).toBe(4)
    await tabB.acquire('page')
    expect(tabA.getSnapshot().remaining).toBe(3)
    tabA.pause(5)
    expect(tabB.getSnapshot().pausedUntil).toBe(Date.now() + 5000)
  })

  it("counts another tab's sends against the background spread", async () => {
    const [a, b] = channelPair()
    const tabA = new RateBudget({ limit: 60, channel: a })
    const tabB = new RateBudget({ limit: 60, channel: b }) // burst 6, then 1 per second
    for (let i = 0; i < 6; i++) await send(tabA, 'page')
    const { granted, ask } = track(tabB)
    ask('bg-1', 'background')
    ask('bg-2', 'background')
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual([])
    await vi.advanceTimersByTimeAsync(SPREAD_MS + 10)
    expect(granted).toEqual(['bg-1'])
    await vi.advanceTimersByTimeAsync(SPREAD_MS)
    expect(granted).toEqual(['bg-1', 'bg-2'])
  })

  it('holds background work while a click or the page waits for its answer', async () => {
    const budget = new RateBudget({ limit: 60 })
    await budget.acquire('page') // on its way, not answered yet
    const { granted, ask } = track(budget)
    ask('prefetch', 'background')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(granted).toEqual([])
    budget.settle('page')
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual(['prefetch'])

    // A request that stalls holds background work up for FOREGROUND_WAIT_MS at most.
    await budget.acquire('page')
    ask('refresh', 'background')
    await vi.advanceTimersByTimeAsync(FOREGROUND_WAIT_MS - 100)
    expect(granted).toEqual(['prefetch'])
    await vi.advanceTimersByTimeAsync(200)
    expect(granted).toEqual(['prefetch', 'refresh'])
  })

  it('drops an aborted request from the queue', async () => {
    const budget = new RateBudget({ limit: 1 })
    await budget.acquire('page')
    const controller = new AbortController()
    const waiting = budget.acquire('page', controller.signal)
    expect(budget.getSnapshot().queued).toBe(1)
    controller.abort()
    await expect(waiting).rejects.toThrow()
    expect(budget.getSnapshot().queued).toBe(0)
  })
})
