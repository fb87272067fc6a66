import { Hono } from 'hono'
import { streamSSE, type SSEStreamingApi } from 'hono/streaming'
import { idParamSchema } from '../../src/contract/common'
import { failure, unauthenticated } from '../api/envelope'
import type { ServerContext } from '../context'
import { mayWatch } from './access'
import { channelOf, type ChannelMessage } from './channel'
import { readReceiving, type Receiving } from './receiving'
import { ensureWebhook } from './registration'
import { readTracking } from './tracking'

// GET /events?workspace_id=: who is tracking, as Server-Sent Events, for a signed-in user who may
// see the workspace. Opening it registers the workspace's webhook when due (Assumed: a board
// opening is when a workspace is "opened"). Events:
//   snapshot  everyone tracking now (and whose tracker stopped when), the revision, since when the
//             server has known, `gap`, and `receiving` (whether WebWork's deliveries arrive); first
//             on every connection;
//   started   one tracker (member, project, task, contract, description, start);
//   stopped   one member's tracker ended;
//   status    `receiving` changed;
//   heartbeat every 15 s, so that a client can tell a quiet stream from a dead one.
// Ids are `<epoch>.<revision>`. On reconnecting, EventSource sends the last one back: `gap` is then
// true when anything changed meanwhile (or the server's state started over), so the client reads
// in full what the stream does not carry (today's totals); the snapshot itself is always whole.

export interface LiveOptions {
  reachGraceMs: number
  heartbeatMs: number
}

export const DEFAULT_HEARTBEAT_MS = 15_000

const eventId = (epoch: string, revision: number) => `${epoch}.${revision}`

export function liveEvents(ctx: ServerContext, options: LiveOptions) {
  const { store, sessions } = ctx
  return new Hono().get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    const found = await sessions.load(c)
    if (!found) return unauthenticated(c)
    const workspace = idParamSchema.safeParse(c.req.query('workspace_id'))
    if (!workspace.success) return failure(c, 400, 'workspace_id must be a workspace id.', 'Bad Request')
    const workspaceId = workspace.data
    const access = await mayWatch(ctx, found, workspaceId)
    if (access === 'signed-out') {
      await sessions.destroy(c, found.id)
      return unauthenticated(c)
    }
    if (access === 'forbidden') return failure(c, 403, 'Only owners and executive managers of the workspace may watch who is tracking.', 'Forbidden')

    void ensureWebhook(ctx, found, workspaceId).catch((error: Error) => console.error(`live: ${error.message}`))
    const lastEventId = c.req.header('last-event-id')

    return streamSSE(c, async (stream) => {
      let open = true
      const closed = new Promise<void>((resolve) => {
        const end = () => {
          open = false
          resolve()
        }
        stream.onAbort(end)
        c.req.raw.signal.addEventListener('abort', end)
      })
      // What the stream has to do next: the channel's messages, and its own timers' turns.
      const inbox: (ChannelMessage | { kind: 'heartbeat' })[] = []
      let wake: (() => void) | undefined
      const post = (message: (typeof inbox)[number]) => {
        inbox.push(message)
        wake?.()
      }
      const leave = await store.subscribe(channelOf(workspaceId), (message) => post(JSON.parse(message) as ChannelMessage))
      let recheck: NodeJS.Timeout | undefined
      const heartbeat = setInterval(() => post({ kind: 'heartbeat' }), options.heartbeatMs)
      try {
        // Subscribed first, read second: a change in between is both in the snapshot and the inbox (skipped below).
        const snapshot = await readTracking(store, workspaceId)
        let receiving = await readReceiving(ctx, workspaceId, options.reachGraceMs)
        const scheduleRecheck = (inMs: number | undefined) => {
          clearTimeout(recheck)
          if (inMs !== undefined) recheck = setTimeout(() => post({ kind: 'status' }), inMs + 50)
        }
        scheduleRecheck(receiving.recheckInMs)
        const current = eventId(snapshot.epoch, snapshot.revision)
        await send(stream, 'snapshot', current, {
          workspace_id: workspaceId,
          tracking: snapshot.tracking,
          stopped: snapshot.stopped,
          revision: snapshot.revision,
          since: snapshot.since,
          gap: lastEventId !== undefined && lastEventId !== current,
          receiving: receiving.status,
        })
        let revision = snapshot.revision

        while (open && !stream.closed) {
          const message = inbox.shift()
          if (!message) {
            const woken = new Promise<void>((resolve) => (wake = resolve))
            await Promise.race([woken, closed])
            wake = undefined
            continue
          }
          if (message.kind === 'change') {
            const { change } = message
            // Already in the snapshot. Later changes may arrive out of order from two processes: each is sent.
            if (change.revision <= snapshot.revision) continue
            revision = Math.max(revision, change.revision)
            const { type, ...data } = change
            await send(stream, type, eventId(snapshot.epoch, revision), data)
            continue
          }
          if (message.kind === 'heartbeat') {
            // A session that ended (signed out, expired) ends its streams too.
            if (!(await sessions.load(c))) break
            await stream.writeSSE({ event: 'heartbeat', data: '{}' })
            continue
          }
          const next = await readReceiving(ctx, workspaceId, options.reachGraceMs)
          scheduleRecheck(next.recheckInMs)
          if (!sameStatus(next.status, receiving.status)) await send(stream, 'status', undefined, next.status)
          receiving = next
        }
      } finally {
        clearInterval(heartbeat)
        clearTimeout(recheck)
        await leave()
      }
    })
  })
}

const sameStatus = (a: Receiving, b: Receiving) => a.state === b.state && a.detail === b.detail

async function send(stream: SSEStreamingApi, event: string, id: string | undefined, data: unknown) {
  await stream.writeSSE({ event, ...(id ? { id } : {}), data: JSON.stringify(data) })
}
