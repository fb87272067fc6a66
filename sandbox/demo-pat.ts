import { DEMO_ACCOUNTS, DEMO_OWNER_PAT } from './demo-accounts'
import { hashToken } from './oauth/secrets'
import type { Store } from './store/store'

/** Vendor: personal access tokens expire after six months. */
export const PAT_LIFETIME_DAYS = 182

/** Make sure the demo owner's personal access token exists and is current (it is never printed from storage). */
export function ensureDemoPat(store: Store, now = new Date()): void {
  const owner = store.data.users.find((u) => u.email === DEMO_ACCOUNTS[0].email)
  if (!owner) return
  const tokenHash = hashToken(DEMO_OWNER_PAT)
  const existing = store.data.personalAccessTokens.find((t) => t.tokenHash === tokenHash)
  if (existing?.revokedAt === null && new Date(existing.expiresAt) > now) return
  store.data.personalAccessTokens = store.data.personalAccessTokens.filter((t) => t.tokenHash !== tokenHash)
  store.data.personalAccessTokens.push({
    id: store.nextId(),
    userId: owner.id,
    name: 'Sandbox demo token',
    tokenHash,
    expiresAt: new Date(now.getTime() + PAT_LIFETIME_DAYS * 86_400_000).toISOString(),
    createdAt: now.toISOString(),
    revokedAt: null,
  })
  store.changed()
}
