import type { ReactNode } from 'react'
import { act, renderHook, waitFor } from '@testing-library/react'
import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { api, bearerAuth } from '@/lib/api/client'
import { RateBudget } from '@/lib/api/rate-budget'
import { envelope, listEnvelope } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { useDecideMany } from './mutations'
import { inboxQueries } from './queries'

// A batch decides each item once and re-reads the queue once, at the end; Stop leaves the rest.

const WORKSPACE = 1000
const timesheet = (id: number) => ({ id: `ts-${id}`, user_id: id, date_from: '2026-11-23', date_to: '2026-11-29', total_minutes: 600, status: 'submitted' })
let pending: number[]
let queueReads: number
let decisions: string[]

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  api.configure({ baseUrl: TEST_API, auth: bearerAuth({ accessToken: () => 'test-token', renew: async () => false }), budget: new RateBudget({ limit: 60 }) })
  pending = [1, 2, 3, 4, 5]
  queueReads = 0
  decisions = []
  server.use(
    http.get(`${TEST_API}/timesheets`, () => {
      queueReads++
      return HttpResponse.json(listEnvelope(pending.map(timesheet)))
    }),
    http.put(`${TEST_API}/timesheets/:id/approve`, ({ params }) => {
      decisions.push(String(params.id))
      pending = pending.filter((n) => `ts-${n}` !== params.id)
      return HttpResponse.json(envelope(null, 'Timesheet approved.'))
    }),
  )
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  // The inbox's queue is on screen (an observer), so a re-read really goes out.
  return renderHook(() => ({ queue: useInfiniteQuery(inboxQueries.timesheets(WORKSPACE)), decideMany: useDecideMany(WORKSPACE) }), { wrapper })
}

const items = (ids: number[]) => ids.map((n) => ({ kind: 'timesheet' as const, id: `ts-${n}`, key: `timesheet:ts-${n}` }))
const rows = (result: ReturnType<typeof setup>['result']) => result.current.queue.data?.pages.flatMap((p) => p.data.map((t) => t.id))

describe('useDecideMany', () => {
  it('sends one decision per item and re-reads the queue once, at the end', async () => {
    const { result } = setup()
    await waitFor(() => expect(rows(result)).toHaveLength(5))
    expect(queueReads).toBe(1)
    const progress: number[] = []
    let outcome: Awaited<ReturnType<typeof result.current.decideMany>> | undefined
    await act(async () => {
      outcome = await result.current.decideMany(items([1, 2, 3, 4]), 'approve', undefined, { onProgress: (done) => progress.push(done) })
    })
    expect(decisions).toEqual(['ts-1', 'ts-2', 'ts-3', 'ts-4'])
    expect(progress).toEqual([1, 2, 3, 4])
    expect(outcome!.succeeded).toHaveLength(4)
    await waitFor(() => expect(rows(result)).toEqual(['ts-5']))
    // The first read, and one after the batch: not one (or two) per item.
    expect(queueReads).toBe(2)
  })

  it('stops after the item in flight: the rest stay pending and come back in the list', async () => {
    const { result } = setup()
    await waitFor(() => expect(rows(result)).toHaveLength(5))
    const controller = new AbortController()
    let outcome: Awaited<ReturnType<typeof result.current.decideMany>> | undefined
    await act(async () => {
      outcome = await result.current.decideMany(items([1, 2, 3]), 'approve', undefined, {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      })
    })
    expect(decisions).toEqual(['ts-1'])
    expect(outcome!.stopped.map((i) => i.id)).toEqual(['ts-2', 'ts-3'])
    await waitFor(() => expect(rows(result)).toEqual(['ts-2', 'ts-3', 'ts-4', 'ts-5']))
  })
})
