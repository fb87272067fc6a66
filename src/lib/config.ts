import { z } from 'zod'

// The runtime configuration in `public/config.json`: one build serves the sandbox or the vendor's
// API by editing that file alone. It is parsed before the first render (see main.tsx).

const apiBaseUrl = z.url({ error: 'must be a URL such as https://api.webwork-tracker.com/api/v2' })

/** The vendor allows 60 requests per minute per user; the client never sends more. */
const rateLimitPerMinute = z
  .number({ error: 'must be a whole number of requests per minute' })
  .int('must be a whole number of requests per minute')
  .positive('must be at least 1')

/**
 * Static mode (the file that ships; `mode` left out): the browser signs in itself, with PKCE or a
 * personal access token, and calls the vendor's API directly.
 */
export const staticConfigSchema = z.object({
  mode: z.literal('static').optional(),
  /** API V2 base, e.g. `https://api.webwork-tracker.com/api/v2`. */
  apiBaseUrl,
  oauth: z.object({
    authorizeUrl: z.url({ error: 'must be the URL of /oauth/authorize' }),
    tokenUrl: z.url({ error: 'must be the URL of the OAuth token endpoint' }),
    /** RFC 7009 revocation; sign-out revokes the tokens there. */
    revokeUrl: z.url({ error: 'must be the URL of the OAuth revocation endpoint' }),
    clientId: z.string({ error: 'must be the client id of your OAuth2 app' }).min(1, 'must not be empty'),
    /** Space-separated OAuth scopes (never `openid`: the vendor's server is plain OAuth2). */
    scopes: z
      .string({ error: 'must be a space-separated list such as "read write"' })
      .regex(/^[a-z]+( [a-z]+)*$/, 'must be a space-separated list such as "read write"')
      .refine((s) => !s.split(' ').includes('openid'), 'must not contain openid (the server issues no id_token)'),
  }),
  rateLimitPerMinute,
})
export type StaticConfig = z.infer<typeof staticConfigSchema>

/**
 * Server mode (the companion server serves this config): the server signs in and holds the
 * tokens; the browser calls the server's `/api/v2` with its session cookie.
 */
export const serverConfigSchema = z.object({
  mode: z.literal('server'),
  /** The server's forwarding base, `<PUBLIC_URL>/api/v2`. */
  apiBaseUrl,
  /** The server holds the budget; this is what the header's meter shows before the first answer. */
  rateLimitPerMinute,
  /** The server's live stream of who is tracking (`<PUBLIC_URL>/events`); absent: the board polls. */
  eventsUrl: z.url({ error: "must be the URL of the companion server's /events" }).optional(),
})
export type ServerConfig = z.infer<typeof serverConfigSchema>

export const appConfigSchema = z.discriminatedUnion('mode', [staticConfigSchema, serverConfigSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'must be "server", "static", or left out (static)' : 'must be a JSON object'),
})
export type AppConfig = z.infer<typeof appConfigSchema>

export interface ConfigProblem {
  /** `oauth.tokenUrl`, or `config.json` for the file as a whole. */
  field: string
  message: string
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; url: string; problems: ConfigProblem[] }

export function parseConfig(raw: unknown, url = '/config.json'): ConfigResult {
  const result = appConfigSchema.safeParse(raw)
  if (result.success) return { ok: true, config: result.data }
  return {
    ok: false,
    url,
    problems: result.error.issues.map((issue) => ({
      field: issue.path.length ? issue.path.join('.') : 'config.json',
      // A missing field reads better as "is missing" than as a type complaint.
      message: issue.code === 'invalid_type' && issue.path.length > 0 && issue.input === undefined ? `is missing (${issue.message})` : issue.message,
    })),
  }
}

/** Fetch and parse the config; a missing or unreadable file is a problem too, never a crash. */
export async function loadConfig(url = '/config.json', fetchFn: typeof fetch = fetch): Promise<ConfigResult> {
  let response: Response
  try {
    response = await fetchFn(url, { cache: 'no-store' })
  } catch {
    return { ok: false, url, problems: [{ field: 'config.json', message: 'could not be fetched (network error)' }] }
  }
  if (!response.ok) {
    return { ok: false, url, problems: [{ field: 'config.json', message: `could not be fetched (HTTP ${response.status})` }] }
  }
  let raw: unknown
  try {
    raw = await response.json()
  } catch {
    return { ok: false, url, problems: [{ field: 'config.json', message: 'is not valid JSON' }] }
  }
  return parseConfig(raw, url)
}
