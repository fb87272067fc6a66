import { z } from 'zod'

// The runtime configuration in `public/config.json`: one build serves the sandbox or the vendor's
// API by editing that file alone. It is parsed before the first render (see main.tsx).

export const appConfigSchema = z.object({
  /** API V2 base, e.g. `https://api.webwork-tracker.com/api/v2`. */
  apiBaseUrl: z.url({ error: 'must be a URL such as https://api.webwork-tracker.com/api/v2' }),
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
  /** The vendor allows 60 requests per minute per user; the client never sends more. */
  rateLimitPerMinute: z
    .number({ error: 'must be a whole number of requests per minute' })
    .int('must be a whole number of requests per minute')
    .positive('must be at least 1'),
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
      message: issue.code === 'invalid_type' && issue.input === undefined ? `is missing (${issue.message})` : issue.message,
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
