import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { timeRequestEnvelopeSchema, timeRequestListSchema, timeRequestSchema, timeRequestWriteEnvelopeSchema, type TimeRequestWire } from './time-requests'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const result = parseCorpus(corpus['time-requests']!, {
  'GET /time-requests': timeRequestListSchema,
  'GET /time-requests/{id}': timeRequestEnvelopeSchema,
  'POST /time-requests': timeRequestWriteEnvelopeSchema,
  'POST /time-requests/{timeRequestId}/approve': timeRequestWriteEnvelopeSchema,
  'POST /time-requests/{timeRequestId}/reject': timeRequestWriteEnvelopeSchema,
})

describe('time requests: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(corpus['time-requests']!.length)
  })

  it('reads both variants’ lists, with null read as unknown, and the one-object `data` as a list of one', () => {
    const [variantA, variantB, oneObject] = outputsOf(result, 'GET /time-requests', timeRequestListSchema)
    expect(variantA!.pagination).toBeNull()
    expect(variantA!.data[0]).toMatchObject({ id: '3f2a9c1e-7b4d-4e8a-9c6f-1d2e3f4a5b6c', status: 'pending', user_id: 45696, task_id: 3917798 })
    expect(variantA!.data[1]).toMatchObject({ status: 'rejected', comment: 'Time already tracked on the desktop app', notes: undefined, task_id: undefined })
    const unassigned = variantB!.data[1]!
    expect([unassigned.contract_id, unassigned.project_id, unassigned.task_id, unassigned.start]).toEqual([
      undefined,
      undefined,
      undefined,
      '2024-01-12T08:00:00+00:00',
    ])
    expect(variantB!.pagination).toMatchObject({ total: 2, last_page: 1 })
    expect(oneObject!.data.map((r) => r.id)).toEqual(['Xk9mP2qR7tLw'])
  })

  it('takes a create, an approve and a reject as done, the last two without any data', () => {
    const creates = outputsOf(result, 'POST /time-requests', timeRequestWriteEnvelopeSchema)
    expect(creates.map((c) => c.data?.status)).toEqual(['pending', 'approved'])
    for (const endpoint of ['POST /time-requests/{timeRequestId}/approve', 'POST /time-requests/{timeRequestId}/reject']) {
      expect(outputsOf(result, endpoint, timeRequestWriteEnvelopeSchema)).toEqual([expect.objectContaining({ success: true, data: null })])
    }
  })
})

describe('time requests: the sandbox and the wire', () => {
  const rich: TimeRequestWire = {
    id: 'tr_1',
    user_id: 7,
    contract_id: 10,
    project_id: 2,
    task_id: null,
    start: '2026-11-20T09:00:00.000Z',
    end: '2026-11-20T11:00:00.000Z',
    status: 'pending',
    notes: 'Client call',
    comment: null,
    updated_by: null,
    created_at: '2026-11-20T12:00:00.000Z',
    updated_at: '2026-11-20T12:00:00.000Z',
  }

  it('still reads the sandbox’s rich request, and an unknown status as its raw text', () => {
    expect(timeRequestSchema.parse(rich)).toMatchObject({ id: 'tr_1', contract_id: 10, task_id: undefined, notes: 'Client call' })
    expect(timeRequestSchema.parse({ ...rich, status: 'auto-approved', notes: null, activity_description: 'Call' })).toMatchObject({
      status: 'auto-approved',
      notes: 'Call',
    })
  })

  it('still refuses a really broken payload, naming the field', () => {
    expect(timeRequestListSchema.safeParse({ success: true, data: [{ ...rich, start: 'yesterday' }] }).error?.issues[0]?.path).toEqual(['data', 0, 'start'])
    expect(timeRequestListSchema.safeParse({ success: true, data: [{ ...rich, user_id: ['7'] }] }).error?.issues[0]?.path).toEqual(['data', 0, 'user_id'])
  })
})
