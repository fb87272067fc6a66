import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TrackingStream } from './tracking-stream'

/** An EventSource the test drives: `emit` delivers a server event, `fail` ends it as an HTTP error would. */
class FakeSource {
  static opened: FakeSource[] = []
  readyState = 0
  closed = false
  onerror: ((event: Event) => void) | null = null
  private readonly handlers = new Map<string, ((event: MessageEvent<string>) => void)[]>()
  constructor(readonly url: string) {
    FakeSource.opened.push(this)
  }
  addEventListener(type: string, handler: (event: MessageEvent<string>) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler])
  }
  close() {
    this.closed = true
    this.readyState = 2
  }
  emit(type: string, data: unknown) {
    for (const handler of this.handlers.get(type) ?? []) handler(new MessageEvent(type, { data: typeof data === 'string' ? data : JSON.stringify(data) }))
  }
  fail() {
    this.readyState = 2
    this.onerror?.(new Event('error'))
  }
}

const receiving = { state: 'receiving', publicUrl: 'https://dash.example', url: 'https://dash.example/webhooks/webwork' }
const tracker = (userId: number) => ({
  user_id: userId,
  project_id: 10,
  task_id: 7,
  contract_id: 20,
  description: 'Docs',
  method: 'web',
  started_at: '2026-11-23T09:00:00.000Z',
})
const snapshot = (extra: Record<string, unknown> = {}) => ({
  workspace_id: 1000,
  tracking: [tracker(1)],
  stopped: [{ user_id: 2, stopped_at: '2026-11-23T08:00:00.000Z' }],
  revision: 3,
  since: '2026-11-20T00:00:00.000Z',
  gap: false,
  receiving,
  ...extra,
})

beforeEach(() => {
  vi.useFakeTimers()
  FakeSource.opened = []
})
afterEach(() => vi.useRealTimers())

const streamAt = (url: string | null) => new TrackingStream(url, (u) => new FakeSource(u) as unknown as EventSource)

describe('the tracking stream', () => {
  it('does nothing without a server (static mode)', () => {
    const stream = streamAt(null)
    const release = stream.retain()
    expect(FakeSource.opened).toEqual([])
    expect(stream.getSnapshot().connection).toBe('off')
    release()
  })

  it('takes the snapshot whole, then each start and stop, and the receiving status', () => {
    const stream = streamAt('/events?workspace_id=1000')
    stream.retain()
    const source = FakeSource.opened[0]!
    expect(stream.getSnapshot().connection).toBe('connecting')
    source.emit('snapshot', snapshot())
    const state = stream.getSnapshot()
    expect(state).toMatchObject({
      connection: 'live',
      receiving: { state: 'receiving', publicUrl: 'https://dash.example' },
      since: Date.parse('2026-11-20T00:00:00.000Z'),
      gaps: 0,
    })
    expect(state.known.get(1)).toMatchObject({ userId: 1, projectId: 10, taskId: 7, contractId: 20, startedAt: Date.parse('2026-11-23T09:00:00.000Z') })
    expect(state.known.get(2)).toBeNull()

    source.emit('started', { revision: 4, tracker: tracker(2) })
    source.emit('stopped', { revision: 5, user_id: 1, stopped_at: '2026-11-23T10:00:00.000Z' })
    source.emit('status', { ...receiving, state: 'unreachable', detail: 'no test delivery' })
    source.emit('started', 'not json at all')
    const after = stream.getSnapshot()
    expect(after.known.get(2)).toMatchObject({ userId: 2 })
    expect(after.known.get(1)).toBeNull()
    expect(after.receiving).toMatchObject({ state: 'unreachable', detail: 'no test delivery' })
  })

  it('counts a gap when the server says so, and when it had to open the stream again itself', () => {
    const stream = streamAt('/events?workspace_id=1000')
    stream.retain()
    FakeSource.opened[0]!.emit('snapshot', snapshot())
    // EventSource reconnected by itself, sending the last id: the server judges.
    FakeSource.opened[0]!.emit('snapshot', snapshot({ gap: true }))
    expect(stream.getSnapshot().gaps).toBe(1)

    FakeSource.opened[0]!.fail()
    expect(stream.getSnapshot().connection).toBe('down')
    vi.advanceTimersByTime(5_000)
    expect(FakeSource.opened).toHaveLength(2)
    FakeSource.opened[1]!.emit('snapshot', snapshot())
    expect(stream.getSnapshot()).toMatchObject({ connection: 'live', gaps: 2 })
  })

  it('opens again when the server falls silent (no heartbeat for 45 s)', () => {
    const stream = streamAt('/events?workspace_id=1000')
    stream.retain()
    FakeSource.opened[0]!.emit('snapshot', snapshot())
    vi.advanceTimersByTime(30_000)
    FakeSource.opened[0]!.emit('heartbeat', {})
    vi.advanceTimersByTime(30_000)
    expect(FakeSource.opened[0]!.closed).toBe(false)
    vi.advanceTimersByTime(30_000)
    expect(FakeSource.opened[0]!.closed).toBe(true)
    expect(stream.getSnapshot().connection).toBe('down')
    vi.advanceTimersByTime(5_000)
    expect(FakeSource.opened).toHaveLength(2)
  })

  it('stays open while any page uses it and half a minute after the last leaves', () => {
    const stream = streamAt('/events?workspace_id=1000')
    const board = stream.retain()
    const home = stream.retain()
    expect(FakeSource.opened).toHaveLength(1)
    board()
    home()
    vi.advanceTimersByTime(20_000)
    const again = stream.retain()
    vi.advanceTimersByTime(60_000)
    expect(FakeSource.opened[0]!.closed).toBe(false)
    again()
    vi.advanceTimersByTime(30_000)
    expect(FakeSource.opened[0]!.closed).toBe(true)
    expect(stream.getSnapshot().connection).toBe('off')
  })
})
