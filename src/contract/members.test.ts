import { describe, expect, it } from 'vitest'
import { corpus } from './corpus/corpus-files'
import { errorEnvelopeSchema } from './envelope'
import {
  archiveMemberEnvelopeSchema,
  inviteMemberEnvelopeSchema,
  memberEnvelopeSchema,
  memberListSchema,
  updateMemberEnvelopeSchema,
  type MemberWire,
} from './members'
import { outputsOf, parseCorpus } from '@/testing/corpus'

const cases = corpus.members!
const succeeded = (c: { response: unknown }) => (c.response as { success: boolean }).success
const result = parseCorpus(cases.filter(succeeded), {
  'GET /members': memberListSchema,
  'POST /members': inviteMemberEnvelopeSchema,
  'GET /members/{memberId}': memberEnvelopeSchema,
  'PUT /members/{memberId}': updateMemberEnvelopeSchema,
  'DELETE /members/{memberId}': archiveMemberEnvelopeSchema,
})

describe('members: the vendor docs corpus', () => {
  it('reads every documented answer', () => {
    expect(result.problems).toEqual([])
    expect(result.parsed).toHaveLength(cases.filter(succeeded).length)
    for (const c of cases.filter((c) => !succeeded(c))) expect(errorEnvelopeSchema.safeParse(c.response).success, c.source).toBe(true)
  })

  it('reads the catalogue fields, and leaves the unconfirmed ones unknown when the answer ends at `title`', () => {
    const [full, confirmedOnly, noRates] = outputsOf(result, 'GET /members', memberListSchema)
    expect(full!.data[0]).toMatchObject({ id: 45696, current_role: 'Regular User', rate: 25.5, rate_status: 1, weekly_hours_limit: 40, is_blocked: false })
    expect(full!.pagination).toMatchObject({ total: 2, current_page: 1, last_page: 1 })
    const maria = confirmedOnly!.data[1]!
    expect(maria).toMatchObject({ firstname: 'Maria', status: 'inactive', timezone: undefined, title: undefined })
    for (const field of ['rate', 'rate_status', 'rate_type', 'screenshots', 'is_blocked', 'weekly_hours_limit', 'created_at', 'deleted_at'] as const)
      expect(maria[field], field).toBeUndefined()
    // Without rate permission the rate is unknown, never 0.
    expect(noRates!.data.map((m) => m.rate)).toEqual([undefined, undefined])
    expect(noRates!.data[1]).toMatchObject({ status: 'left', is_blocked: true, deleted_at: '2025-01-31T17:00:00.000000Z' })
    expect(noRates!.pagination).toMatchObject({ current_page: 2, last_page: 2, from: 21, to: 22 })
  })

  it('takes every write answer as done: the invite echo, data null, and { success, message } only', () => {
    expect(outputsOf(result, 'POST /members', inviteMemberEnvelopeSchema)[0]!.data).toMatchObject({ user_id: 46120 })
    const updates = outputsOf(result, 'PUT /members/{memberId}', updateMemberEnvelopeSchema)
    expect(updates.map((u) => u.success)).toEqual([true, true])
    expect(updates[0]!.data).toBeNull()
    expect(updates[1]!.data).toMatchObject({ current_role: 'Team manager', timezone: 'Europe/London' })
    expect(outputsOf(result, 'DELETE /members/{memberId}', archiveMemberEnvelopeSchema)[0]).toMatchObject({ success: true, data: null })
  })
})

describe('members: the sandbox and the wire', () => {
  const rich: MemberWire = {
    id: 7,
    email: 'ana@acme.test',
    firstname: 'Ana',
    lastname: 'Ruiz',
    avatar: null,
    current_role: 'Team manager',
    timezone: 'Europe/Madrid',
    status: 'active',
    team_name: 'Core',
    title: null,
    rate: 42,
    rate_type: 'hourly',
    rate_status: 1,
    screenshots: 'blur',
    is_blocked: false,
    weekly_hours_limit: 40,
    created_at: '2025-01-01T00:00:00.000000Z',
    updated_at: '2025-01-02T00:00:00.000000Z',
    deleted_at: null,
  }

  it('still reads the sandbox’s rich member', () => {
    expect(memberEnvelopeSchema.parse({ success: true, data: rich }).data).toMatchObject({
      id: 7,
      rate: 42,
      rate_status: 1,
      weekly_hours_limit: 40,
      title: undefined,
    })
  })

  it('reads numeric strings and keeps a role or status it does not know as its text', () => {
    const read = memberEnvelopeSchema.parse({
      success: true,
      data: { ...rich, id: '7', rate: '12.50', current_role: 'Client', status: 'suspended', rate_status: '0' },
    }).data
    expect(read).toMatchObject({ id: 7, rate: 12.5, current_role: 'Client', status: 'suspended', rate_status: 0 })
    expect(memberEnvelopeSchema.parse({ success: true, data: { ...rich, current_role: 'executive MANAGER' } }).data.current_role).toBe('Executive manager')
  })

  it('still refuses a really broken member, naming the field', () => {
    const badLimit = memberListSchema.safeParse({ success: true, data: [{ ...rich, weekly_hours_limit: 'forty' }] })
    expect(badLimit.error?.issues[0]?.path).toEqual(['data', 0, 'weekly_hours_limit'])
    const badId = memberListSchema.safeParse({ success: true, data: [{ ...rich, id: 'abc' }] })
    expect(badId.error?.issues[0]?.path).toEqual(['data', 0, 'id'])
    expect(memberEnvelopeSchema.safeParse({ success: true, data: [rich] }).success).toBe(false)
  })
})
