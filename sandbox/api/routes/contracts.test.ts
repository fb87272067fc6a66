import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractEnvelopeSchema, contractListSchema } from '../../../src/contract/contracts'
import { DEMO_OWNER_PAT } from '../../demo-accounts'
import type { RunningSandbox } from '../../server'
import { api, signIn, startTestSandbox } from '../../testing/fixture'

let sandbox: RunningSandbox
let acme: number
let managerToken: string
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
  const workspaces = (await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })).body.data as { id: number; workspace_name: string }[]
  acme = workspaces.find((w) => w.workspace_name === 'Acme Studio')!.id
  managerToken = (await signIn(sandbox.origin, 'manager@demo.test')).access_token
})
afterAll(() => sandbox.close())

const list = async (query: string, token = DEMO_OWNER_PAT) => {
  const response = await api(sandbox.origin, `/contracts?workspace_id=${acme}&${query}`, { token })
  expect(response.status).toBe(200)
  return contractListSchema.parse(response.body)
}

describe('GET /contracts', () => {
  it('lists contracts with project and member names, filtered by member, project and status', async () => {
    const all = await list('per_page=100')
    expect(all.pagination?.total).toBeGreaterThan(20)
    const first = all.data[0]!
    expect(first.project_name).toBeTruthy()
    expect(first.currency).toBe('USD')
    expect((await list(`user_id=${first.user_id}`)).data.every((k) => k.user_id === first.user_id)).toBe(true)
    expect((await list(`project_id=${first.project_id}&per_page=100`)).data.every((k) => k.project_id === first.project_id)).toBe(true)
    const paused = await list('status=paused&per_page=100')
    expect(paused.data.every((k) => k.status === 'paused')).toBe(true)
    expect((await api(sandbox.origin, `/contracts?workspace_id=${acme}&status=stopped`, { token: DEMO_OWNER_PAT })).status).toBe(422)
  })

  it('shows rates to the owner on billable projects only, and never to a manager who may not see rates', async () => {
    const ownerView = await list('per_page=100')
    expect(ownerView.data.some((k) => typeof k.rate === 'number')).toBe(true)
    expect(ownerView.data.some((k) => k.rate === undefined)).toBe(true)
    const managerView = await list('per_page=100', managerToken)
    expect(managerView.data.every((k) => k.rate === undefined)).toBe(true)
  })

  it('reads one contract and answers 404 for unknown ids', async () => {
    const k = (await list('per_page=1')).data[0]!
    const one = await api(sandbox.origin, `/contracts/${k.id}?workspace_id=${acme}`, { token: DEMO_OWNER_PAT })
    expect(contractEnvelopeSchema.parse(one.body).data).toEqual(k)
    expect((await api(sandbox.origin, `/contracts/999999?workspace_id=${acme}`, { token: DEMO_OWNER_PAT })).status).toBe(404)
  })
})
