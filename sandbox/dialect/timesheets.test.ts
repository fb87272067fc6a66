import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  expectEnvelope,
  expectItemKeys,
  expectKeys,
  ITEM_WITH_MESSAGE,
  LIST,
  META_WITH_PAGINATION,
  startDialectSandbox,
  type DialectSandbox,
} from '../testing/dialect'

const TIMESHEET = [
  'id',
  'user_id',
  'member',
  'date_from',
  'date_to',
  'total_minutes',
  'submitted_on',
  'reject_reason',
  'status',
  'daily_breakdown',
  'total_amount',
]
const ACTION = ['id', 'status', 'user_id', 'user_name', 'user_email', 'date_from', 'date_to']

let docs: DialectSandbox
beforeAll(async () => {
  docs = await startDialectSandbox('docs')
})
afterAll(() => docs.sandbox.close())

const list = (query: string) => docs.owner(`/timesheets?workspace_id=${docs.acme}&${query}`)
const act = (id: string, action: string, extra: Record<string, unknown> = {}) =>
  docs.owner(`/timesheets/${id}/${action}`, { method: 'PUT', body: { workspace_id: docs.acme, ...extra } })

describe('GET /timesheets (docs dialect, seeds/000)', () => {
  it('lists with meta.pagination, `member` as a name, `open` for pending, no timestamps', async () => {
    const response = await list('per_page=100')
    expectEnvelope(response, LIST, META_WITH_PAGINATION)
    expectItemKeys(response.body.data, TIMESHEET)
    const sheets = response.body.data as { member: unknown; status: string; daily_breakdown: Record<string, object[]> }[]
    expect(sheets.every((t) => typeof t.member === 'string' && /\S \S/.test(t.member as string))).toBe(true)
    expect(new Set(sheets.map((t) => t.status))).not.toContain('pending')
    expect(sheets.map((t) => t.status)).toContain('open')
    const day = Object.values(sheets.find((t) => Object.keys(t.daily_breakdown).length > 0)!.daily_breakdown)[0]!
    expectItemKeys(day, ['project_id', 'project_name', 'contract_id', 'total_minutes', 'total_amount'], ['total_amount'])
    const open = await list('status=open&per_page=100')
    expect(open.body.data.length).toBeGreaterThan(0)
    expect(open.body.data.every((t: { status: string }) => t.status === 'open')).toBe(true)
  })
})

describe('timesheet actions (docs dialect, seeds/000)', () => {
  it('submit, unsubmit (back to `open`), approve and reject answer the seed’s data', async () => {
    const [first, second] = (await list('status=open&per_page=2')).body.data as { id: string }[]
    const submitted = await act(first!.id, 'submit')
    expectEnvelope(submitted, ITEM_WITH_MESSAGE)
    expectKeys(submitted.body.data, ACTION)
    expect(submitted.body.data.status).toBe('submitted')
    const unsubmitted = await act(first!.id, 'unsubmit')
    expect(unsubmitted.body.data.status).toBe('open')
    expect(unsubmitted.body.message).toMatch(/^Timesheet unsubmitted by .+ \| Member: .+ \| Period: /)
    await act(first!.id, 'submit')
    expect((await act(first!.id, 'approve')).body.data.status).toBe('approved')
    await act(second!.id, 'submit')
    const rejected = await act(second!.id, 'reject', { reason: 'Monday is too long' })
    expectKeys(rejected.body.data, ACTION)
    expect(rejected.body.data.status).toBe('rejected')
  })

  it('names the not-yet-submitted status `open` in refusals too', async () => {
    const open = (await list('status=open&per_page=1')).body.data[0] as { id: string }
    const refused = await act(open.id, 'approve')
    expect(refused.status).toBe(422)
    expect(refused.body.message).toBe('The timesheet cannot be approved because its status is open; it must be submitted.')
    expect(refused.body.errors).toEqual({ status: ['The timesheet is open.'] })
  })
})
