import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import {
  projectViewerActionEnvelopeSchema,
  projectViewerEnvelopeSchema,
  projectViewerListSchema,
  projectViewerWriteEnvelopeSchema,
  type ProjectViewerWire,
} from './project-viewers'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus['project-viewers']!
const actions = [
  'DELETE /project-viewers/{viewerId}',
  'POST /project-viewers/{viewerId}/restore',
  'POST /project-viewers/{viewerId}/assign-project',
  'DELETE /project-viewers/{viewerId}/unassign-project',
]
const result = parseCorpus(cases, {
  'GET /project-viewers': projectViewerListSchema,
  'POST /project-viewers': projectViewerWriteEnvelopeSchema,
  'GET /project-viewers/{viewerId}': projectViewerEnvelopeSchema,
  ...Object.fromEntries(actions.map((endpoint) => [endpoint, projectViewerActionEnvelopeSchema])),
})

describe('project viewers: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('reads lists with and without pagination, and `data` as one object', () => {
    const [a, b, one] = outputsOf(result, 'GET /project-viewers', projectViewerListSchema)
    expect(a!.pagination).toBeNull()
    expect(a!.data[0]!.projects?.map((p) => p.project_name)).toEqual(['Marketing Campaign Q1', 'Website Redesign'])
    expect(a!.data[1]).toMatchObject({ status: undefined, member_since: undefined, projects: [] })
    expect(b!.data.map((v) => v.status)).toEqual(['inactive', 'left'])
    expect(b!.pagination).toMatchObject({ current_page: 2, from: 3, to: 4 })
    expect(one!.data.map((v) => v.id)).toEqual([2201])
  })

  it('takes restore, archive, assign and unassign as done on { success, message } or data null', () => {
    for (const endpoint of actions)
      expect(outputsOf(result, endpoint, projectViewerActionEnvelopeSchema)[0], endpoint).toMatchObject({ success: true, data: null })
  })
})

describe('project viewers: the sandbox and the wire', () => {
  const rich: ProjectViewerWire = {
    id: 501,
    email: 'cleo@client.test',
    firstname: 'Cleo',
    lastname: 'Client',
    status: 'inactive',
    member_since: null,
    projects: [{ project_id: 1055, project_name: 'Website' }],
  }

  it('still reads the sandbox’s viewer, and one whose projects were not sent as unknown', () => {
    expect(projectViewerEnvelopeSchema.parse({ success: true, data: rich }).data).toMatchObject({ id: 501, member_since: undefined })
    const read = projectViewerEnvelopeSchema.parse({ success: true, data: { ...rich, projects: undefined, status: 'blocked' } }).data
    expect(read.projects).toBeUndefined()
    expect(read.status).toBe('blocked')
  })

  it('still refuses a really broken viewer, naming the field', () => {
    expect(projectViewerListSchema.safeParse({ success: true, data: [{ ...rich, projects: [{ project_id: 'web' }] }] }).error?.issues[0]?.path).toEqual([
      'data',
      0,
      'projects',
      0,
      'project_id',
    ])
    expect(projectViewerEnvelopeSchema.safeParse({ success: true, data: [rich] }).error?.issues[0]?.path).toEqual(['data'])
  })
})
