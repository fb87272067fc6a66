import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, startTestSandbox } from '../testing/fixture'

// One calendar-date rule everywhere: an impossible day is a 422 naming the field, never a 500
// ("Invalid time value") nor a 200 that quietly matches nothing (issue 14, item 9).

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
})
afterAll(() => sandbox.close())

const ws = 1000
const cases: [method: string, path: string, field: string, body?: Record<string, unknown>][] = [
  ['GET', `/time-entries?workspace_id=${ws}&user_id=1001&date=2026-13-01`, 'date'],
  ['POST', `/projects?workspace_id=${ws}`, 'start_date', { name: 'Dated', start_date: '2026-13-01' }],
  ['GET', `/time-requests?workspace_id=${ws}&date_from=2026-13-01&date_to=2026-12-05`, 'date_from'],
  ['GET', `/expenses?workspace_id=${ws}&date_from=2026-13-01`, 'date_from'],
  ['GET', `/leaves?workspace_id=${ws}&date_from=2026-02-30`, 'date_from'],
  ['GET', `/leaves/balances?workspace_id=${ws}&date_from=2026-02-30&date_to=2026-03-01`, 'date_from'],
  ['GET', `/timesheets?workspace_id=${ws}&date_to=2026-04-31`, 'date_to'],
  ['POST', '/time-entries', 'date', { workspace_id: ws, user_id: 1001, date: '2026-13-01', start_time: '09:00', end_time: '10:00' }],
  ['POST', '/expenses', 'date', { workspace_id: ws, expense_name: 'Taxi', date: '2026-02-29', amount: 1, category_id: 'x' }],
]

describe('impossible dates', () => {
  it.each(cases)('%s %s answers 422 on %s', async (method, path, field, body) => {
    const response = await api(sandbox.origin, path, { token: DEMO_OWNER_PAT, method, body })
    expect(response.status).toBe(422)
    expect(response.body.errors[field]).toEqual([`The ${field.replace('_', ' ')} is not a valid date.`])
  })
})
