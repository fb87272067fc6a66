// Ports of the e2e servers, away from `npm start` (4010, 5173) so both can run at once.
export const E2E_SANDBOX_PORT = 4011
export const E2E_SHORT_TTL_PORT = 4012
/** The preview port is a redirect URI the sandbox registers by default. */
export const E2E_APP = 'http://127.0.0.1:4173'
