import { UserManager, WebStorageStateStore } from 'oidc-client-ts'
import type { StaticConfig } from '@/lib/config'

// The only module that imports oidc-client-ts. `auth.ts` loads it on demand (a separate chunk of
// ~17 kB gzip), so the sign-in page and sessions on a personal access token never download it.

/** `storagePrefix` starts every key the library writes (the user and pending sign-in states). */
export function createUserManager(config: StaticConfig, origin: string, storage: Storage, storagePrefix: string): UserManager {
  const issuer = new URL(config.oauth.authorizeUrl).origin
  const store = new WebStorageStateStore({ store: storage, prefix: storagePrefix })
  return new UserManager({
    authority: issuer,
    // Explicit metadata: oidc-client-ts then never asks for /.well-known discovery.
    metadata: {
      issuer,
      authorization_endpoint: config.oauth.authorizeUrl,
      token_endpoint: config.oauth.tokenUrl,
      revocation_endpoint: config.oauth.revokeUrl,
    },
    client_id: config.oauth.clientId,
    redirect_uri: `${origin}/callback`,
    response_type: 'code',
    // Without `openid` the library expects no id_token.
    scope: config.oauth.scopes,
    loadUserInfo: false,
    automaticSilentRenew: true,
    userStore: store,
    stateStore: store,
  })
}
