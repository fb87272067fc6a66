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
    expect(fields).toEqual(expect.arrayContaining(['apiBaseUrl', 'oauth.tokenUrl', 'oauth.revokeUrl', 'oauth.clientId', 'oauth.scopes', 'rateLimitPerMinute']))
    expect(result.problems.find((p) => p.field === 'oauth.revokeUrl')?.message).toMatch(/is missing/)
    expect(result.problems.find((p) => p.field === 'oauth.scopes')?.message).toMatch(/openid/)
  })

  it('reads a config without mode as static, and a static one the same way', () => {
    const result = parseConfig(shipped)
    expect(result.ok && result.config.mode).toBeUndefined()
    expect(parseConfig({ ...(shipped as object), mode: 'static' })).toMatchObject({ ok: true, config: { mode: 'static' } })
  })

  it('accepts the server mode config without an oauth block', () => {
    const result = parseConfig({ mode: 'server', apiBaseUrl: 'http://127.0.0.1:8080/api/v2', rateLimitPerMinute: 60 })
    expect(result).toEqual({
      ok: true,
      config: { mode: 'server', apiBaseUrl: 'http://127.0.0.1:8080/api/v2', rateLimitPerMinute: 60 },
    })
  })

  it('names each bad field of a server mode config, and never asks it for oauth', () => {
    const result = parseConfig({ mode: 'server', apiBaseUrl: '/api/v2', rateLimitPerMinute: 'sixty' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.field).sort()).toEqual(['apiBaseUrl', 'rateLimitPerMinute'])
    const missing = parseConfig({ mode: 'server' })
    expect(!missing.ok && missing.problems).toEqual([
      { field: 'apiBaseUrl', message: expect.stringMatching(/^is missing/) },
      { field: 'rateLimitPerMinute', message: expect.stringMatching(/^is missing/) },
    ])
  })

  it('names an unknown mode, and a file that is not an object', () => {
    const unknown = parseConfig({ mode: 'proxy', apiBaseUrl: 'http://127.0.0.1:8080/api/v2', rateLimitPerMinute: 60 })
    expect(unknown).toMatchObject({ ok: false, problems: [{ field: 'mode', message: expect.stringMatching(/"server", "static"/) }] })
    expect(parseConfig([1, 2])).toMatchObject({ ok: false, problems: [{ field: 'config.json', message: 'must be a JSON object' }] })
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
