import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { errorEnvelopeSchema } from './envelope'
import { workspaceListSchema, type WorkspaceWire } from './workspaces'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus.workspaces!
const succeeded = (c: { response: unknown }) => (c.response as { success: boolean }).success
const result = parseCorpus(cases.filter(succeeded), { 'GET /workspaces': workspaceListSchema })

describe('workspaces: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.filter(succeeded).length)
    for (const c of cases.filter((c) => !succeeded(c))) expect(errorEnvelopeSchema.safeParse(c.response).success, c.source).toBe(true)
  })

  it('reads the caller’s role and the non-ISO activated_at as UTC', () => {
    const [list] = outputsOf(result, 'GET /workspaces', workspaceListSchema)
    expect(list!.data.map((w) => [w.workspace_name, w.role])).toEqual([
      ['Acme Design Studio', 'Owner'],
      ['Northwind Freelancers', 'Executive manager'],
    ])
    expect(list!.data[0]).toMatchObject({ activated_at: '2025-02-19T19:24:55Z', created_at: '2025-02-19T19:24:55.000000Z', status: 'active' })
    expect(list!.pagination).toMatchObject({ total: 2, last_page: 1 })
  })
})

describe('workspaces: the sandbox and the wire', () => {
  const rich: WorkspaceWire = {
    id: 1000,
    owner_id: 1,
    user_id: 1,
    workspace_name: 'Acme Studio',
    role: 'Owner',
    status: 'active',
    created_at: '2023-11-21T00:00:00.000000Z',
    activated_at: null,
  }

  it('still reads the sandbox’s workspace, and a bare one with only id, name and role', () => {
    expect(workspaceListSchema.parse({ success: true, data: [rich] }).data[0]).toMatchObject({ id: 1000, activated_at: undefined })
    expect(workspaceListSchema.parse({ success: true, data: [{ id: '5', workspace_name: 'Bare', role: 'Team lead' }] }).data[0]).toEqual({
      id: 5,
      workspace_name: 'Bare',
      role: 'Team lead',
    })
  })

  it('still refuses a really broken workspace, naming the field', () => {
    expect(workspaceListSchema.safeParse({ success: true, data: [{ ...rich, id: 'first' }] }).error?.issues[0]?.path).toEqual(['data', 0, 'id'])
    expect(workspaceListSchema.safeParse({ success: true, data: [{ ...rich, activated_at: 'soon' }] }).error?.issues[0]?.path).toEqual([
      'data',
      0,
      'activated_at',
    ])
  })
})
