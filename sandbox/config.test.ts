import { describe, expect, it } from 'vitest'
import { configFromProcess, DEFAULT_REDIRECT_URIS } from './config'

describe('configFromProcess', () => {
  it('defaults to the documented interface', () => {
    const config = configFromProcess([], {})
    expect(config).toMatchObject({ port: 4010, profile: 'demo', rateLimit: 60, reset: false, dataDir: '.sandbox-data' })
    expect(config.accessTokenTtl).toBe(15 * 86_400)
    expect(config.refreshTokenTtl).toBe(30 * 86_400)
    expect(config.redirectUris).toEqual(DEFAULT_REDIRECT_URIS)
    expect(DEFAULT_REDIRECT_URIS).toContain('http://localhost:5173/callback')
    expect(DEFAULT_REDIRECT_URIS).toContain('http://127.0.0.1:4173/callback')
  })

  it('reads flags and environment, flags first', () => {
    const config = configFromProcess(['--port', '5000', '--data', '/tmp/x', '--reset', '--profile', 'large', '--error-rate', '0.2'], {
      PORT: '6000',
      SANDBOX_REDIRECT_URIS: 'http://a.test/cb, http://b.test/cb',
      SANDBOX_RATE_LIMIT: '5',
      SANDBOX_ACCESS_TOKEN_TTL: '30',
      SANDBOX_LATENCY_MS: '100',
    })
    expect(config).toMatchObject({ port: 5000, dataDir: '/tmp/x', reset: true, profile: 'large', rateLimit: 5, accessTokenTtl: 30 })
    expect(config.redirectUris).toEqual(['http://a.test/cb', 'http://b.test/cb'])
    expect(config.faults).toMatchObject({ latencyMs: 100, errorRate: 0.2 })
    expect(configFromProcess([], { PORT: '6000' }).port).toBe(6000)
  })

  it('answers in the rich dialect unless told docs, by flag or environment (flag first)', () => {
    expect(configFromProcess([], {}).dialect).toBe('rich')
    expect(configFromProcess(['--dialect', 'docs'], {}).dialect).toBe('docs')
    expect(configFromProcess([], { SANDBOX_DIALECT: 'docs' }).dialect).toBe('docs')
    expect(configFromProcess(['--dialect', 'rich'], { SANDBOX_DIALECT: 'docs' }).dialect).toBe('rich')
    expect(() => configFromProcess(['--dialect', 'vendor'], {})).toThrow()
  })

  it('refuses bad values and unknown flags', () => {
    expect(() => configFromProcess(['--profile', 'huge'], {})).toThrow()
    expect(() => configFromProcess(['--port', 'x'], {})).toThrow()
    expect(() => configFromProcess(['--bogus'], {})).toThrow()
    expect(() => configFromProcess([], { SANDBOX_RATE_LIMIT: '0' })).toThrow()
  })
})
