import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, startTestSandbox } from '../testing/fixture'

// The rich dialect is the default and has no reshaping layer at all (api/app.ts installs the docs
// dialect only when asked), so it answers as before. This pins the default and the rich shapes the
// docs dialect takes away; the route tests under api/ cover the rest of the rich answers.

let byDefault: RunningSandbox
let rich: RunningSandbox
let acme: number
beforeAll(async () => {
  ;[byDefault, rich] = await Promise.all([
    startTestSandbox({ persist: false, rateLimit: 10_000 }),
    startTestSandbox({ persist: false, rateLimit: 10_000, dialect: 'rich' }),
  ])
  acme = rich.store.data.workspaces.find((w) => w.name === 'Acme Studio')!.id
})
afterAll(() => Promise.all([byDefault.close(), rich.close()]))

const get = (s: RunningSandbox, path: string) => api(s.origin, path, { token: DEMO_OWNER_PAT })
/** The raw answer with the one thing that differs between two runs masked: meta's timestamp. */
async function rawText(s: RunningSandbox, path: string): Promise<string> {
  const response = await fetch(new URL(`/api/v2${path}`, s.origin), { headers: { authorization: `Bearer ${DEMO_OWNER_PAT}` } })
  return (await response.text()).replace(/"timestamp":"[^"]+"/g, '"timestamp":"…"')
}

describe('the rich dialect', () => {
  it('is the default: both answer every documented read byte for byte alike', async () => {
    for (const path of [
      '/workspaces',
      `/members?workspace_id=${acme}&per_page=100`,
      `/projects?workspace_id=${acme}`,
      `/contracts?workspace_id=${acme}`,
      `/timesheets?workspace_id=${acme}`,
      `/leaves?workspace_id=${acme}`,
      `/leaves/balances?workspace_id=${acme}&date_from=2026-01-01&date_to=2026-12-31`,
      `/expenses?workspace_id=${acme}`,
      `/expenses/categories?workspace_id=${acme}`,
      `/time-requests?workspace_id=${acme}&date_from=2026-09-01&date_to=2026-12-31`,
    ]) {
      const [a, b] = await Promise.all([rawText(byDefault, path), rawText(rich, path)])
      expect(a, path).toBe(b)
    }
  })

  it('keeps every field, message and pagination the docs dialect drops', async () => {
    const members = (await get(rich, `/members?workspace_id=${acme}`)).body
    expect(members).toMatchObject({ message: 'Members retrieved successfully', meta: { pagination: expect.any(Object) } })
    expect(members.data[0]).toHaveProperty('rate_status')
    expect(members.data[0]).toHaveProperty('created_at')
    expect((await get(rich, `/projects?workspace_id=${acme}`)).body.meta).toHaveProperty('pagination')
    const contracts = (await get(rich, `/contracts?workspace_id=${acme}`)).body
    expect(contracts).not.toHaveProperty('pagination')
    expect(contracts.meta.pagination).toHaveProperty('from')
    expect(contracts.data[0]).toHaveProperty('screenshots_label')
    const sheets = (await get(rich, `/timesheets?workspace_id=${acme}&status=pending`)).body.data
    expect(sheets[0].status).toBe('pending')
    expect(sheets[0].member).toMatchObject({ firstname: expect.any(String) })
    expect(sheets[0]).toHaveProperty('created_at')
    expect((await get(rich, `/leaves/policies?workspace_id=${acme}`)).status).toBe(200)
  })
})
