import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import {
  currentTrackerEnvelopeSchema,
  trackingStartedEnvelopeSchema,
  trackingStoppedEnvelopeSchema,
  type CurrentTrackerWire,
  type TrackingStartedWire,
} from './time-tracking'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus['time-tracking']!
const result = parseCorpus(cases, {
  'POST /time-tracking/start': trackingStartedEnvelopeSchema,
  'POST /time-tracking/stop': trackingStoppedEnvelopeSchema,
  'GET /time-tracking/current-data': currentTrackerEnvelopeSchema,
})

describe('time tracking: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('takes seeds/001’s start answer (no user fields) as done, with its start time', () => {
    const [seed, variantB, withoutContract] = outputsOf(result, 'POST /time-tracking/start', trackingStartedEnvelopeSchema)
    expect(seed!.success).toBe(true)
    expect(seed!.data).toEqual({
      message: 'Time tracking started successfully',
      start_time: '2024-01-15T10:30:00+00:00',
      contract_id: 20,
      project_id: 10,
      task_id: 5,
      activity_description: 'Working on feature implementation',
    })
    expect(seed!.data!.user_id).toBeUndefined()
    expect(variantB!.data).toMatchObject({ user_id: 100, user_name: 'Maria Garcia', project_name: 'API Platform' })
    // Variant B's dynamic sentence is kept as the message, not parsed.
    expect(variantB!.message).toMatch(/^Time tracking started by Maria Garcia/)
    expect(withoutContract!.data).toMatchObject({ user_id: 45696, contract_id: undefined, project_name: undefined })
  })

  it('takes seeds/001’s stop answer { message, stopped_at } as done', () => {
    const [stop] = outputsOf(result, 'POST /time-tracking/stop', trackingStoppedEnvelopeSchema)
    expect(stop).toMatchObject({ success: true, data: { stopped_at: '2024-01-15T12:30:00+00:00' } })
  })

  it('reads current-data with its minutes and leftover seconds; nulls as unknown', () => {
    const [seed, bare] = outputsOf(result, 'GET /time-tracking/current-data', currentTrackerEnvelopeSchema)
    expect(seed!.data).toEqual({
      contract_id: 598672,
      user_id: 45696,
      activity_description: 'Working on API documentation',
      task_id: 3917798,
      task_title: 'Adding timesheets',
      total_seconds: 9,
      total_minutes: 7,
      date: '2025-12-08',
    })
    expect(bare!.data).toMatchObject({ user_id: 100, total_minutes: 0, total_seconds: 42, contract_id: undefined, task_title: undefined })
  })
})

describe('time tracking: writes judged by the envelope', () => {
  it('a start answered with { success, message } only, or data: null, is still done', () => {
    expect(trackingStartedEnvelopeSchema.parse({ success: true, message: 'Time tracking started successfully' })).toMatchObject({ success: true, data: null })
    expect(trackingStartedEnvelopeSchema.parse({ success: true, data: null })).toMatchObject({ success: true, data: null })
    expect(trackingStoppedEnvelopeSchema.parse({ success: true, data: [] })).toMatchObject({ success: true, data: null })
  })

  it('a start echo with a broken field still counts as done; the echo is dropped, not trusted', () => {
    expect(trackingStartedEnvelopeSchema.parse({ success: true, data: { start_time: 'yesterday', user_id: 'Ada' } })).toMatchObject({
      success: true,
      data: null,
    })
  })

  it('reads "nothing running" as null: data null, no data, or PHP’s empty []', () => {
    for (const answer of [{ success: true, data: null }, { success: true }, { success: true, data: [] }]) {
      expect(currentTrackerEnvelopeSchema.parse(answer).data).toBeNull()
    }
  })
})

describe('time tracking: the sandbox and the wire', () => {
  it('reads the sandbox’s rich answers', () => {
    const started: TrackingStartedWire = {
      message: 'Time tracking started successfully',
      start_time: '2026-11-23T14:00:00+00:00',
      user_id: 7,
      user_name: 'Ana Ruiz',
      user_email: 'ana@acme.test',
      contract_id: 301,
      project_id: 1055,
      project_name: 'Website',
      task_id: null,
      activity_description: null,
    }
    expect(trackingStartedEnvelopeSchema.parse({ success: true, data: started }).data).toMatchObject({
      user_id: 7,
      project_name: 'Website',
      task_id: undefined,
    })
    const current: CurrentTrackerWire = {
      contract_id: 301,
      user_id: 7,
      activity_description: null,
      task_id: null,
      task_title: null,
      total_seconds: 12,
      total_minutes: 95,
      date: '2026-11-23',
    }
    expect(currentTrackerEnvelopeSchema.parse({ success: true, data: current }).data).toMatchObject({ total_minutes: 95, total_seconds: 12 })
  })

  it('still refuses minutes that are no number and a list for the tracker, naming the field', () => {
    const text = currentTrackerEnvelopeSchema.safeParse({ success: true, data: { user_id: 7, total_minutes: 'seven' } })
    expect(text.error?.issues.map((i) => i.path.join('.'))).toEqual(['data.total_minutes'])
    const list = currentTrackerEnvelopeSchema.safeParse({ success: true, data: [{ user_id: 7 }] })
    expect(list.success).toBe(false)
    expect(list.error?.issues[0]?.path).toEqual(['data'])
  })
})
