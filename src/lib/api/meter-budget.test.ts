// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MeterBudget } from './meter-budget'

afterEach(() => vi.useRealTimers())

describe('MeterBudget (server mode)', () => {
  it('grants every request at once, whatever its priority and however many', async () => {
    const budget = new MeterBudget({ limit: 3 })
    await Promise.all(Array.from({ length: 10 }, (_, i) => budget.acquire(i % 3 ? 'background' : 'user')))
    expect(budget.getSnapshot()).toMatchObject({ limit: 3, remaining: 0, queued: 0 })
  })

  it("believes the server's figures, counts sends since, and forgets them after a minute", () => {
    vi.useFakeTimers()
    const budget = new MeterBudget({ limit: 60 })
    const changes = vi.fn()
    budget.subscribe(changes)
    void budget.acquire('page')
    budget.settle('page', { limit: 50, remaining: 20 })
    expect(budget.getSnapshot()).toMatchObject({ limit: 50, remaining: 20 })
    void budget.acquire('user')
    expect(budget.getSnapshot().remaining).toBe(19)
    vi.advanceTimersByTime(60_001)
    expect(budget.getSnapshot().remaining).toBe(50)
    expect(changes).toHaveBeenCalled()
    budget.dispose()
  })

  it('shows a pause on the meter until it ends, without holding requests', async () => {
    vi.useFakeTimers()
    const budget = new MeterBudget({ limit: 60 })
    budget.pause(2)
    expect(budget.getSnapshot().pausedUntil).not.toBeNull()
    await budget.acquire('background')
    vi.advanceTimersByTime(2_001)
    expect(budget.getSnapshot().pausedUntil).toBeNull()
    budget.dispose()
  })

  it('rejects a request cancelled before it goes', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(new MeterBudget({ limit: 60 }).acquire('page', controller.signal)).rejects.toThrow()
  })
})
