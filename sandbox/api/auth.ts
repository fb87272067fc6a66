import type { Store } from '../store/store'
import type { Caller } from '../context'
import { hashToken } from '../oauth/secrets'

export const ALL_SCOPES = ['read', 'write', 'admin'] as const

/**
 * The caller behind `Authorization: Bearer <token>`: an OAuth access token or a personal access
 * token, both stored hashed. Undefined for a missing, unknown, expired or revoked token.
 */
export function resolveCaller(store: Store, authorization: string | undefined, now = new Date()): Caller | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  if (!match?.[1]) return undefined
  const hash = hashToken(match[1])
  const { data } = store
  const oauth = data.oauthTokens.find((t) => t.accessTokenHash === hash)
  if (oauth) {
    if (new Date(oauth.accessTokenExpiresAt) <= now) return undefined
    const user = data.users.find((u) => u.id === oauth.userId)
    return user && { user, scope: oauth.scope, via: 'oauth' }
  }
  const pat = data.personalAccessTokens.find((t) => t.tokenHash === hash)
  if (pat && !pat.revokedAt && new Date(pat.expiresAt) > now) {
    const user = data.users.find((u) => u.id === pat.userId)
    // The vendor's PATs carry no scopes: they act with all of the user's rights.
    return user && { user, scope: ALL_SCOPES, via: 'pat' }
  }
  return undefined
}
