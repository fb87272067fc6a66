import { describe, expect, it } from 'vitest'
import { openTokens, sealTokens } from './sessions'

describe('sealed tokens', () => {
  const tokens = { accessToken: 'a-token', refreshToken: 'r-token', expiresAt: 1_800_000_000_000 }
  const secret = 's'.repeat(32)

  it('open with the same secret, and only with it', () => {
    const sealed = sealTokens(secret, tokens)
    expect(sealed).not.toContain('a-token')
    expect(openTokens(secret, sealed)).toEqual(tokens)
    expect(openTokens('t'.repeat(32), sealed)).toBeUndefined()
  })

  it('refuse a seal that was tampered with', () => {
    const sealed = sealTokens(secret, tokens)
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1)
    expect(openTokens(secret, flipped)).toBeUndefined()
    expect(openTokens(secret, 'garbage')).toBeUndefined()
  })

  it('differ every time (a fresh IV)', () => {
    expect(sealTokens(secret, tokens)).not.toBe(sealTokens(secret, tokens))
  })
})
