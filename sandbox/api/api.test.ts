import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { errorEnvelopeSchema, successEnvelopeSchema } from '../../src/contract/envelope'
import { inviteMemberEnvelopeSchema, memberEnvelopeSchema, memberListSchema, memberSchema } from '../../src/contract/members'
import { workspaceListSchema } from '../../src/contract/workspaces'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, signIn, startTestSandbox } from '../testing/fixture'

let sandbox: RunningSandbox
let origin: string
let acme: number
let northwind: number
let managerToken: string
let memberToken: string

beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  origin = sandbox.origin
  const workspaces = workspaceListSchema.parse((await api(origin, '/workspaces', { token: DEMO_OWNER_PAT })).body)
  acme = workspaces.data.find((w) => w.workspace_name === 'Acme Studio')!.id
  northwind = workspaces.data.find((w) => w.workspace_name === 'Northwind Labs')!.id
  managerToken = (await signIn(origin, 'manager@demo.test')).access_token
  memberToken = (await signIn(origin, 'member@demo.test')).access_token
})
afterAll(() => sandbox.close())

const owner = (path: string, init: Parameters<typeof api>[2] = {}) => api(origin, path, { token: DEMO_OWNER_PAT, ...init })

describe('envelope', () => {
  it('wraps lists in the documented success envelope with meta.pagination', async () => {
    const response = await owner(`/members?workspace_id=${acme}`)
    expect(response.status).toBe(200)
    // The raw envelope (the list schema keeps only rows and pagination).
    const body = successEnvelopeSchema(z.array(memberSchema)).parse(response.body)
    expect(body.meta?.pagination).toBeTruthy()
    expect(body.meta?.api_version).toBe('2.0.0')
    expect(body.meta?.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    expect(body.message).toBe('Members retrieved successfully')
  })

  it('lists the caller’s own workspaces with their role there', async () => {
    const ownersBody = (await owner('/workspaces')).body
    const owners = workspaceListSchema.parse(ownersBody)
    expect(owners.data.map((w) => [w.workspace_name, w.role])).toEqual(
      expect.arrayContaining([
        ['Acme Studio', 'Owner'],
        ['Northwind Labs', 'Executive manager'],
      ]),
    )
    const managers = workspaceListSchema.parse((await api(origin, '/workspaces', { token: managerToken })).body)
    expect(managers.data.map((w) => w.workspace_name)).toEqual(['Acme Studio'])
    // The wire keeps the documented non-ISO shape; the contract reads it as UTC.
    const sent = ownersBody.data[0].activated_at as string | null
    expect(sent ?? '').toMatch(/^$|^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    if (sent) expect(owners.data[0]!.activated_at).toBe(`${sent.replace(' ', 'T')}Z`)
  })

  it('answers unknown endpoints with a 404 envelope', async () => {
    const response = await owner(`/nothing-here?workspace_id=${acme}`)
    expect(response.status).toBe(404)
    expect(errorEnvelopeSchema.parse(response.body).success).toBe(false)
  })
})

describe('authentication and roles', () => {
  it.each([
    ['no token', undefined],
    ['an unknown token', 'not-a-token'],
  ])('answers 401 with %s', async (_case, token) => {
    const response = await api(origin, '/workspaces', { token })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect(errorEnvelopeSchema.parse(response.body).message).toBe('Unauthenticated.')
  })

  it('answers 401 for an expired access token', async () => {
    const short = await startTestSandbox({ persist: false, accessTokenTtl: 1 })
    try {
      const tokens = await signIn(short.origin, 'owner@demo.test')
      expect((await api(short.origin, '/workspaces', { token: tokens.access_token })).status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 1_100))
      expect((await api(short.origin, '/workspaces', { token: tokens.access_token })).status).toBe(401)
    } finally {
      await short.close()
    }
  })

  it('lets a Regular User list workspaces but refuses workspace data with 403', async () => {
    const workspaces = await api(origin, '/workspaces', { token: memberToken })
    expect(workspaces.status).toBe(200)
    const response = await api(origin, `/members?workspace_id=${acme}`, { token: memberToken })
    expect(response.status).toBe(403)
    expect(errorEnvelopeSchema.parse(response.body).message).toMatch(/Owners and Executive managers/)
  })

  it('an executive manager is allowed', async () => {
    expect((await api(origin, `/members?workspace_id=${acme}`, { token: managerToken })).status).toBe(200)
  })
})

describe('workspace isolation', () => {
  it('answers 404 for a workspace the caller does not belong to, as for an unknown one', async () => {
    expect((await api(origin, `/members?workspace_id=${northwind}`, { token: managerToken })).status).toBe(404)
    expect((await owner('/members?workspace_id=999999')).status).toBe(404)
  })

  it('answers 404 for another workspace’s member', async () => {
    const northwindMembers = memberListSchema.parse((await owner(`/members?workspace_id=${northwind}`)).body)
    const acmeIds = new Set(memberListSchema.parse((await owner(`/members?workspace_id=${acme}&per_page=100`)).body).data.map((m) => m.id))
    const outsider = northwindMembers.data.find((m) => !acmeIds.has(m.id))!
    expect((await owner(`/members/${outsider.id}?workspace_id=${acme}`)).status).toBe(404)
    expect((await owner(`/members/${outsider.id}?workspace_id=${northwind}`)).status).toBe(200)
  })

  it('requires workspace_id with a 422 naming the field', async () => {
    const response = await owner('/members')
    expect(response.status).toBe(422)
    expect(errorEnvelopeSchema.parse(response.body).errors).toEqual({ workspace_id: ['The workspace id field is required.'] })
  })
})

describe('pagination', () => {
  it('computes meta.pagination the Laravel way and pages through every member once', async () => {
    const first = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&per_page=7`)).body)
    const { total, last_page } = first.pagination!
    expect(last_page).toBe(Math.ceil(total / 7))
    expect(first.pagination).toMatchObject({ per_page: 7, current_page: 1, from: 1, to: 7 })
    const ids = [...first.data.map((m) => m.id)]
    for (let page = 2; page <= last_page; page++) {
      const next = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&per_page=7&page=${page}`)).body)
      expect(next.pagination?.from).toBe((page - 1) * 7 + 1)
      ids.push(...next.data.map((m) => m.id))
    }
    expect(ids).toHaveLength(total)
    expect(new Set(ids).size).toBe(total)
    const beyond = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&page=${last_page + 1}`)).body)
    expect(beyond.data).toEqual([])
    expect(beyond.pagination).toMatchObject({ from: null, to: null })
  })

  it('defaults to 20 per page', async () => {
    const body = memberListSchema.parse((await owner(`/members?workspace_id=${acme}`)).body)
    expect(body.pagination?.per_page).toBe(20)
    expect(body.data).toHaveLength(20)
  })

  it.each([
    ['per_page=0', 'per_page'],
    ['per_page=101', 'per_page'],
    ['per_page=abc', 'per_page'],
    ['page=0', 'page'],
  ])('refuses %s with 422', async (query, field) => {
    const response = await owner(`/members?workspace_id=${acme}&${query}`)
    expect(response.status).toBe(422)
    expect(Object.keys(errorEnvelopeSchema.parse(response.body).errors ?? {})).toEqual([field])
  })
})

describe('members', () => {
  it('filters by role, status and email', async () => {
    const managers = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&role=Executive%20manager`)).body)
    expect(managers.data.length).toBeGreaterThan(0)
    expect(managers.data.every((m) => m.current_role === 'Executive manager')).toBe(true)
    const left = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&status=left&per_page=100`)).body)
    expect(left.data.every((m) => m.status === 'left' && m.deleted_at !== null)).toBe(true)
    const one = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&email=MEMBER@demo.test`)).body)
    expect(one.data.map((m) => m.email)).toEqual(['member@demo.test'])
    expect((await owner(`/members?workspace_id=${acme}&role=Boss`)).status).toBe(422)
  })

  it('shows rates to the owner and hides them (no zero) from a manager who may not see rates', async () => {
    const ownerView = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&per_page=100`)).body)
    expect(ownerView.data.some((m) => typeof m.rate === 'number' && m.rate > 0)).toBe(true)
    const managerView = memberListSchema.parse((await api(origin, `/members?workspace_id=${acme}&per_page=100`, { token: managerToken })).body)
    expect(managerView.data.every((m) => !('rate' in m))).toBe(true)
  })

  it('invites, reads, updates and archives a member, with workspace_id in the body', async () => {
    const invited = await owner('/members', {
      method: 'POST',
      body: { workspace_id: acme, email: 'new.hire@acme.test', firstname: 'New', lastname: 'Hire', role: 'Regular User' },
    })
    expect(invited.status).toBe(201)
    const { data: echoed, message } = inviteMemberEnvelopeSchema.parse(invited.body)
    expect(message).toBe('Member invited successfully')
    const data = echoed!
    expect(data.invitation_link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dashboard\/accept-invitation\//)

    const read = memberEnvelopeSchema.parse((await owner(`/members/${data.user_id}?workspace_id=${acme}`)).body)
    expect(read.data).toMatchObject({ email: 'new.hire@acme.test', current_role: 'Regular User', status: 'inactive' })

    const updated = await owner(`/members/${data.user_id}`, {
      method: 'PUT',
      body: { workspace_id: acme, role: 'Team manager', timezone: 'Europe/Berlin', weekly_hours_limit: 30 },
    })
    expect(updated.status).toBe(200)
    expect(memberEnvelopeSchema.parse(updated.body).data).toMatchObject({ current_role: 'Team manager', timezone: 'Europe/Berlin', weekly_hours_limit: 30 })

    const archived = await owner(`/members/${data.user_id}?workspace_id=${acme}`, { method: 'DELETE' })
    expect(archived.status).toBe(200)
    expect(archived.body).toMatchObject({ success: true, data: null })
    const after = memberEnvelopeSchema.parse((await owner(`/members/${data.user_id}?workspace_id=${acme}`)).body)
    expect(after.data.status).toBe('left')
    const again = await owner(`/members/${data.user_id}?workspace_id=${acme}`, { method: 'DELETE' })
    expect(again.status).toBe(409)
  })

  it('validates an invite with field messages (422)', async () => {
    const response = await owner(`/members?workspace_id=${acme}`, {
      method: 'POST',
      body: { email: 'not-an-email', firstname: '', role: 'Owner' },
    })
    expect(response.status).toBe(422)
    const { errors, message } = errorEnvelopeSchema.parse(response.body)
    expect(message).toBe('Validation failed')
    expect(Object.keys(errors ?? {}).sort()).toEqual(['email', 'firstname', 'lastname', 'role'])
  })

  it('refuses to invite an existing member, to make anyone Owner and to archive the owner', async () => {
    const duplicate = await owner(`/members?workspace_id=${acme}`, {
      method: 'POST',
      body: { email: 'member@demo.test', firstname: 'M', lastname: 'M', role: 'Regular User' },
    })
    expect(duplicate.status).toBe(422)
    expect(duplicate.body.errors.email).toEqual(['The email has already been taken.'])
    const member = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&email=member@demo.test`)).body).data[0]!
    expect((await owner(`/members/${member.id}?workspace_id=${acme}`, { method: 'PUT', body: { role: 'Owner' } })).status).toBe(422)
    const theOwner = memberListSchema.parse((await owner(`/members?workspace_id=${acme}&role=Owner`)).body).data[0]!
    expect((await api(origin, `/members/${theOwner.id}?workspace_id=${acme}`, { token: managerToken, method: 'DELETE' })).status).toBe(422)
  })

  it('answers 400 for a body that is not JSON', async () => {
    const response = await owner(`/members?workspace_id=${acme}`, {
      method: 'POST',
      body: undefined,
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(422)
    const broken = await fetch(new URL(`/api/v2/members?workspace_id=${acme}`, origin), {
      method: 'POST',
      headers: { authorization: `Bearer ${DEMO_OWNER_PAT}`, 'content-type': 'application/json' },
      body: '{"email":',
    })
    expect(broken.status).toBe(400)
  })

  it('answers 404 for an unknown member id', async () => {
    expect((await owner(`/members/123456789?workspace_id=${acme}`)).status).toBe(404)
  })
})

describe('CORS on the API', () => {
  it('allows the Authorization header and exposes the rate-limit headers', async () => {
    const preflight = await fetch(new URL('/api/v2/workspaces', origin), {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:4173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173')
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
    const response = await fetch(new URL('/api/v2/workspaces', origin), {
      headers: { origin: 'http://127.0.0.1:4173', authorization: `Bearer ${DEMO_OWNER_PAT}` },
    })
    expect(response.headers.get('access-control-expose-headers')).toMatch(/X-RateLimit-Remaining/)
  })
})
