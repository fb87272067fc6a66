// The demo sign-ins the README and the start-up banner promise. Scripts and tests rely on them.

export const DEMO_PASSWORD = 'demo'

export const DEMO_ACCOUNTS = [
  { email: 'owner@demo.test', role: 'Owner' },
  { email: 'manager@demo.test', role: 'Executive manager' },
  { email: 'member@demo.test', role: 'Regular User' },
] as const

/**
 * A personal access token for the demo owner, fixed so that scripts and docs can use it across
 * restarts and machines, as they would a token copied from the vendor's settings page. It is a
 * demo credential like the password above; the server stores only its hash.
 */
export const DEMO_OWNER_PAT = 'wwpat_demo_owner_0f6b2e9c4d8a17e3b5c2a9d04e7f6183'
