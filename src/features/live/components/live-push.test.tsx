import { act, configure, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { configureTrackingStream } from '@/api/time-tracking/tracking-stream'
import { envelope, listEnvelope, member, workspace } from '@/testing/factories'
import { server, TEST_API } from '@/testing/msw-server'
import { renderRoute } from '@/testing/render-route'

// The Live board with the companion server's stream: a pushed start shows as a row with its
// project, task and start, and the member is not polled; a pushed stop removes the row; when
// WebWork cannot reach the server, the board says so and keeps polling. Each test has a workspace
// of its own: the board keeps its readings per workspace for the tab's lifetime.

class FakeSource {
  static opened: FakeSource[] = []
  readyState = 1
  onerror: ((event: Event) => void) | null = null
  private readonly handlers = new Map<string, ((event: MessageEvent<string>) => void)[]>()
  constructor(readonly url: string) {
    FakeSource.opened.push(this)
  }
  addEventListener(type: string, handler: (event: MessageEvent<string>) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler])
  }
  close() {
    this.readyState = 2
  }
  emit(type: string, data: unknown) {
    act(() => {
      for (const handler of this.handlers.get(type) ?? []) handler(new MessageEvent(type, { data: JSON.stringify(data) }))
    })
  }
}

const EVENTS = 'http://dash.test/events'
const ada = member({ id: 1, timezone: 'UTC', weekly_hours_limit: 0 })
const contract = { id: 20, project_id: 10, project_name: 'API Platform', user_id: 1 }
const receiving = (state: string, detail?: string) => ({
  state,
  publicUrl: 'http://dash.test',
  url: 'http://dash.test/webhooks/webwork',
  ...(detail ? { detail } : {}),
})
const snapshot = (state = 'receiving', detail?: string) => ({
  workspace_id: 1000,
  tracking: [],
  stopped: [],
  revision: 0,
  since: '2026-11-01T00:00:00.000Z',
  gap: false,
  receiving: receiving(state, detail),
})
let sent: string[]

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  // The first render of the whole app in this file compiles the route tree: slow on a busy machine.
  configure({ asyncUtilTimeout: 5_000 })
})
beforeEach(() => {
  sent = []
  FakeSource.opened = []
  vi.stubGlobal('EventSource', FakeSource)
  configureTrackingStream(EVENTS)
  server.events.on('request:start', ({ request }) => void sent.push(`${request.method} ${new URL(request.url).pathname.replace('/api/v2', '')}`))
  server.use(
    http.get(`${TEST_API}/workspaces`, () => HttpResponse.json(listEnvelope([1000, 1001, 1002, 1003].map((id) => workspace({ id }))))),
    ...['timesheets', 'time-requests', 'leaves'].map((queue) => http.get(`${TEST_API}/${queue}`, () => HttpResponse.json(listEnvelope([])))),
    http.get(`${TEST_API}/members`, () => HttpResponse.json(listEnvelope([ada]))),
    http.get(`${TEST_API}/members/1`, () => HttpResponse.json(envelope(ada))),
    http.get(`${TEST_API}/contracts`, () => HttpResponse.json({ success: true, data: [contract] })),
    http.get(`${TEST_API}/tasks`, () => HttpResponse.json(listEnvelope([{ id: 7, title: 'Write the docs', project_id: 10 }]))),
    http.get(`${TEST_API}/reports/tracked-hours`, () => HttpResponse.json({ success: true, data: { days: [] } })),
    http.get(`${TEST_API}/reports/daily-timeline`, () => HttpResponse.json({ success: true, data: { users: [] } })),
    http.get(`${TEST_API}/time-tracking/current-data`, () => HttpResponse.json({ success: true, data: null })),
  )
})
afterEach(() => {
  server.resetHandlers()
  server.events.removeAllListeners()
  configureTrackingStream(null)
  vi.unstubAllGlobals()
})
afterAll(() => {
  server.close()
  configure({ asyncUtilTimeout: 1_000 })
})

const polls = (from: number) => sent.slice(from).filter((s) => s === 'GET /time-tracking/current-data')
const source = (workspaceId: number) => FakeSource.opened.find((s) => s.url === `${EVENTS}?workspace_id=${workspaceId}`)!

describe('the Live board with the companion server’s push', () => {
  it('shows a pushed start with project, task and start, without polling the member, and removes it on the stop', async () => {
    await renderRoute('/w/1000/live')
    await waitFor(() => expect(source(1000)).toBeDefined())
    source(1000).emit('snapshot', snapshot())
    expect(await screen.findByText(/Live: WebWork sends every start and stop/)).toBeDefined()

    const before = sent.length
    const startedAt = new Date(Date.now() - 5 * 60_000).toISOString()
    source(1000).emit('started', {
      revision: 1,
      tracker: { user_id: 1, project_id: 10, task_id: 7, contract_id: 20, description: 'Docs', method: 'web', started_at: startedAt },
    })
    const tracking = await screen.findByRole('region', { name: 'Tracking now' })
    const row = await within(tracking).findByRole('row', { name: /Ada Person1/ })
    expect(row.textContent).toContain('API Platform')
    await waitFor(() => expect(row.textContent).toContain('Write the docs'))
    expect(row.textContent).toMatch(/0:0[45]:\d\d|5 min|4 min/)
    // A second of the scheduler's ticks: the member the push knows is never asked about.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(polls(before)).toEqual([])

    source(1000).emit('stopped', { revision: 2, user_id: 1, stopped_at: new Date().toISOString() })
    await waitFor(() => expect(screen.queryByTestId('live-row-1')).toBeNull())
    expect(screen.getByText('0 tracking of 1')).toBeDefined()
  })

  it('reads the timeline again after a gap in the stream, and only then', async () => {
    await renderRoute('/w/1003/live')
    await waitFor(() => expect(source(1003)).toBeDefined())
    source(1003).emit('snapshot', snapshot())
    const timeline = () => sent.filter((s) => s === 'GET /reports/daily-timeline').length
    // The first full read, when the board opens.
    await waitFor(() => expect(timeline()).toBe(1))
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(timeline()).toBe(1)
    // The stream came back having missed something: one full read follows.
    source(1003).emit('snapshot', { ...snapshot(), gap: true })
    await waitFor(() => expect(timeline()).toBe(2), { timeout: 3_000 })
  })

  it('says plainly when WebWork cannot reach PUBLIC_URL, and keeps polling', async () => {
    await renderRoute('/w/1001/live')
    await waitFor(() => expect(source(1001)).toBeDefined())
    source(1001).emit('snapshot', snapshot('unreachable', 'no test delivery arrived within 15 s of asking for one'))
    expect(await screen.findByText(/WebWork cannot reach http:\/\/dash\.test, so its tracker events do not arrive/)).toBeDefined()
    await waitFor(() => expect(polls(0).length).toBeGreaterThan(0), { timeout: 3_000 })
  })
})

describe('the Live board without the server (static mode)', () => {
  it('opens no stream, says nothing about it, and polls as before', async () => {
    configureTrackingStream(null)
    await renderRoute('/w/1002/live')
    await waitFor(() => expect(polls(0).length).toBeGreaterThan(0), { timeout: 3_000 })
    expect(FakeSource.opened).toEqual([])
    expect(screen.queryByText(/live stream|tracker events/i)).toBeNull()
  })
})
