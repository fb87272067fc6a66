import { z } from 'zod'

// Who is tracking, pushed by the companion server (its GET /events: WebWork's tracker webhooks
// as Server-Sent Events). One stream per workspace for the tab, opened while a page uses it and
// for half a minute after (moving between pages keeps it), reconnecting by itself. In static mode
// there is no server: nothing opens and the state stays `off`, so pages poll as before.

const id = z.number().int()
const trackerSchema = z.object({
  user_id: id,
  project_id: id.nullable(),
  task_id: id.nullable(),
  contract_id: id.nullable(),
  description: z.string().nullable(),
  method: z.string().nullable(),
  started_at: z.string(),
})
const receivingSchema = z.object({
  state: z.enum(['registering', 'receiving', 'waiting', 'unreachable', 'failed']),
  publicUrl: z.string(),
  detail: z.string().optional(),
})
const snapshotSchema = z.object({
  tracking: z.array(trackerSchema),
  stopped: z.array(z.object({ user_id: id, stopped_at: z.string() })),
  since: z.string(),
  gap: z.boolean(),
  receiving: receivingSchema,
})
const startedSchema = z.object({ tracker: trackerSchema })
const stoppedSchema = z.object({ user_id: id, stopped_at: z.string() })

export type Receiving = z.infer<typeof receivingSchema>

export interface PushedTracker {
  userId: number
  projectId: number | null
  taskId: number | null
  contractId: number | null
  description: string | null
  /** web, api, desktop, … as WebWork names it. */
  method: string | null
  /** Epoch ms. */
  startedAt: number
}

export interface TrackingNow {
  /** off: no server (static mode); connecting; live: the snapshot arrived; down: reconnecting. */
  connection: 'off' | 'connecting' | 'live' | 'down'
  /** Everyone whose state the server knows: their running tracker, or null since it stopped. */
  known: ReadonlyMap<number, PushedTracker | null>
  /** Whether WebWork's deliveries reach the server; null before the first snapshot. */
  receiving: Receiving | null
  /** Since when the server has kept the state (epoch ms): trackers started before may be unknown. */
  since: number | null
  /** Counts the times something may have been missed (a gap): a page then reads in full once. */
  gaps: number
  /** Epoch ms of the stream's latest word (heartbeats included). */
  heardAt: number | null
}

/** Manual reopening after the stream failed for good (an HTTP error, or silence): 5 s, doubling, at most 5 min. */
const REOPEN_MS = { first: 5_000, max: 300_000 }
/** Three missed heartbeats (15 s apart): the connection is dead even if the socket says otherwise. */
const SILENCE_MS = 45_000
const LINGER_MS = 30_000
/**
 * Changes reach pages at most once a second: a busy workspace's minute (hundreds of starts at a
 * time, or a dozen a second) then costs one rebuild of the board a second, as its clock does.
 */
const NOTIFY_EVERY_MS = 1_000

const OFF: TrackingNow = { connection: 'off', known: new Map(), receiving: null, since: null, gaps: 0, heardAt: null }

type EventSourceLike = Pick<EventSource, 'addEventListener' | 'close' | 'readyState'> & { onerror: ((event: Event) => void) | null }

export class TrackingStream {
  private state: TrackingNow = OFF
  private readonly listeners = new Set<() => void>()
  private source: EventSourceLike | undefined
  private users = 0
  private linger: ReturnType<typeof setTimeout> | undefined
  private reopen: ReturnType<typeof setTimeout> | undefined
  private watchdog: ReturnType<typeof setInterval> | undefined
  private reopenMs = REOPEN_MS.first
  private notifying: ReturnType<typeof setTimeout> | undefined
  private dirty = false
  /** The next snapshot follows a failure this side saw: whatever the server says, read in full. */
  private missed = false

  constructor(
    private readonly url: string | null,
    private readonly open: (url: string) => EventSourceLike = (url) => new EventSource(url),
    private readonly now: () => number = Date.now,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }
  getSnapshot = () => this.state

  /** A page uses the stream until it calls the returned function. */
  retain(): () => void {
    if (!this.url) return () => undefined
    this.users++
    clearTimeout(this.linger)
    if (!this.source && !this.reopen) this.connect()
    let released = false
    return () => {
      if (released) return
      released = true
      if (--this.users === 0) this.linger = setTimeout(() => this.stop(), LINGER_MS)
    }
  }

