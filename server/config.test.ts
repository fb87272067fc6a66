import { describe, expect, it } from 'vitest'
import { ConfigError, configFromProcess } from './config'

const good = {
  WEBWORK_API_BASE_URL: 'https://api.webwork-tracker.com/api/v2/',
  WEBWORK_AUTHORIZE_URL: 'https://webwork-tracker.com/oauth/authorize',
  WEBWORK_TOKEN_URL: 'https://webwork-tracker.com/oauth/token',
  WEBWORK_REVOKE_URL: 'https://webwork-tracker.com/oauth/revoke',
  WEBWORK_CLIENT_ID: 'my-app',
  SESSION_SECRET: 'x'.repeat(32),
}

function problems(env: NodeJS.ProcessEnv, argv: string[] = []): string[] {
  try {
    configFromProcess(argv, env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  return []
}

describe('configFromProcess', () => {
  it('reads the environment, with the documented defaults', () => {
    const config = configFromProcess([], good)
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      apiBaseUrl: 'https://api.webwork-tracker.com/api/v2',
      clientId: 'my-app',
      publicUrl: 'http://127.0.0.1:8080',
      scopes: 'read write',
      rateLimitPerMinute: 60,
      distDir: 'dist',
    })
    expect(config.clientSecret).toBeUndefined()
    expect(config.redisUrl).toBeUndefined()
  })

  it('takes --port over PORT, and the optional secret and Redis URL', () => {
    const config = configFromProcess(['--port', '9000'], {
      ...good,
      PORT: '7000',
      WEBWORK_CLIENT_SECRET: 's3cret',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PUBLIC_URL: 'https://dash.example.com/',
    })
    expect(config).toMatchObject({ port: 9000, clientSecret: 's3cret', redisUrl: 'redis://127.0.0.1:6379', publicUrl: 'https://dash.example.com' })
    expect(configFromProcess([], { ...good, PORT: '7000' }).port).toBe(7000)
  })

  it('names every bad value at once, one message each', () => {
    const found = problems({ ...good, WEBWORK_TOKEN_URL: 'not a url', SESSION_SECRET: 'short', REDIS_URL: 'http://x', WEBWORK_CLIENT_ID: '', PORT: 'eighty' })
    expect(found).toHaveLength(5)
    expect(found.find((p) => p.startsWith('WEBWORK_TOKEN_URL'))).toContain('must be')
    expect(found.find((p) => p.startsWith('SESSION_SECRET'))).toContain('at least 32 characters')
    expect(found.find((p) => p.startsWith('REDIS_URL'))).toContain('redis://')
    expect(found.find((p) => p.startsWith('WEBWORK_CLIENT_ID'))).toContain('missing')
    expect(found.find((p) => p.startsWith('PORT'))).toBeDefined()
  })

  it('says which required values are missing', () => {
    const found = problems({})
    for (const name of ['WEBWORK_API_BASE_URL', 'WEBWORK_AUTHORIZE_URL', 'WEBWORK_TOKEN_URL', 'WEBWORK_REVOKE_URL', 'WEBWORK_CLIENT_ID', 'SESSION_SECRET']) {
      expect(
        found.find((p) => p.startsWith(name)),
        name,
      ).toMatch(/missing/)
    }
  })

  it('refuses unknown flags', () => {
    expect(() => configFromProcess(['--bogus'], good)).toThrow()
  })
})
