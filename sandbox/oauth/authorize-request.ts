import type { SandboxConfig } from '../config'
import { CLIENT_ID } from '../config'
import { ALL_SCOPES } from '../api/auth'
import { DEFAULT_SCOPES } from './model'

/** The parameters of an authorization request that survive into the sign-in form. */
export const AUTHORIZE_PARAMS = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'code_challenge', 'code_challenge_method'] as const

export type AuthorizeCheck =
  | { kind: 'ok'; params: Record<string, string>; scope: string[] }
  /** The client or redirect URI is not trusted: show an error page, never redirect. */
  | { kind: 'page'; message: string }
  /** Any other problem goes back to the client, as RFC 6749 §4.1.2.1 says. */
  | { kind: 'redirect'; location: string }

// RFC 7636 §4.2: S256 challenges are 43 base64url characters.
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/

/**
 * Validate `/oauth/authorize` in RFC 6749 order, before anyone is asked to sign in. The library
 * issues the code afterwards; these checks are stricter than its own: `state` and PKCE with S256
 * are required, because the registered client is public.
 */
export function checkAuthorizeRequest(config: SandboxConfig, input: Record<string, string | undefined>): AuthorizeCheck {
  const params: Record<string, string> = {}
  for (const name of AUTHORIZE_PARAMS) {
    const value = input[name]
    if (typeof value === 'string' && value !== '') params[name] = value
  }
  if (!params.client_id) return { kind: 'page', message: 'The request has no client_id.' }
  if (params.client_id !== CLIENT_ID) return { kind: 'page', message: `Unknown client "${params.client_id}".` }
  if (!params.redirect_uri) return { kind: 'page', message: 'The request has no redirect_uri.' }
  if (!config.redirectUris.includes(params.redirect_uri)) {
    return { kind: 'page', message: `The redirect URI "${params.redirect_uri}" is not registered for this client.` }
  }

  const fail = (error: string, description: string) => {
    const url = new URL(params.redirect_uri!)
    url.searchParams.set('error', error)
    url.searchParams.set('error_description', description)
    if (params.state) url.searchParams.set('state', params.state)
    return { kind: 'redirect' as const, location: url.toString() }
  }
  if (!params.response_type) return fail('invalid_request', 'Missing parameter: response_type')
  if (params.response_type !== 'code') return fail('unsupported_response_type', 'Only response_type=code is supported')
  const scope = params.scope ? params.scope.split(' ').filter(Boolean) : DEFAULT_SCOPES
  if (!scope.every((s) => (ALL_SCOPES as readonly string[]).includes(s))) {
    return fail('invalid_scope', `Unknown scope; allowed: ${ALL_SCOPES.join(' ')}`)
  }
  if (!params.state) return fail('invalid_request', 'Missing parameter: state')
  if (!params.code_challenge) return fail('invalid_request', 'PKCE is required: missing code_challenge')
  if (params.code_challenge_method !== 'S256') {
    return fail('invalid_request', 'PKCE code_challenge_method must be S256')
  }
  if (!S256_CHALLENGE.test(params.code_challenge)) return fail('invalid_request', 'Malformed code_challenge')
  return { kind: 'ok', params, scope }
}
