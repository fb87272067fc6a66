import { CLIENT_ID, type SandboxConfig } from '../config'
import { clientSecretMatches } from './secrets'

/**
 * The client's credentials as RFC 6749 §2.3.1 allows them: HTTP Basic (`client_secret_basic`,
 * form-urlencoded id and secret) or `client_id` + `client_secret` in the body (`client_secret_post`).
 */
export function clientCredentials(authorization: string | undefined, body: Record<string, string>) {
  const basic = authorization?.match(/^Basic\s+(\S+)$/i)
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) return { via: 'basic' as const }
    const unescape = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '))
    try {
      return { via: 'basic' as const, id: unescape(decoded.slice(0, colon)), secret: unescape(decoded.slice(colon + 1)) }
    } catch {
      return { via: 'basic' as const }
    }
  }
  return { via: 'post' as const, id: body.client_id, secret: body.client_secret }
}

/** In confidential mode: does this request carry the dashboard client's id and secret? */
export function clientAuthenticated(config: SandboxConfig, authorization: string | undefined, body: Record<string, string>): boolean {
  if (!config.clientSecret) return true
  const { id, secret } = clientCredentials(authorization, body)
  return id === CLIENT_ID && clientSecretMatches(secret, config.clientSecret)
}

/** RFC 6749 §5.2's answer to a client that failed to authenticate (401, as the confidential mode promises). */
export const INVALID_CLIENT = {
  error: 'invalid_client',
  error_description: 'Client authentication failed: this client must authenticate with its client secret',
} as const
