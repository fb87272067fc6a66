import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { contractDeletedEnvelopeSchema, contractEnvelopeSchema, contractListSchema, contractWriteEnvelopeSchema, type ContractWire } from './contracts'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus.contracts!
const result = parseCorpus(cases, {
  'GET /contracts': contractListSchema,
  'POST /contracts': contractWriteEnvelopeSchema,
  'GET /contracts/{contractId}': contractEnvelopeSchema,
  'PUT /contracts/{contractId}': contractWriteEnvelopeSchema,
  'DELETE /contracts/{contractId}': contractDeletedEnvelopeSchema,
})

describe('contracts: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('reads variant B’s top-level pagination without from/to, and a missing rate as unknown', () => {
    const [b, catalogue, confirmedOnly, noRates] = outputsOf(result, 'GET /contracts', contractListSchema)
    expect(b!.pagination).toEqual({ current_page: 1, per_page: 20, total: 2, last_page: 1, from: null, to: null })
    expect(b!.data.map((c) => [c.id, c.rate, c.status, c.weekly_hours_limit])).toEqual([
      [20, 30, 'active', 40],
      [598672, undefined, 'paused', undefined],
    ])
    expect(catalogue!.data[1]).toMatchObject({ user_role: 'Client', rate: 0, currency: 'EUR', screenshots: 'video_blurred_silent' })
    expect(catalogue!.pagination).toMatchObject({ total: 3, last_page: 2, from: 1, to: 2 })
    // Items that end at weekly_hours_limit: everything after it is unknown.
    const first = confirmedOnly!.data[0]!
    expect(first).toMatchObject({ id: 20, user_role: 'Project manager', weekly_hours_limit: 40 })
    for (const field of ['screenshots', 'rate', 'currency', 'status', 'created_at'] as const) expect(first[field], field).toBeUndefined()
    expect(noRates!.data.every((c) => c.rate === undefined)).toBe(true)
  })

  it('takes the echoes, a confirmed-fields-only echo and the delete’s { success, message } as done', () => {
    const [full, confirmedOnly] = outputsOf(result, 'POST /contracts', contractWriteEnvelopeSchema)
    expect(full!.data).toMatchObject({ id: 23, rate: 40, rate_type: 1 })
    expect(confirmedOnly!.data).toMatchObject({ id: 23, weekly_hours_limit: 168 })
    expect(outputsOf(result, 'PUT /contracts/{contractId}', contractWriteEnvelopeSchema)[0]!.data).toMatchObject({ status: 'paused', weekly_hours_limit: 30 })
    expect(outputsOf(result, 'DELETE /contracts/{contractId}', contractDeletedEnvelopeSchema)[0]).toMatchObject({ success: true, data: null })
  })
})

describe('contracts: the sandbox and the wire', () => {
  const rich: ContractWire = {
    id: 301,
    project_id: 1055,
    project_name: 'Website',
    project_icon: null,
    user_id: 7,
    user_firstname: 'Ana',
    user_lastname: 'Ruiz',
    user_email: 'ana@acme.test',
    user_role: 'Regular User',
    weekly_hours_limit: 40,
    screenshots: 'blurred',
    screenshots_label: 'Blurred screenshots',
    rate: 25,
    rate_type: 1,
    currency: 'USD',
    contract_name: 'Website — Ana Ruiz',
    status: 'active',
    created_at: '2025-01-06T09:00:00.000000Z',
    updated_at: '2025-01-06T09:00:00.000000Z',
  }

  it('still reads the sandbox’s rich contract', () => {
    expect(contractEnvelopeSchema.parse({ success: true, data: rich }).data).toMatchObject({ id: 301, project_icon: undefined, rate: 25, status: 'active' })
  })

  it('keeps a screenshot mode, role or status it does not know as its text', () => {
    const read = contractEnvelopeSchema.parse({
      success: true,
      data: { ...rich, screenshots: 'timelapse', user_role: 'Auditor', status: 'ended', rate: '25.50' },
    }).data
    expect(read).toMatchObject({ screenshots: 'timelapse', user_role: 'Auditor', status: 'ended', rate: 25.5 })
  })

  it('still refuses a really broken contract, naming the field', () => {
    expect(contractListSchema.safeParse({ success: true, data: [{ ...rich, weekly_hours_limit: 'forty' }] }).error?.issues[0]?.path).toEqual([
      'data',
      0,
      'weekly_hours_limit',
    ])
    expect(contractListSchema.safeParse({ success: true, data: [{ ...rich, user_id: null }] }).error?.issues[0]?.path).toEqual(['data', 0, 'user_id'])
    expect(contractEnvelopeSchema.safeParse({ success: true, data: [rich] }).error?.issues[0]?.path).toEqual(['data'])
  })
})
