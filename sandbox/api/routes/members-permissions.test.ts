import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memberEnvelopeSchema, memberListSchema } from '../../../src/contract/members'
import { workspaceListSchema } from '../../../src/contract/workspaces'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, signIn, startTestSandbox } from '../../testing/fixture'

// Who may change what on a membership: the holes an integrator could otherwise learn from the
// sandbox (issue 14, items 4 and 5).

let sandbox: RunningSandbox
let origin: string
let acme: number
let northwind: number
let managerToken: string

beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  origin = sandbox.origin
  const workspaces = workspaceListSchema.parse((await api(origin, '/workspaces', { token: DEMO_OWNER_PAT })).body).data
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
  northwind = workspaces.find((w) => w.workspace_name === 'Northwind Labs')!.id
  managerToken = (await signIn(origin, 'manager@demo.test')).access_token
})
afterAll(() => sandbox.close())

const asManager = (path: string, init: Parameters<typeof api>[2] = {}) => api(origin, path, { token: managerToken, ...init })
const asOwner = (path: string, init: Parameters<typeof api>[2] = {}) => api(origin, path, { token: DEMO_OWNER_PAT, ...init })
const memberBy = async (workspace: number, query: string) =>
  memberListSchema.parse((await asOwner(`/members?workspace_id=${workspace}&${query}`)).body).data[0]!
const put = (as: typeof asOwner, id: number, body: Record<string, unknown>) => as(`/members/${id}?workspace_id=${acme}`, { method: 'PUT', body })

describe('member updates', () => {
  it('an Executive manager cannot give themselves rate visibility, nor anyone else', async () => {
    const manager = await memberBy(acme, 'email=manager@demo.test')
    const other = await memberBy(acme, 'email=member@demo.test')
    const own = await put(asManager, manager.id, { rate_status: 1 })
    expect(own.status).toBe(403)
    expect(own.body.message).toBe('You cannot change your own role or rate permission.')
    expect((await put(asManager, manager.id, { role: 'Regular User' })).status).toBe(403)
    expect((await put(asManager, other.id, { rate_status: 1 })).body.message).toBe('Only the workspace owner may grant rate visibility.')
    expect((await memberBy(acme, 'email=manager@demo.test')).rate_status).toBe(manager.rate_status)

    // The Owner may.
    const granted = await put(asOwner, other.id, { rate_status: 1 })
    expect(granted.status).toBe(200)
    expect(memberEnvelopeSchema.parse(granted.body).data.rate_status).toBe(1)
  })

  it('nobody edits the Owner; a member’s email is theirs', async () => {
    const theOwner = await memberBy(acme, 'role=Owner')
    const rename = await put(asManager, theOwner.id, { firstname: 'Mallory', email: 'mallory@evil.test' })
    expect(rename.status).toBe(403)
    expect(rename.body).toMatchObject({ success: false, message: 'Only the workspace owner may edit the owner.' })
    const other = await memberBy(acme, 'email=member@demo.test')
    expect((await put(asManager, other.id, { email: 'taken.over@evil.test' })).status).toBe(403)
    expect((await memberBy(acme, 'role=Owner')).firstname).toBe(theOwner.firstname)
  })

  it('an admin renames only people whose every workspace they run', async () => {
    const shared = await memberBy(acme, 'email=member@demo.test')
    // Only in Acme, which the manager runs: the rename is theirs to make.
    const renamed = await put(asManager, shared.id, { firstname: 'Lily' })
    expect(renamed.status).toBe(200)
    expect(memberEnvelopeSchema.parse(renamed.body).data.firstname).toBe('Lily')
    // Invited into Northwind, where the manager has no role: now it is not.
    const invite = { workspace_id: northwind, email: shared.email, firstname: 'Lily', lastname: shared.lastname, role: 'Regular User' }
    expect((await asOwner('/members', { method: 'POST', body: invite })).status).toBe(201)
    const refused = await put(asManager, shared.id, { firstname: 'Mallory', timezone: 'Europe/Berlin' })
    expect(refused.status).toBe(403)
    expect(await memberBy(northwind, `email=${encodeURIComponent(shared.email)}`)).toMatchObject({ firstname: 'Lily', timezone: shared.timezone })
    // The Owner runs both.
    expect((await put(asOwner, shared.id, { firstname: 'Lilit' })).status).toBe(200)
  })

  it('one’s own name and time zone are one’s own, in every workspace', async () => {
    const theOwner = await memberBy(acme, 'role=Owner')
    expect((await put(asOwner, theOwner.id, { timezone: 'Asia/Tokyo' })).status).toBe(200)
    expect((await memberBy(northwind, `email=${encodeURIComponent(theOwner.email)}`)).timezone).toBe('Asia/Tokyo')
  })
})
