import { describe, expect, it } from 'vitest'
import { requestSpan } from './time-request-format'

describe('time request span', () => {
  it('shows the day, the local times and the length', () => {
    expect(requestSpan({ start: '2026-11-20T16:44:00Z', end: '2026-11-20T18:14:00Z' }, 'UTC')).toEqual({
      day: 'Fri, Nov 20',
      times: '16:44–18:14',
      minutes: 90,
    })
    // Late in UTC is the next morning in Yerevan.
    expect(requestSpan({ start: '2026-11-20T22:49:00Z', end: '2026-11-20T23:19:00Z' }, 'Asia/Yerevan')).toMatchObject({
      day: 'Sat, Nov 21',
      times: '02:49–03:19',
    })
  })

  it('has no span without both ends', () => {
    expect(requestSpan({ start: undefined, end: '2026-11-20T18:14:00Z' })).toBeNull()
  })
})
