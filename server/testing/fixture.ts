import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLIENT_ID } from '../../sandbox/config'
import { DEMO_PASSWORD } from '../../sandbox/demo-accounts'
import type { RunningSandbox } from '../../sandbox/server'
import { startTestSandbox } from '../../sandbox/testing/fixture'
import { openTokens } from '../auth/sessions'
import type { LiveOptions } from '../live/events'
import { startServer, type RunningServer } from '../server'
import { MemoryStore } from '../store/memory-store'
import type { ServerStore } from '../store/store'

// The companion server in tests: a real sandbox in confidential mode, a real server in front of
// it, and a browser-like client with a cookie jar that follows the sign-in by hand.

export const TEST_CLIENT_SECRET = 'server-test-secret-0123456789'
export const TEST_SESSION_SECRET = 'test-session-secret-0123456789-abcdef'

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** A stand-in for dist/: index.html with an inline script (its hash goes into the CSP) and one asset. */
export async function fakeDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'webwork-dist-'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><script>window.theme = 1</script></head><body><div id="root"></div></body></html>')
  await writeFile(join(dir, 'robots.txt'), 'User-agent: *\n')
  return dir
}

/** A store that remembers every session it was given, so tests can look for the tokens in answers. */
export class RecordingStore extends MemoryStore {
  readonly tokens = new Set<string>()
  /** Every value stored, as stored (JSON). */
  readonly values: string[] = []
  override async set(key: string, value: unknown, ttlMs: number) {
    this.values.push(JSON.stringify(value))
    const sealed = (value as { sealed?: string } | undefined)?.sealed
    const tokens = sealed ? openTokens(TEST_SESSION_SECRET, sealed) : undefined
    if (tokens?.accessToken) this.tokens.add(tokens.accessToken)
    if (tokens?.refreshToken) this.tokens.add(tokens.refreshToken)
    return super.set(key, value, ttlMs)
  }
}

export function serverEnv(sandbox: RunningSandbox, port: number, extra: Record<string, unknown> = {}) {
  return {
    port,
    host: '127.0.0.1',
    apiBaseUrl: `${sandbox.origin}/api/v2`,
    authorizeUrl: `${sandbox.origin}/oauth/authorize`,
    tokenUrl: `${sandbox.origin}/oauth/token`,
    revokeUrl: `${sandbox.origin}/oauth/revoke`,
    clientId: CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    scopes: 'read write',
    publicUrl: `http://127.0.0.1:${port}`,
    sessionSecret: TEST_SESSION_SECRET,
    rateLimitPerMinute: 60,
    sessionTtl: 3600,
    distDir: 'dist',
    ...extra,
  }
}

export interface Setup {
  sandbox: RunningSandbox
  servers: RunningServer[]
  close: () => Promise<void>
}

/** A confidential sandbox whose redirect URIs are the servers' callbacks, and `count` servers in front of it. */
export async function startSetup(
  options: {
    count?: number
    store?: () => ServerStore
    server?: Record<string, unknown>
    live?: Partial<LiveOptions>
    sandbox?: Parameters<typeof startTestSandbox>[0]
    /** All servers answer for the first one's PUBLIC_URL, as instances behind one load balancer do. */
    onePublicUrl?: boolean
  } = {},
): Promise<Setup> {
  const ports = await Promise.all(Array.from({ length: options.count ?? 1 }, () => freePort()))
  const sandbox = await startTestSandbox({
    persist: false,
    clientSecret: TEST_CLIENT_SECRET,
    redirectUris: ports.map((port) => `http://127.0.0.1:${port}/auth/callback`),
    ...options.sandbox,
  })
  const distDir = await fakeDist()
  const servers = await Promise.all(
    ports.map((port) => {
      const publicUrl = options.onePublicUrl ? { publicUrl: `http://127.0.0.1:${ports[0]}` } : {}
      return startServer(serverEnv(sandbox, port, { distDir, ...publicUrl, ...options.server }), {
        ...(options.store ? { store: options.store() } : {}),
        live: options.live,
      })
    }),
  )
  return {
    sandbox,
    servers,
    close: async () => {
      await Promise.all(servers.map((s) => s.close()))
      await sandbox.close()
    },
  }
}

/** What a browser would do: keep cookies per origin (by name), send them back, never follow redirects itself. */
export class Browser {
  readonly cookies = new Map<string, string>()
  /** Every answer this browser saw, headers and body, to look for leaked tokens. */
  readonly seen: string[] = []

  constructor(readonly origin: string) {}

  async fetch(path: string, init: RequestInit & { origin?: string | null } = {}): Promise<Response> {
    const url = new URL(path, this.origin)
    const headers = new Headers(init.headers)
    if (url.origin === this.origin && this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
    }
    const method = (init.method ?? 'GET').toUpperCase()
    if (init.origin !== null && (init.origin !== undefined || !['GET', 'HEAD'].includes(method))) headers.set('origin', init.origin ?? this.origin)
    const response = await fetch(url, { ...init, headers, redirect: 'manual' })
    if (url.origin === this.origin) {
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';')
        const [name, ...value] = pair!.split('=')
        const v = value.join('=')
        if (/max-age=0/i.test(cookie) || v === '') this.cookies.delete(name!.trim())
        else this.cookies.set(name!.trim(), v)
      }
    }
    const body = await response.clone().text()
    this.seen.push(`${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}`)
    return response
  }

  /** The whole sign-in: server login → sandbox's page → form → server callback. Returns the callback's answer. */
  async signIn(email: string, returnTo = '/w/1000/inbox'): Promise<Response> {
    const login = await this.fetch(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`)
    if (login.status !== 302) throw new Error(`login answered ${login.status}`)
    const authorize = new URL(login.headers.get('location')!)
    const page = await fetch(authorize)
    if (page.status !== 200) throw new Error(`authorize page answered ${page.status}: ${await page.text()}`)
    const form = new URLSearchParams(authorize.searchParams)
    form.set('email', email)
    form.set('password', DEMO_PASSWORD)
    form.set('decision', 'allow')
    const answer = await fetch(new URL('/oauth/authorize', authorize.origin), { method: 'POST', body: form, redirect: 'manual' })
    const callback = new URL(answer.headers.get('location')!)
    if (callback.origin !== this.origin) throw new Error(`the sandbox redirected to ${callback}`)
    return this.fetch(`${callback.pathname}${callback.search}`)
  }
}
