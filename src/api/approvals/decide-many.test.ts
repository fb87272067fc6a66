import { describe, expect, it } from 'vitest'
import { bulkDecide } from './decide-many'

describe('bulkDecide', () => {
  it('decides one at a time, goes on past failures, and reports progress and reasons', async () => {
    let running = 0
    let maxRunning = 0
    const progress: number[] = []
    const outcome = await bulkDecide(
      [1, 2, 3, 4],
      async (n) => {
        running++
        maxRunning = Math.max(maxRunning, running)
        await new Promise((resolve) => setTimeout(resolve, 1))
        running--
        if (n % 2 === 0) throw new Error(`no ${n}`)
      },
      { onProgress: (done) => progress.push(done) },
    )
    expect(maxRunning).toBe(1)
    expect(progress).toEqual([1, 2, 3, 4])
    expect(outcome).toEqual({
      succeeded: [1, 3],
      failed: [
        { item: 2, reason: 'no 2' },
        { item: 4, reason: 'no 4' },
      ],
      stopped: [],
    })
  })

  it('lets the item in flight finish after an abort, and leaves the rest pending, not failed', async () => {
    const controller = new AbortController()
    const sent: number[] = []
    const outcome = await bulkDecide(
      [1, 2, 3],
      async (n) => {
        sent.push(n)
        if (n === 1) controller.abort()
      },
      { signal: controller.signal },
    )
    expect(sent).toEqual([1])
    expect(outcome).toEqual({ succeeded: [1], failed: [], stopped: [2, 3] })
  })
})
