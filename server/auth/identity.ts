import type { SessionUser, SessionWorkspace } from './sessions'

// Who signed in: the vendor has no "me" endpoint, so the server reads GET /workspaces (each row
// names the caller's user_id and role) and then the caller's member record in the first workspace
// the API lets them read (name and email). A role the API refuses still signs in, with what is known.

interface Envelope<T> {
  success?: boolean
  data?: T
}

type WorkspaceRow = { id?: unknown; user_id?: unknown; workspace_name?: unknown; name?: unknown; role?: unknown }
type MemberRow = { firstname?: unknown; lastname?: unknown; email?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')
const id = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined)

export interface Identity {
  user: SessionUser
  workspaces: SessionWorkspace[]
  /** The WebWork user id when the API named it. */
  userId: number | undefined
}

/** GET /workspaces: one page of up to 100 (assumed enough: a person belongs to few workspaces). */
export const WORKSPACES_PATH = '/workspaces?per_page=100'

/** The caller's workspaces (and their user id) from an answer of GET /workspaces. */
export function readWorkspaces(body: unknown): { workspaces: SessionWorkspace[]; userId: number | undefined } {
  const data = (body as Envelope<WorkspaceRow[]> | null)?.data
  const rows = Array.isArray(data) ? data : []
  const workspaces = rows.flatMap((row) => {
    const wid = id(row.id)
    return wid === undefined ? [] : [{ id: wid, name: text(row.workspace_name ?? row.name), role: text(row.role) }]
  })
  return { workspaces, userId: rows.map((row) => id(row.user_id)).find((v) => v !== undefined) }
}

/** `send` makes one API call (the caller counts it against the budget). */
export async function readIdentity(send: (path: string) => Promise<Response>): Promise<Identity> {
  const response = await send(WORKSPACES_PATH)
  if (!response.ok) throw new Error(`GET /workspaces answered ${response.status}`)
  const { workspaces, userId } = readWorkspaces(await response.json())
  const user: SessionUser = { id: userId ?? 0, name: '', email: null }
  if (userId !== undefined) {
    for (const workspace of workspaces) {
      const member = await send(`/members/${userId}?workspace_id=${workspace.id}`)
      if (!member.ok) {
        await member.body?.cancel()
        continue
      }
      const data = ((await member.json()) as Envelope<MemberRow>).data
      if (data) {
        user.name = [text(data.firstname), text(data.lastname)].filter(Boolean).join(' ')
        user.email = typeof data.email === 'string' ? data.email : null
      }
      break
    }
  }
  return { user, workspaces, userId }
}
