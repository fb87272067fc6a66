import { parseArgs } from 'node:util'
import { z } from 'zod'

// The companion server's whole configuration: environment variables (and --port), checked at
// start with one message per bad value. Scripts and tests drive the server through these names.

export const DEFAULT_PORT = 8080
export const HOST = '127.0.0.1'
/** The vendor's limit: 60 requests a minute per WebWork user. */
export const DEFAULT_RATE_LIMIT = 60

const url = (what: string) => z.url({ error: `must be the URL of ${what}` }).refine((s) => /^https?:\/\//.test(s), `must be an http(s) URL of ${what}`)

export const serverConfigSchema = z.object({
  port: z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(0, 'must be 0..65535').max(65535, 'must be 0..65535'),
  host: z.string().min(1),
  apiBaseUrl: url('the vendor API V2 base, e.g. https://api.webwork-tracker.com/api/v2').transform((s) => s.replace(/\/+$/, '')),
  authorizeUrl: url('the vendor OAuth authorize endpoint'),
  tokenUrl: url('the vendor OAuth token endpoint'),
  revokeUrl: url('the vendor OAuth revocation endpoint (RFC 7009)'),
  clientId: z.string({ error: 'must be the client id of your OAuth2 app' }).min(1, 'must be the client id of your OAuth2 app'),
  /** Absent: the server signs in as a public client (PKCE alone). */
  clientSecret: z.string().min(1).optional(),
  scopes: z.string().regex(/^[a-z]+( [a-z]+)*$/, 'must be a space-separated list such as "read write"'),
  /** Where users reach the server, e.g. https://dashboard.example.com (its origin is what CSRF checks). */
  publicUrl: url('where users reach this server, e.g. https://dashboard.example.com').transform((s) => s.replace(/\/+$/, '')),
  sessionSecret: z
    .string({ error: 'must be set: a random string of at least 32 characters (e.g. openssl rand -hex 32)' })
    .min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)'),
  redisUrl: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  rateLimitPerMinute: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be at least 1'),
  /** Session lifetime after the last use, in seconds. */
  sessionTtl: z.coerce.number().int().positive(),
  /** Where the built app is (`npm run build`). */
  distDir: z.string().min(1),
})
export type ServerConfig = z.infer<typeof serverConfigSchema>
export type ServerConfigInput = z.input<typeof serverConfigSchema>

/** The environment variable (or flag) behind each field, for messages. */
export const ENV_NAMES: Record<keyof ServerConfig, string> = {
  port: 'PORT (or --port)',
  host: 'HOST',
  apiBaseUrl: 'WEBWORK_API_BASE_URL',
  authorizeUrl: 'WEBWORK_AUTHORIZE_URL',
  tokenUrl: 'WEBWORK_TOKEN_URL',
  revokeUrl: 'WEBWORK_REVOKE_URL',
  clientId: 'WEBWORK_CLIENT_ID',
  clientSecret: 'WEBWORK_CLIENT_SECRET',
  scopes: 'WEBWORK_SCOPES',
  publicUrl: 'PUBLIC_URL',
  sessionSecret: 'SESSION_SECRET',
  redisUrl: 'REDIS_URL',
  rateLimitPerMinute: 'RATE_LIMIT_PER_MINUTE',
  sessionTtl: 'SESSION_TTL',
  distDir: 'DIST_DIR',
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`the configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

const blank = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim())

/** Check a whole configuration; every bad value is named in one ConfigError. */
export function parseServerConfig(input: Record<string, unknown>): ServerConfig {
  const result = serverConfigSchema.safeParse(input)
  if (result.success) return result.data
  // One message per bad value: the first thing wrong with it.
  const problems = new Map<string, string>()
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof ServerConfig | undefined
    const name = field ? ENV_NAMES[field] : 'configuration'
    const message = issue.code === 'invalid_type' && issue.input === undefined ? `is missing; it ${issue.message}` : issue.message
    if (!problems.has(name)) problems.set(name, `${name} ${message}`)
  }
  throw new ConfigError([...problems.values()])
}

/** Where the server listens, when PUBLIC_URL does not say otherwise (a bad port is reported once, as PORT). */
function defaultPublicUrl(host: string, port: string | undefined) {
  return `http://${host}:${port && /^\d+$/.test(port) ? port : DEFAULT_PORT}`
}

/** Flags win over environment variables, which win over defaults. */
export function configFromProcess(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({ args: argv, strict: true, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    process.stdout.write(HELP)
    process.exit(0)
  }
  return parseServerConfig({
    port: blank(values.port) ?? blank(env.PORT) ?? DEFAULT_PORT,
    host: blank(env.HOST) ?? HOST,
    apiBaseUrl: blank(env.WEBWORK_API_BASE_URL),
    authorizeUrl: blank(env.WEBWORK_AUTHORIZE_URL),
    tokenUrl: blank(env.WEBWORK_TOKEN_URL),
    revokeUrl: blank(env.WEBWORK_REVOKE_URL),
    clientId: blank(env.WEBWORK_CLIENT_ID),
    clientSecret: blank(env.WEBWORK_CLIENT_SECRET),
    scopes: blank(env.WEBWORK_SCOPES) ?? 'read write',
    publicUrl: blank(env.PUBLIC_URL) ?? defaultPublicUrl(blank(env.HOST) ?? HOST, blank(values.port) ?? blank(env.PORT)),
    sessionSecret: env.SESSION_SECRET,
    redisUrl: blank(env.REDIS_URL),
    rateLimitPerMinute: blank(env.RATE_LIMIT_PER_MINUTE) ?? DEFAULT_RATE_LIMIT,
    sessionTtl: blank(env.SESSION_TTL) ?? 8 * 60 * 60,
    distDir: blank(env.DIST_DIR) ?? 'dist',
  })
}

export const HELP = `Usage: npm run server -- [--port N]

The companion server: signs in to WebWork with the client secret, keeps tokens out of the browser,
serves the built app (npm run build) and forwards /api/v2 with one rate budget per WebWork user.

Environment:
  WEBWORK_API_BASE_URL   API V2 base, e.g. https://api.webwork-tracker.com/api/v2   (required)
  WEBWORK_AUTHORIZE_URL  OAuth authorize endpoint                                  (required)
  WEBWORK_TOKEN_URL      OAuth token endpoint                                      (required)
  WEBWORK_REVOKE_URL     OAuth revocation endpoint (RFC 7009)                      (required)
  WEBWORK_CLIENT_ID      your OAuth2 app's client id                               (required)
  WEBWORK_CLIENT_SECRET  its client secret (without it: PKCE as a public client)
  WEBWORK_SCOPES         scopes to ask for (default "read write")
  PUBLIC_URL             where users reach this server (default http://127.0.0.1:PORT);
                         register <PUBLIC_URL>/auth/callback as the app's redirect URI;
                         WebWork delivers tracker webhooks to <PUBLIC_URL>/webhooks/webwork
  SESSION_SECRET         at least 32 random characters; signs the session cookie   (required)
  REDIS_URL              redis://… to share sessions, budgets and live state between instances
  PORT / --port N        listen port (default ${DEFAULT_PORT}); HOST (default ${HOST})
  RATE_LIMIT_PER_MINUTE  the per-user budget (default ${DEFAULT_RATE_LIMIT}, the vendor's limit)
  SESSION_TTL            seconds a session lives after its last use (default 28800)
  DIST_DIR               the built app (default dist)
`