  private connect() {
    this.reopen = undefined
    const source = this.open(this.url!)
    this.source = source
    this.set({ connection: this.state.connection === 'live' || this.state.connection === 'down' ? 'down' : 'connecting' })
    const on = <T>(event: string, schema: z.ZodType<T>, apply: (data: T) => Partial<TrackingNow>) =>
      source.addEventListener(event, (message) => {
        const parsed = safeJson(schema, (message as MessageEvent<string>).data)
        if (parsed !== undefined) this.set({ ...apply(parsed), heardAt: this.now() })
      })
    on('snapshot', snapshotSchema, (snapshot) => {
      const known = new Map<number, PushedTracker | null>(snapshot.stopped.map((s) => [s.user_id, null]))
      for (const t of snapshot.tracking) known.set(t.user_id, pushed(t))
      const gap = snapshot.gap || this.missed
      this.missed = false
      this.reopenMs = REOPEN_MS.first
      return { connection: 'live', known, receiving: snapshot.receiving, since: Date.parse(snapshot.since), gaps: this.state.gaps + (gap ? 1 : 0) }
    })
    on('started', startedSchema, ({ tracker }) => ({ known: new Map(this.state.known).set(tracker.user_id, pushed(tracker)) }))
    on('stopped', stoppedSchema, ({ user_id }) => ({ known: new Map(this.state.known).set(user_id, null) }))
    on('status', receivingSchema, (receiving) => ({ receiving }))
    on('heartbeat', z.unknown(), () => ({}))
    source.onerror = () => {
      // EventSource retries a dropped connection itself (sending the last id; the server then says
      // whether there was a gap); after an HTTP error it gives up, and this side opens it again.
      if (source.readyState === 2) this.fail()
      else this.set({ connection: 'down' })
    }
    clearInterval(this.watchdog)
    this.watchdog = setInterval(() => {
      const heard = this.state.heardAt ?? 0
      if (this.state.connection === 'live' && this.now() - heard > SILENCE_MS) this.fail()
    }, SILENCE_MS / 3)
  }

  private fail() {
    this.source?.close()
    this.source = undefined
    this.missed = true
    this.set({ connection: 'down' })
    clearTimeout(this.reopen)
    this.reopen = setTimeout(() => this.connect(), this.reopenMs)
    this.reopenMs = Math.min(REOPEN_MS.max, this.reopenMs * 2)
  }

  private stop() {
    this.source?.close()
    this.source = undefined
    clearTimeout(this.reopen)
    this.reopen = undefined
    clearInterval(this.watchdog)
    this.state = { ...OFF, gaps: this.state.gaps }
    // Whatever happens while nobody listens is unknown when the next page opens it.
    this.missed = true
    this.notify()
  }

  private set(part: Partial<TrackingNow>) {
    this.state = { ...this.state, ...part }
    this.notify()
  }

  /** At once, then at most once per NOTIFY_EVERY_MS with whatever changed meanwhile. */
  private notify() {
    if (this.notifying) {
      this.dirty = true
      return
    }
    for (const listener of this.listeners) listener()
    this.notifying = setTimeout(() => {
      this.notifying = undefined
      if (!this.dirty) return
      this.dirty = false
      this.notify()
    }, NOTIFY_EVERY_MS)
  }
}

function pushed(t: z.infer<typeof trackerSchema>): PushedTracker {
  return {
    userId: t.user_id,
    projectId: t.project_id,
    taskId: t.task_id,
    contractId: t.contract_id,
    description: t.description,
    method: t.method,
    startedAt: Date.parse(t.started_at),
  }
}

function safeJson<T>(schema: z.ZodType<T>, text: string): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

// One stream per workspace for the tab; where the stream is comes from the runtime config.

let eventsUrl: string | null = null
const streams = new Map<number, TrackingStream>()

/** Set once at start-up (main.tsx): the server's /events, or null in static mode. */
export function configureTrackingStream(url: string | null) {
  eventsUrl = url
  streams.clear()
}

export function trackingStreamFor(workspaceId: number): TrackingStream {
  let stream = streams.get(workspaceId)
  if (!stream) {
    const url = eventsUrl === null ? null : `${eventsUrl}?workspace_id=${workspaceId}`
    stream = new TrackingStream(url)
    streams.set(workspaceId, stream)
  }
  return stream
}
