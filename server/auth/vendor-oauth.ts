import { createHash, randomBytes } from 'node:crypto'
import type { ServerConfig } from '../config'

// The server's side of OAuth2 with the vendor: the authorization URL (PKCE S256 + state), the
// code exchange and refresh (with the client secret when there is one, as client_secret_basic),
// and revocation (RFC 7009). Nothing here ever reaches the browser.

export interface TokenSet {
  accessToken: string
  refreshToken?: string
  /** Epoch ms. */
  expiresAt: number
}

export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description?: string,
  ) {
    super(description ? `${error}: ${description}` : error)
  }
}

export const callbackUrl = (config: ServerConfig) => `${config.publicUrl}/auth/callback`

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

export function authorizationUrl(config: ServerConfig, state: string, challenge: string): string {
  const url = new URL(config.authorizeUrl)
  url.searchParams.set('client_id', config.clientId)
  url.searchParams.set('redirect_uri', callbackUrl(config))
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('scope', config.scopes)
  url.searchParams.set('state', state)
  url.searchParams.set('code_challenge', challenge)
  url.searchParams.set('code_challenge_method', 'S256')
  return url.toString()
}

/** RFC 6749 §2.3.1: id and secret form-urlencoded, then Basic. */
function clientAuth(config: ServerConfig, body: URLSearchParams): Record<string, string> {
  if (!config.clientSecret) {
    body.set('client_id', config.clientId)
    return {}
  }
  const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+')
  const basic = Buffer.from(`${encode(config.clientId)}:${encode(config.clientSecret)}`).toString('base64')
  return { authorization: `Basic ${basic}` }
}

async function post(config: ServerConfig, url: string, params: Record<string, string>): Promise<Response> {
  const body = new URLSearchParams(params)
  const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...clientAuth(config, body) }
  return fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(15_000) })
}

async function tokenRequest(config: ServerConfig, params: Record<string, string>): Promise<TokenSet> {
  const response = await post(config, config.tokenUrl, params)
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok || typeof json.access_token !== 'string') {
    throw new OAuthError(response.status, typeof json.error === 'string' ? json.error : 'invalid_response', json.error_description as string | undefined)
  }
  const expiresIn = typeof json.expires_in === 'number' ? json.expires_in : 3600
  return {
    accessToken: json.access_token,
    ...(typeof json.refresh_token === 'string' ? { refreshToken: json.refresh_token } : {}),
    expiresAt: Date.now() + expiresIn * 1000,
  }
}

export function exchangeCode(config: ServerConfig, code: string, verifier: string): Promise<TokenSet> {
  return tokenRequest(config, { grant_type: 'authorization_code', code, redirect_uri: callbackUrl(config), code_verifier: verifier })
}

export async function refreshTokens(config: ServerConfig, refreshToken: string): Promise<TokenSet> {
  const tokens = await tokenRequest(config, { grant_type: 'refresh_token', refresh_token: refreshToken })
  // A server that does not rotate keeps the old refresh token valid.
  return { refreshToken, ...tokens }
}

/** Revoke one token; failures are reported, not thrown (sign-out goes on regardless). */
export async function revokeToken(config: ServerConfig, token: string, hint: 'access_token' | 'refresh_token'): Promise<boolean> {
  try {
    const response = await post(config, config.revokeUrl, { token, token_type_hint: hint })
    return response.ok
  } catch {
    return false
  }
}
