import { parseArgs } from 'node:util'
import { z } from 'zod'
import { parseClockSpec } from './clock'

// The sandbox's whole command-line and environment interface, parsed in one place.
// Scripts and tests drive the sandbox through these names: keep them stable.

export const DEFAULT_PORT = 4010
export const HOST = '127.0.0.1'
export const CLIENT_ID = 'webwork-dashboard'
/**
 * The client secret `--confidential` uses when SANDBOX_CLIENT_SECRET names none: a demo
 * credential like the demo password, printed in the banner.
 */
export const DEMO_CLIENT_SECRET = 'wwcs_demo_5e1f0c7a9b3d4e2f8a6c1b0d7e9f3a25'

/** The dashboard's dev (5173) and preview (4173) origins, on both loopback names. */
export const DEFAULT_REDIRECT_URIS = [5173, 4173].flatMap((port) => ['localhost', '127.0.0.1'].map((host) => `http://${host}:${port}/callback`))

const DAY = 24 * 60 * 60

export const sandboxConfigSchema = z.object({
  port: z.number().int().min(0).max(65535),
  dataDir: z.string().min(1),
  reset: z.boolean(),
  profile: z.enum(['demo', 'large']),
  /**
   * `rich`: every field the dashboard's contract has. `docs`: exactly what the vendor's docs'
   * examples show (sandbox/dialect/), to test the dashboard against the vendor's shapes.
   */
  dialect: z.enum(['rich', 'docs']),
  /** The seed's "today"; defaults to the clock's UTC date when the data file is first made. */
  seedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  redirectUris: z.array(z.url()).min(1),
  rateLimit: z.number().int().positive(),
  /** Vendor: access tokens live 15 days, refresh tokens 30 days. */
  accessTokenTtl: z.number().int().positive(),
  refreshTokenTtl: z.number().int().positive(),
  authCodeTtl: z.number().int().positive(),
  /**
   * Confidential mode (the vendor's hard case): the client must present this secret at the token
   * and revoke endpoints (`invalid_client` otherwise), and the token, revoke and API endpoints send
   * no CORS headers, so only a server (the companion server) can use them. Absent: a public client.
   */
  clientSecret: z.string().min(8).optional(),
  /**
   * Webhook URLs may point at loopback, link-local and private addresses (local receivers in
   * tests). Off by default: otherwise the delivery log would be a port scanner of the host's network.
   */
  allowPrivateWebhooks: z.boolean(),
  /** Persist the data file; tests that only read can turn it off. */
  persist: z.boolean(),
  /** Simulated time for live tracking: an ISO instant (frozen) or `<instant>@<N>x`; absent = real time. */
  clock: z
    .string()
    .refine((s) => parseClockSpec(s) !== undefined, 'clock must be an ISO instant, optionally followed by @<N>x')
    .optional(),
  faults: z.object({
    latencyMs: z.number().min(0),
    jitterMs: z.number().min(0),
    /** Share of API answers replaced by a 5xx, 0..1. */
    errorRate: z.number().min(0).max(1),
    /** Share of API answers replaced by a 429, 0..1. */
    rateLimitRate: z.number().min(0).max(1),
  }),
})
export type SandboxConfig = z.infer<typeof sandboxConfigSchema>
export type SandboxOptions = Partial<Omit<SandboxConfig, 'faults'>> & { faults?: Partial<SandboxConfig['faults']> }

export function defaultConfig(overrides: SandboxOptions = {}): SandboxConfig {
  return sandboxConfigSchema.parse({
    port: DEFAULT_PORT,
    dataDir: '.sandbox-data',
    reset: false,
    profile: 'demo',
    dialect: 'rich',
    redirectUris: DEFAULT_REDIRECT_URIS,
    rateLimit: 60,
    accessTokenTtl: 15 * DAY,
    refreshTokenTtl: 30 * DAY,
    authCodeTtl: 60,
    allowPrivateWebhooks: false,
    persist: true,
    ...overrides,
    faults: { latencyMs: 0, jitterMs: 0, errorRate: 0, rateLimitRate: 0, ...overrides.faults },
  })
}

const num = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value))

