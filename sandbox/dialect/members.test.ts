import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, signIn } from '../testing/fixture'
import {
  expectEnvelope,
  expectItemKeys,
  expectKeys,
  ITEM_WITH_MESSAGE,
  LIST,
  MESSAGE_ONLY,
  META_WITH_PAGINATION,
  startDialectSandbox,
  type DialectSandbox,
} from '../testing/dialect'

const WORKSPACE = ['id', 'owner_id', 'user_id', 'workspace_name', 'role', 'status', 'created_at', 'activated_at']
const MEMBER = ['id', 'email', 'firstname', 'lastname', 'avatar', 'current_role', 'timezone', 'status', 'team_name', 'title']

let docs: DialectSandbox
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
})
afterAll(() => docs.sandbox.close())

describe('GET /workspaces (docs dialect)', () => {
  it('lists the documented fields with meta.pagination and no message', async () => {
    const response = await docs.owner('/workspaces')
    expectEnvelope(response, LIST, META_WITH_PAGINATION)
    expectItemKeys(response.body.data, WORKSPACE)
    expect(response.body.data[0].activated_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })
})

describe('members (docs dialect)', () => {
  it('lists id … title, plus rate only for a caller who may see rates', async () => {
    const owners = await docs.owner(`/members?workspace_id=${docs.acme}`)
    expectEnvelope(owners, LIST, META_WITH_PAGINATION)
    expectItemKeys(owners.body.data, [...MEMBER, 'rate'])
    const manager = (await signIn(docs.sandbox.origin, 'manager@demo.test')).access_token
    const managers = await api(docs.sandbox.origin, `/members?workspace_id=${docs.acme}`, { token: manager })
    expectItemKeys(managers.body.data, MEMBER)
  })

  it('invites, reads, updates and archives with the documented answers', async () => {
    const invited = await docs.owner('/members', {
      method: 'POST',
      body: { workspace_id: docs.acme, email: 'docs.hire@acme.test', firstname: 'Docs', lastname: 'Hire', role: 'Regular User' },
    })
    expect(invited.status).toBe(201)
    expectEnvelope(invited, ITEM_WITH_MESSAGE)
    expectKeys(invited.body.data, ['user_id', 'invitation_link'])
    const id = invited.body.data.user_id

    const read = await docs.owner(`/members/${id}?workspace_id=${docs.acme}`)
    expectEnvelope(read, ITEM_WITH_MESSAGE)
    expectKeys(read.body.data, [...MEMBER, 'rate'])
    const updated = await docs.owner(`/members/${id}`, { method: 'PUT', body: { workspace_id: docs.acme, role: 'Team manager' } })
    expectEnvelope(updated, ITEM_WITH_MESSAGE)
    expect(updated.body.data).toMatchObject({ current_role: 'Team manager' })
    expectKeys(updated.body.data, [...MEMBER, 'rate'])

    const archived = await docs.owner(`/members/${id}?workspace_id=${docs.acme}`, { method: 'DELETE' })
    expectEnvelope(archived, MESSAGE_ONLY)
    // The same state machine: archived means `left`.
    expect((await docs.owner(`/members/${id}?workspace_id=${docs.acme}`)).body.data.status).toBe('left')
  })
})
