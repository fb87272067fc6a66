import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { webhookEnvelopeSchema, webhookListSchema, webhookWriteEnvelopeSchema, type WebhookWire } from './webhooks'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus.webhooks!
const result = parseCorpus(cases, {
  'GET /webhooks': webhookListSchema,
  'POST /webhooks': webhookWriteEnvelopeSchema,
  'GET /webhooks/{webhookId}': webhookEnvelopeSchema,
  'PUT /webhooks/{webhookId}': webhookWriteEnvelopeSchema,
})

describe('webhooks: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.length)
  })

  it('reads { id, url, events, token } without created_at, and keeps an event no enum lists', () => {
    const [list] = outputsOf(result, 'GET /webhooks', webhookListSchema)
    expect(list!.data.map((w) => w.id)).toEqual(['abc123def456', 'encoded_id_string'])
    expect(list!.data[1]!.events).toContain('task.updated')
    expect(list!.data[0]!.token).toMatch(/^whsec_/)
    expect(list!.data[0]!.created_at).toBeUndefined()
    expect(outputsOf(result, 'POST /webhooks', webhookWriteEnvelopeSchema).map((w) => w.data?.events.length)).toEqual([2, 5])
  })

  it('takes the update’s bare { success } as done', () => {
    expect(outputsOf(result, 'PUT /webhooks/{webhookId}', webhookWriteEnvelopeSchema)[0]).toEqual({ success: true, data: null })
  })
})

describe('webhooks: the sandbox and the wire', () => {
  const rich: WebhookWire = {
    id: 'wh_01',
    url: 'https://example.test/hook',
    events: ['tracker.started'],
    token: 'whsec_abc',
    created_at: '2026-01-15T10:30:00.000000Z',
  }

  it('still reads the sandbox’s webhook, and an integer id as text', () => {
    expect(webhookEnvelopeSchema.parse({ success: true, data: rich }).data).toEqual(rich)
    expect(webhookEnvelopeSchema.parse({ success: true, data: { ...rich, id: 42 } }).data.id).toBe('42')
  })

  it('still refuses a really broken webhook, naming the field', () => {
    expect(webhookListSchema.safeParse({ success: true, data: [{ ...rich, events: 'tracker.started' }] }).error?.issues[0]?.path).toEqual(['data', 0, 'events'])
    expect(webhookEnvelopeSchema.safeParse({ success: true, data: [rich] }).error?.issues[0]?.path).toEqual(['data'])
  })
})
