import { describe, expect, it } from 'vitest'
import { checkSignature, signBody, verifySignature } from './signature'

const token = 'whsec_0123456789abcdef0123456789abcdef'
const body = '{"id":"d1","event":"tracker.started"}'
const now = Date.UTC(2026, 11, 2, 9, 0, 0)
const at = (secondsAgo: number) => Math.floor(now / 1000) - secondsAgo

describe('webhook signatures', () => {
  it('sign the time with the body, and verify within five minutes', () => {
    const header = signBody(token, body, at(10))
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect(verifySignature(token, body, header, now)).toBe(true)
  })

  it('refuse a captured delivery replayed later, or with its time changed', () => {
    const header = signBody(token, body, at(301))
    expect(verifySignature(token, body, header, now)).toBe(false)
    const retimed = header.replace(/t=\d+/, `t=${at(0)}`)
    expect(verifySignature(token, body, retimed, now)).toBe(false)
    // A receiver can tell the replay (a true signature, too old) from the forgery.
    expect(checkSignature(token, body, header, now)).toBe('expired')
    expect(checkSignature(token, body, retimed, now)).toBe('invalid')
  })

  it('refuse another body, another key, and malformed headers', () => {
    const header = signBody(token, body, at(0))
    expect(verifySignature(token, `${body} `, header, now)).toBe(false)
    expect(verifySignature('whsec_other', body, header, now)).toBe(false)
    for (const bad of [null, '', 'sha256=abc', 't=x,v1=abc', `t=${at(0)}`]) expect(verifySignature(token, body, bad, now)).toBe(false)
  })
})
