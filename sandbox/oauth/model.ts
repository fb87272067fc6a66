import type OAuth2Server from '@node-oauth/oauth2-server'
import type { SandboxConfig } from '../config'
import { CLIENT_ID } from '../config'
import type { Store } from '../store/store'
import { ALL_SCOPES } from '../api/auth'
import { randomUUID } from 'node:crypto'
import { clientSecretMatches, hashToken } from './secrets'

type Model = OAuth2Server.AuthorizationCodeModel & OAuth2Server.RefreshTokenModel

/**
 * The library hands the user of a code or a refresh token on to `saveToken`; the grant's family
 * rides along on it, so that the new tokens join the family that issued them.
 */
type FamilyUser = OAuth2Server.User & { familyId?: string }

/**
 * The only registered client: the dashboard, public (no secret) by default, so PKCE is mandatory.
 * In confidential mode (`config.clientSecret`) it must also authenticate with its secret.
 */
export function dashboardClient(config: SandboxConfig): OAuth2Server.Client {
  return { id: CLIENT_ID, grants: ['authorization_code', 'refresh_token'], redirectUris: config.redirectUris }
}

/** Scopes granted when a request names none (assumed; the vendor's default is not documented). */
export const DEFAULT_SCOPES = ['read', 'write']

/** @node-oauth/oauth2-server's storage model over the sandbox store. Codes and tokens are kept hashed. */
export function oauthModel(store: Store, config: SandboxConfig): Model {
  const client = dashboardClient(config)
  const userById = (id: number) => store.data.users.find((u) => u.id === id)
  const spent = () => (store.data.spentGrants ??= [])
  /** A code or refresh token presented again: end its family, and refuse it (invalid_grant). */
  const replayed = (secret: string) => {
    const record = spent().find((g) => g.hash === hashToken(secret))
    if (record) revokeFamily(store, record.familyId)
    return false as const
  }
  const markSpent = (secret: string, familyId: string | undefined) => {
    if (!familyId) return
    const now = Date.now()
    // Kept as long as a refresh token lives: a replay after that is refused as unknown anyway.
    store.data.spentGrants = spent().filter((g) => now - Date.parse(g.spentAt) < config.refreshTokenTtl * 1000)
    store.data.spentGrants.push({ hash: hashToken(secret), familyId, spentAt: new Date(now).toISOString() })
  }

  return {
    async getClient(clientId, clientSecret) {
      if (clientId !== client.id) return false
      // Confidential: the token route has already required the secret (client-auth.ts); the
      // authorize step asks with none. Public: presenting any secret is a client error, not a free pass.
      if (config.clientSecret) return !clientSecret || clientSecretMatches(clientSecret, config.clientSecret) ? client : false
      return !clientSecret ? client : false
    },

    async validateScope(_user, _client, scope) {
      if (!scope || scope.length === 0) return DEFAULT_SCOPES
      return scope.every((s) => (ALL_SCOPES as readonly string[]).includes(s)) ? scope : false
    },

    async saveAuthorizationCode(code, _client, user) {
      store.data.authorizationCodes.push({
        codeHash: hashToken(code.authorizationCode),
        clientId: client.id,
        userId: user.id,
        redirectUri: code.redirectUri,
        scope: code.scope ?? DEFAULT_SCOPES,
        codeChallenge: code.codeChallenge ?? null,
        codeChallengeMethod: code.codeChallengeMethod ?? null,
        expiresAt: code.expiresAt.toISOString(),
        familyId: randomUUID(),
      })
      store.changed()
      return { ...code, client, user }
    },

    async getAuthorizationCode(authorizationCode) {
      const record = store.data.authorizationCodes.find((c) => c.codeHash === hashToken(authorizationCode))
      if (!record) return replayed(authorizationCode)
      const user = userById(record.userId)
      if (!user) return false
      return {
        authorizationCode,
        expiresAt: new Date(record.expiresAt),
        redirectUri: record.redirectUri,
        scope: record.scope,
        client,
        user: { ...user, familyId: record.familyId } satisfies FamilyUser,
        ...(record.codeChallenge ? { codeChallenge: record.codeChallenge } : {}),
        ...(record.codeChallengeMethod ? { codeChallengeMethod: record.codeChallengeMethod } : {}),
      }
    },

    async revokeAuthorizationCode(code) {
      const before = store.data.authorizationCodes.length
      const hash = hashToken(code.authorizationCode)
      markSpent(code.authorizationCode, store.data.authorizationCodes.find((c) => c.codeHash === hash)?.familyId)
      store.data.authorizationCodes = store.data.authorizationCodes.filter((c) => c.codeHash !== hash)
      store.changed()
      return store.data.authorizationCodes.length < before
    },

    async saveToken(token, _client, user) {
      store.data.oauthTokens.push({
        accessTokenHash: hashToken(token.accessToken),
        accessTokenExpiresAt: (token.accessTokenExpiresAt ?? new Date()).toISOString(),
        refreshTokenHash: token.refreshToken ? hashToken(token.refreshToken) : null,
        refreshTokenExpiresAt: token.refreshTokenExpiresAt?.toISOString() ?? null,
        clientId: client.id,
        userId: user.id,
        scope: token.scope ?? DEFAULT_SCOPES,
        createdAt: new Date().toISOString(),
        familyId: (user as FamilyUser).familyId ?? randomUUID(),
      })
      store.changed()
      return { ...token, client, user }
    },

    async getAccessToken(accessToken) {
      const record = store.data.oauthTokens.find((t) => t.accessTokenHash === hashToken(accessToken))
      const user = record && userById(record.userId)
      if (!record || !user) return false
      return { accessToken, accessTokenExpiresAt: new Date(record.accessTokenExpiresAt), scope: record.scope, client, user }
    },

    async getRefreshToken(refreshToken) {
      const record = store.data.oauthTokens.find((t) => t.refreshTokenHash === hashToken(refreshToken))
      if (!record) return replayed(refreshToken)
      const user = userById(record.userId)
      if (!user) return false
      return {
        refreshToken,
        ...(record.refreshTokenExpiresAt ? { refreshTokenExpiresAt: new Date(record.refreshTokenExpiresAt) } : {}),
        scope: record.scope,
        client,
        user: { ...user, familyId: record.familyId } satisfies FamilyUser,
      }
    },

    // Rotation: the library calls this with the used refresh token before issuing a new pair.
    // The whole grant (its access token too) ends, so a stolen refresh token is good once at most.
    async revokeToken(token) {
      markSpent(token.refreshToken, (token.user as FamilyUser).familyId)
      return revokeGrant(store, token.refreshToken)
    },
  }
}

/** End every token of a family: a replayed code or refresh token means one of them leaked. */
export function revokeFamily(store: Store, familyId: string): void {
  store.data.oauthTokens = store.data.oauthTokens.filter((t) => t.familyId !== familyId)
  store.changed()
}

/** End the grant that `token` (an access or a refresh token) belongs to. True if one ended. */
export function revokeGrant(store: Store, token: string): boolean {
  const hash = hashToken(token)
  const before = store.data.oauthTokens.length
  store.data.oauthTokens = store.data.oauthTokens.filter((t) => t.accessTokenHash !== hash && t.refreshTokenHash !== hash)
  store.changed()
  return store.data.oauthTokens.length < before
}
