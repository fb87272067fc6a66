import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timeRequestEnvelopeSchema, timeRequestListSchema } from '../../../src/contract/time-requests'
import { timesheetListSchema } from '../../../src/contract/timesheets'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, SEED_DATE, startTestSandbox } from '../../testing/fixture'

let sandbox: RunningSandbox
let acme: number
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  const workspaces = (await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })).body.data as { id: number; workspace_name: string }[]
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
})
afterAll(() => sandbox.close())

const owner = (path: string, init: Parameters<typeof api>[2] = {}) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, ...init })
const RANGE = `date_from=2026-08-01&date_to=${SEED_DATE}`
const list = async (query: string) => timeRequestListSchema.parse((await owner(`/time-requests?workspace_id=${acme}&${RANGE}&${query}`)).body)

describe('GET /time-requests', () => {
  it('requires the date range (422 naming both fields) and a sane order', async () => {
    const missing = await owner(`/time-requests?workspace_id=${acme}`)
    expect(missing.status).toBe(422)
    expect(Object.keys(missing.body.errors).sort()).toEqual(['date_from', 'date_to'])
    const reversed = await owner(`/time-requests?workspace_id=${acme}&date_from=2026-11-10&date_to=2026-11-01`)
    expect(reversed.status).toBe(422)
    expect(Object.keys(reversed.body.errors)).toEqual(['date_to'])
  })

  it('lists and filters pending requests inside the range', async () => {
    const pending = await list('status=pending&per_page=100')
    expect(pending.data.length).toBeGreaterThanOrEqual(8)
    expect(pending.data.every((r) => r.status === 'pending' && r.start! >= '2026-08-01')).toBe(true)
    const first = pending.data[0]!
    expect((await list(`user_id=${first.user_id}&per_page=100`)).data.every((r) => r.user_id === first.user_id)).toBe(true)
    expect((await list(`id=${first.id}`)).data.map((r) => r.id)).toEqual([first.id])
  })
})

describe('time request lifecycle', () => {
  it('creates a pending request (notes or activity_description), reads it, approves it, and the time counts', async () => {
    const member = (await owner(`/members?workspace_id=${acme}&email=member@demo.test`)).body.data[0]
    const sheetsBefore = timesheetListSchema.parse((await owner(`/timesheets?workspace_id=${acme}&user_id=${member.id}&per_page=100`)).body)
    const created = await owner('/time-requests', {
      method: 'POST',
      body: {
        workspace_id: acme,
        user_id: member.id,
        start: `${SEED_DATE}T02:00:00Z`,
        end: `${SEED_DATE}T03:30:00Z`,
        activity_description: 'Forgot to start the tracker',
      },
    })
    expect(created.status).toBe(201)
    const request = timeRequestEnvelopeSchema.parse(created.body).data
    expect(request).toMatchObject({ status: 'pending', notes: 'Forgot to start the tracker', user_id: member.id })
    expect(timeRequestEnvelopeSchema.parse((await owner(`/time-requests/${request.id}?workspace_id=${acme}`)).body).data.id).toBe(request.id)

    const approved = await owner(`/time-requests/${request.id}/approve`, { method: 'POST', body: { workspace_id: acme } })
    expect(approved.status).toBe(200)
    expect(timeRequestEnvelopeSchema.parse(approved.body).data).toMatchObject({ status: 'approved', updated_by: expect.any(Number) })
    const sheetsAfter = timesheetListSchema.parse((await owner(`/timesheets?workspace_id=${acme}&user_id=${member.id}&per_page=100`)).body)
    const total = (body: typeof sheetsAfter) => body.data.reduce((sum, t) => sum + t.total_minutes!, 0)
    expect(total(sheetsAfter) - total(sheetsBefore)).toBe(90)

    const again = await owner(`/time-requests/${request.id}/approve`, { method: 'POST', body: { workspace_id: acme } })
    expect(again.status).toBe(422)
    expect(again.body.message).toContain('already approved')
  })

  it('rejects only with a comment, once', async () => {
    const r = (await list('status=pending&per_page=1')).data[0]!
    const missing = await owner(`/time-requests/${r.id}/reject`, { method: 'POST', body: { workspace_id: acme } })
    expect(missing.status).toBe(422)
    expect(missing.body.errors.comment).toEqual(['The comment field is required.'])
    const rejected = await owner(`/time-requests/${r.id}/reject`, { method: 'POST', body: { workspace_id: acme, comment: 'Not on this project' } })
    expect(timeRequestEnvelopeSchema.parse(rejected.body).data).toMatchObject({ status: 'rejected', comment: 'Not on this project' })
    expect((await owner(`/time-requests/${r.id}/approve`, { method: 'POST', body: { workspace_id: acme } })).status).toBe(422)
  })

  it('validates a new request field by field', async () => {
    const response = await owner('/time-requests', {
      method: 'POST',
      body: { workspace_id: acme, user_id: 1, start: 'yesterday', end: `${SEED_DATE}T03:30:00Z` },
    })
    expect(response.status).toBe(422)
    expect(Object.keys(response.body.errors)).toContain('start')
    const backwards = await owner('/time-requests', {
      method: 'POST',
      body: { workspace_id: acme, user_id: 1, start: `${SEED_DATE}T05:00:00Z`, end: `${SEED_DATE}T03:30:00Z` },
    })
    expect(Object.keys(backwards.body.errors)).toEqual(['end'])
    const stranger = await owner('/time-requests', {
      method: 'POST',
      body: { workspace_id: acme, user_id: 999999, start: `${SEED_DATE}T02:00:00Z`, end: `${SEED_DATE}T03:00:00Z` },
    })
    expect(stranger.body.errors).toEqual({ user_id: ['The selected user is not an active member of this workspace.'] })
  })

  it('answers 404 for an unknown id', async () => {
    expect((await owner(`/time-requests/nope?workspace_id=${acme}`)).status).toBe(404)
  })
})