/** Flags win over environment variables, which win over defaults. */
export function configFromProcess(argv: string[], env: NodeJS.ProcessEnv): SandboxConfig {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      reset: { type: 'boolean' },
      profile: { type: 'string' },
      dialect: { type: 'string' },
      'seed-date': { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      'error-rate': { type: 'string' },
      'rate-limit-rate': { type: 'string' },
      clock: { type: 'string' },
      confidential: { type: 'boolean' },
      'allow-private-webhooks': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(HELP)
    process.exit(0)
  }
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
  return defaultConfig(
    defined({
      port: num(values.port) ?? num(env.PORT),
      dataDir: values.data ?? env.SANDBOX_DATA_DIR,
      reset: values.reset,
      profile: (values.profile ?? env.SANDBOX_PROFILE) as SandboxConfig['profile'] | undefined,
      dialect: (values.dialect ?? env.SANDBOX_DIALECT) as SandboxConfig['dialect'] | undefined,
      seedDate: values['seed-date'] ?? env.SANDBOX_SEED_DATE,
      redirectUris: env.SANDBOX_REDIRECT_URIS?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      rateLimit: num(env.SANDBOX_RATE_LIMIT),
      accessTokenTtl: num(env.SANDBOX_ACCESS_TOKEN_TTL),
      refreshTokenTtl: num(env.SANDBOX_REFRESH_TOKEN_TTL),
      authCodeTtl: num(env.SANDBOX_AUTH_CODE_TTL),
      clock: values.clock ?? env.SANDBOX_CLOCK,
      clientSecret: env.SANDBOX_CLIENT_SECRET || (values.confidential ? DEMO_CLIENT_SECRET : undefined),
      allowPrivateWebhooks: values['allow-private-webhooks'] || env.SANDBOX_ALLOW_PRIVATE_WEBHOOKS === '1' || undefined,
      faults: defined({
        latencyMs: num(values.latency) ?? num(env.SANDBOX_LATENCY_MS),
        jitterMs: num(values.jitter) ?? num(env.SANDBOX_JITTER_MS),
        errorRate: num(values['error-rate']) ?? num(env.SANDBOX_ERROR_RATE),
        rateLimitRate: num(values['rate-limit-rate']) ?? num(env.SANDBOX_RATE_LIMIT_RATE),
      }),
    }),
  )
}

const HELP = `Usage: npm run sandbox -- [options]

  --port N              listen on 127.0.0.1:N (env PORT; default ${DEFAULT_PORT})
  --data DIR            data folder (env SANDBOX_DATA_DIR; default .sandbox-data)
  --reset               discard saved state and restore the seed
  --profile demo|large  demo workspace, or 1,000 members for benchmarks (env SANDBOX_PROFILE)
  --dialect rich|docs   rich: every field the dashboard's contract has; docs: only what the
                        vendor's docs show, undocumented paths 404 (env SANDBOX_DIALECT; default rich)
  --seed-date YYYY-MM-DD  the seed's "today" (env SANDBOX_SEED_DATE; default: the clock's day)
  --latency MS          added latency per API answer (env SANDBOX_LATENCY_MS)
  --jitter MS           random extra latency up to MS (env SANDBOX_JITTER_MS)
  --error-rate R        share of API answers turned into 5xx, 0..1 (env SANDBOX_ERROR_RATE)
  --rate-limit-rate R   share of API answers turned into 429, 0..1 (env SANDBOX_RATE_LIMIT_RATE)
  --clock INSTANT[@Nx]  simulated time for live tracking: frozen at INSTANT, or running N times
                        faster from it (env SANDBOX_CLOCK; default: real time)
  --confidential        the client must authenticate with a secret at the token endpoint and the
                        token, revoke and API endpoints send no CORS headers (a vendor that does
                        not serve browsers); the secret is env SANDBOX_CLIENT_SECRET, or a demo
                        secret printed at start (setting SANDBOX_CLIENT_SECRET alone turns it on)
  --allow-private-webhooks  let webhook URLs point at loopback, link-local and private addresses
                        (local receivers; env SANDBOX_ALLOW_PRIVATE_WEBHOOKS=1; default: refused)

Environment only:
  SANDBOX_REDIRECT_URIS     comma-separated OAuth redirect URIs (replaces the defaults)
  SANDBOX_RATE_LIMIT        requests per minute per user (default 60)
  SANDBOX_ACCESS_TOKEN_TTL  access token lifetime in seconds (default 15 days)
  SANDBOX_REFRESH_TOKEN_TTL refresh token lifetime in seconds (default 30 days)
  SANDBOX_AUTH_CODE_TTL     authorization code lifetime in seconds (default 60)
`
