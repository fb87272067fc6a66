// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadConfig, parseConfig } from './config'

const shipped = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8')) as unknown

describe('runtime config', () => {
  it('accepts the config.json that ships (the sandbox)', () => {
    const result = parseConfig(shipped)
    expect(result.ok).toBe(true)
  })

  it('names each bad field', () => {
    const result = parseConfig({
      apiBaseUrl: 'not a url',
      oauth: { authorizeUrl: 'https://webwork-tracker.com/oauth/authorize', tokenUrl: '', clientId: '', scopes: 'openid read' },
      rateLimitPerMinute: 0,
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const fields = result.problems.map((p) => p.field)
    expect(fields).toEqual(
      expect.arrayContaining(['apiBaseUrl', 'oauth.tokenUrl', 'oauth.revokeUrl', 'oauth.clientId', 'oauth.scopes', 'rateLimitPerMinute']),
    )
    expect(result.problems.find((p) => p.field === 'oauth.revokeUrl')?.message).toMatch(/is missing/)
    expect(result.problems.find((p) => p.field === 'oauth.scopes')?.message).toMatch(/openid/)
  })

  it('reports a missing file and a file that is not JSON', async () => {
    const missing = await loadConfig('/config.json', async () => new Response('nope', { status: 404 }))
    expect(missing).toMatchObject({ ok: false, problems: [{ field: 'config.json', message: expect.stringMatching(/404/) }] })
    const garbage = await loadConfig('/config.json', async () => new Response('{ not json'))
    expect(garbage).toMatchObject({ ok: false, problems: [{ field: 'config.json', message: 'is not valid JSON' }] })
    const offline = await loadConfig('/config.json', async () => Promise.reject(new TypeError('fetch failed')))
    expect(offline).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/network/) }] })
  })
})
