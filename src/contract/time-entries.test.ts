import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import {
  createdTimeEntryEnvelopeSchema,
  deletedTimeEntryEnvelopeSchema,
  timeEntryEnvelopeSchema,
  timeEntryListSchema,
  type TimeEntryWire,
} from './time-entries'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus['time-entries']!
const result = parseCorpus(cases, {
  'GET /time-entries': timeEntryListSchema,
  'POST /time-entries': createdTimeEntryEnvelopeSchema,
  'PUT /time-entries/{time_entry_id}': timeEntryEnvelopeSchema,
  'DELETE /time-entries/{time_entry_id}': deletedTimeEntryEnvelopeSchema,
})

describe('time entries: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('reads a day’s entries: methods as documented, a running entry without end, pagination from meta', () => {
    const [list] = outputsOf(result, 'GET /time-entries', timeEntryListSchema)
    expect(list!.data.map((e) => [e.method, e.duration_minutes, e.end_time])).toEqual([
      ['Desktop tracker', 135, '2026-01-29T10:15:00Z'],
      ['Web tracker', 42, undefined],
    ])
    expect(list!.data[1]).toMatchObject({ id: 'eyJpdiI6Ik1uN3FXeXpBIn0Hq4Zt8Vb2Nc6', project_id: undefined, project_name: undefined })
    expect(list!.pagination).toMatchObject({ total: 2, per_page: 50, last_page: 1 })
  })

  it('takes the delete’s { success, message } as done', () => {
    expect(outputsOf(result, 'DELETE /time-entries/{time_entry_id}', deletedTimeEntryEnvelopeSchema)[0]).toMatchObject({ success: true, data: null })
  })
})

describe('time entries: wire variations', () => {
  const entry: TimeEntryWire = {
    id: 'a1b2c3',
    user_id: 45696,
    contract_id: null,
    project_id: null,
    project_name: null,
    task_id: null,
    task_title: null,
    activity_description: null,
    method: 'Mobile tracker',
    date: '2026-01-29',
    start_time: '2026-01-29T08:00:00Z',
    end_time: '2026-01-29T09:30:00Z',
    duration_minutes: 90,
  }

  it('keeps a method we do not know as sent, and counts a missing duration from start and end', () => {
    const withoutDuration = { ...entry, duration_minutes: undefined }
    const [mobile, counted] = timeEntryListSchema.parse({ success: true, data: [{ ...entry, method: 'Smartwatch tracker' }, withoutDuration] }).data
    expect(mobile!.method).toBe('Smartwatch tracker')
    expect(counted!.duration_minutes).toBe(90)
    expect(timeEntryListSchema.parse({ success: true, data: [{ ...entry, duration_minutes: '45', user_id: '45696' }] }).data[0]).toMatchObject({
      duration_minutes: 45,
      user_id: 45696,
    })
  })

  it('a manual entry’s answer without the partial-save figures is done, and leaves them unknown', () => {
    const answer = createdTimeEntryEnvelopeSchema.parse({ success: true, data: { id: 'x1' }, message: 'Time entry added successfully' })
    expect(answer.data).toEqual({ id: 'x1' })
    expect(createdTimeEntryEnvelopeSchema.parse({ success: true, message: 'Saved.' })).toMatchObject({ data: null, message: 'Saved.' })
  })

  it('reads the sandbox’s rich create answer with its figures', () => {
    const rich = { ...entry, method: 'Manually added time', requested_minutes: 90, saved_minutes: 60 }
    expect(createdTimeEntryEnvelopeSchema.parse({ success: true, data: rich }).data).toEqual({ id: 'a1b2c3', requested_minutes: 90, saved_minutes: 60 })
  })

  it('an update answered with { success, message } only is done', () => {
    expect(timeEntryEnvelopeSchema.parse({ success: true, message: 'Time entry updated successfully' })).toMatchObject({ success: true, data: null })
  })

  it('still refuses minutes that are text and a list where the entry must be, naming the field', () => {
    const text = timeEntryListSchema.safeParse({ success: true, data: [{ ...entry, duration_minutes: 'ninety' }] })
    expect(text.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['data.0.duration_minutes', 'must be a number, got the text "ninety"']])
    const nested = timeEntryListSchema.safeParse({ success: true, data: [[entry]] })
    expect(nested.error?.issues[0]?.path).toEqual(['data', 0])
  })
})
