import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import {
  taskActionEnvelopeSchema,
  taskAssigneesEnvelopeSchema,
  taskEnvelopeSchema,
  taskListSchema,
  taskPriorityLabel,
  taskStatusLabel,
  taskWriteEnvelopeSchema,
  type TaskWire,
} from './tasks'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus.tasks!
const result = parseCorpus(cases, {
  'GET /tasks': taskListSchema,
  'POST /tasks': taskWriteEnvelopeSchema,
  'GET /tasks/{taskId}': taskEnvelopeSchema,
  'PUT /tasks/{taskId}': taskWriteEnvelopeSchema,
  'DELETE /tasks/{taskId}': taskActionEnvelopeSchema,
  'GET /tasks/{taskId}/assignees': taskAssigneesEnvelopeSchema,
  'POST /tasks/{taskId}/assign/{userId}': taskActionEnvelopeSchema,
  'DELETE /tasks/{taskId}/unassign/{userId}': taskActionEnvelopeSchema,
})

describe('tasks: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('reads the list, and variant B’s `data` as one object as a list of one', () => {
    const [a, b] = outputsOf(result, 'GET /tasks', taskListSchema)
    expect(a!.data.map((t) => [t.id, taskStatusLabel(t.status!), taskPriorityLabel(t.priority!)])).toEqual([
      [5, 'Doing', 'High'],
      [3917798, 'Closed', 'Normal'],
    ])
    expect(a!.data[0]!.assignees?.map((p) => `${p.firstname} ${p.lastname}`)).toEqual(['Maria Garcia', 'John Smith'])
    expect(a!.data[1]).toMatchObject({ assignees: [], description: undefined, completed_at: '2024-01-12T16:45:00Z' })
    // Fields the vendor never showed stay unknown.
    for (const field of ['parent_id', 'created_at', 'updated_at'] as const) expect(a!.data[0]![field], field).toBeUndefined()
    expect(b!.data).toHaveLength(1)
    expect(b!.pagination).toBeNull()
    expect(b!.data[0]).toMatchObject({ id: 5, title: 'Implement login page' })
  })

  it('takes { success, message } as done for delete, assign and unassign', () => {
    for (const endpoint of ['DELETE /tasks/{taskId}', 'POST /tasks/{taskId}/assign/{userId}', 'DELETE /tasks/{taskId}/unassign/{userId}'])
      expect(outputsOf(result, endpoint, taskActionEnvelopeSchema)[0], endpoint).toMatchObject({ success: true, data: null })
    expect(outputsOf(result, 'POST /tasks', taskWriteEnvelopeSchema)[0]!.data).toMatchObject({ status: 0, priority: 30 })
  })
})

describe('tasks: the sandbox and the wire', () => {
  const rich: TaskWire = {
    id: 88,
    title: 'Write the brief',
    description: null,
    project_id: 1055,
    parent_id: null,
    owner_id: 1,
    creator_id: 1,
    status: 10,
    priority: 30,
    start_date: null,
    end_date: '2026-12-01',
    completed_at: null,
    assignees: [{ id: 7, email: 'ana@acme.test', firstname: 'Ana', lastname: 'Ruiz' }],
    has_details: false,
    created_at: '2026-11-01T09:00:00.000000Z',
    updated_at: '2026-11-02T09:00:00.000000Z',
  }

  it('still reads the sandbox’s rich task', () => {
    expect(taskEnvelopeSchema.parse({ success: true, data: rich }).data).toMatchObject({ id: 88, parent_id: undefined, end_date: '2026-12-01', status: 10 })
  })

  it('keeps a status or priority code it does not know, shown as it came', () => {
    const read = taskEnvelopeSchema.parse({ success: true, data: { ...rich, status: '15', priority: 50 } }).data
    expect(read).toMatchObject({ status: 15, priority: 50 })
    expect([taskStatusLabel(read.status!), taskPriorityLabel(read.priority!)]).toEqual(['15', '50'])
  })

  it('still refuses a really broken task, naming the field', () => {
    expect(taskListSchema.safeParse({ success: true, data: [{ ...rich, status: 'doing' }] }).error?.issues[0]?.path).toEqual(['data', 0, 'status'])
    expect(taskListSchema.safeParse({ success: true, data: [{ ...rich, assignees: { id: 7 } }] }).error?.issues[0]?.path).toEqual(['data', 0, 'assignees'])
    expect(taskEnvelopeSchema.safeParse({ success: true, data: [rich] }).error?.issues[0]?.path).toEqual(['data'])
  })
})
