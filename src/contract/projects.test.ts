import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { projectDeletedEnvelopeSchema, projectEnvelopeSchema, projectListSchema, projectWriteEnvelopeSchema, type ProjectWire } from './projects'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus.projects!
const result = parseCorpus(cases, {
  'GET /projects': projectListSchema,
  'POST /projects': projectWriteEnvelopeSchema,
  'GET /projects/{projectId}': projectEnvelopeSchema,
  'PUT /projects/{projectId}': projectWriteEnvelopeSchema,
  'DELETE /projects/{projectId}': projectDeletedEnvelopeSchema,
})

describe('projects: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('reads seeds/004’s list without pagination, and a null rate as unknown', () => {
    const [seed, catalogue] = outputsOf(result, 'GET /projects', projectListSchema)
    expect(seed!.pagination).toBeNull()
    expect(seed!.data[0]).toMatchObject({
      id: 100,
      name: 'Marketing Campaign Q1',
      estimation: 120,
      budget_estimation: 5000,
      rate: 0,
      status: 1,
      contracts_count: 3,
    })
    expect(seed!.data[0]!.tags).toEqual([
      { id: 1, name: 'Marketing', color: '#3B82F6' },
      { id: 2, name: 'Q1', color: undefined },
    ])
    expect(seed!.data[1]).toMatchObject({ rate: undefined, deadline: undefined, estimation: undefined, is_billable: false })
    expect(catalogue!.pagination).toMatchObject({ total: 23, last_page: 12 })
    expect(catalogue!.data[0]).toMatchObject({ estimation: 480.5, budget_estimation: 24000.75, rate: 45.5 })
    expect(catalogue!.data[1]).toMatchObject({ created_at: undefined, weekly_hours_limit: undefined })
  })

  it('takes the echoes as done, and the delete’s data null', () => {
    expect(outputsOf(result, 'POST /projects', projectWriteEnvelopeSchema)[0]!.data).toMatchObject({ id: 100, deleted_at: undefined })
    expect(outputsOf(result, 'DELETE /projects/{projectId}', projectDeletedEnvelopeSchema)[0]).toMatchObject({ success: true, data: null })
  })
})

describe('projects: the sandbox and the wire', () => {
  const rich: ProjectWire = {
    id: 1055,
    name: 'Website',
    owner_id: 1,
    start_date: '2025-01-06',
    deadline: null,
    estimation: 120,
    budget_estimation: null,
    notes: null,
    icon: null,
    is_billable: true,
    rate: null,
    weekly_hours_limit: 80,
    screenshots: 'blur',
    tags: [{ id: 12345, name: 'web', color: '#2563eb' }],
    contracts_count: 4,
    status: 0,
    created_at: '2025-01-06T09:00:00.000000Z',
    updated_at: '2025-02-01T09:00:00.000000Z',
    deleted_at: '2025-02-01T09:00:00.000000Z',
  }

  it('still reads the sandbox’s rich project', () => {
    expect(projectEnvelopeSchema.parse({ success: true, data: rich }).data).toMatchObject({
      id: 1055,
      status: 0,
      rate: undefined,
      deleted_at: '2025-02-01T09:00:00.000000Z',
    })
  })

  it('reads decimals sent as strings and flags as 0/1', () => {
    const read = projectEnvelopeSchema.parse({ success: true, data: { ...rich, estimation: '12.5', is_billable: 0, status: '1', tags: undefined } }).data
    expect(read).toMatchObject({ estimation: 12.5, is_billable: false, status: 1, tags: [] })
  })

  it('still refuses a really broken project, naming the field', () => {
    expect(projectListSchema.safeParse({ success: true, data: [{ ...rich, estimation: 'a lot' }] }).error?.issues[0]?.path).toEqual(['data', 0, 'estimation'])
    expect(projectListSchema.safeParse({ success: true, data: [{ ...rich, start_date: 'someday' }] }).error?.issues[0]?.path).toEqual(['data', 0, 'start_date'])
    expect(projectEnvelopeSchema.safeParse({ success: true, data: [rich] }).error?.issues[0]?.path).toEqual(['data'])
  })
})
