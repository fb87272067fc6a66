import { apiRoles, type Role } from '../../src/contract/common'
import { sendAsSession, type SessionHandle } from '../api/vendor-session'
import { readWorkspaces, WORKSPACES_PATH } from '../auth/identity'
import type { SessionWorkspace } from '../auth/sessions'
import type { ServerContext } from '../context'

// Who may watch a workspace's live stream: the vendor's answer to GET /workspaces for this user
// (asked through their budget, kept five minutes), not the list from sign-in, which may be hours
// old. Assumed: the stream shows everyone's trackers, which the vendor shows to Owners and
// Executive managers (current-data for any member), so only those roles may watch.

const CACHE_MS = 5 * 60_000
const accessKey = (budgetKey: string) => `live:access:${budgetKey}`

export type Access = 'allowed' | 'forbidden' | 'signed-out'

export async function mayWatch(ctx: ServerContext, handle: SessionHandle, workspaceId: number): Promise<Access> {
  const workspaces = await currentWorkspaces(ctx, handle)
  if (!workspaces) return 'signed-out'
  const role = workspaces.find((w) => w.id === workspaceId)?.role
  return role !== undefined && apiRoles.includes(role as Role) ? 'allowed' : 'forbidden'
}

async function currentWorkspaces(ctx: ServerContext, handle: SessionHandle): Promise<SessionWorkspace[] | undefined> {
  const key = accessKey(handle.session.budgetKey)
  const cached = await ctx.store.get<SessionWorkspace[]>(key)
  if (cached) return cached
  let answer
  try {
    answer = await sendAsSession(ctx, handle, { method: 'GET', path: WORKSPACES_PATH, priority: 'page', headers: new Headers({ accept: 'application/json' }) })
  } catch {
    // The vendor cannot be reached: the sign-in's answer is the best there is (not cached).
    return handle.session.workspaces
  }
  if (answer.kind === 'signed-out') return undefined
  if (answer.kind === 'rate-limited') return handle.session.workspaces
  if (!answer.response.ok) {
    await answer.response.body?.cancel()
    return answer.response.status === 401 ? undefined : handle.session.workspaces
  }
  const { workspaces } = readWorkspaces(await answer.response.json())
  await ctx.store.set(key, workspaces, CACHE_MS)
  return workspaces
}
