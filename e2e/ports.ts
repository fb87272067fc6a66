// Ports of the e2e servers, away from `npm start` (4010, 5173) so both can run at once.
// `E2E_PORT_OFFSET` shifts them all, so that several runs can share one machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0)

export const E2E_SANDBOX_PORT = 4011 + offset
export const E2E_SHORT_TTL_PORT = 4012 + offset
/** A sandbox answering in the docs dialect (`--dialect docs`): the vendor's own shapes. */
export const E2E_DOCS_PORT = 4013 + offset
/** A sandbox in confidential mode (client secret, no CORS), behind the companion server. */
export const E2E_CONFIDENTIAL_PORT = 4014 + offset
/** The companion server in front of the confidential sandbox, serving the same build. */
export const E2E_SERVER_PORT = 8081 + offset
export const E2E_SERVER_APP = `http://127.0.0.1:${E2E_SERVER_PORT}`
export const E2E_PREVIEW_PORT = 4173 + offset
export const E2E_APP = `http://127.0.0.1:${E2E_PREVIEW_PORT}`
/** The sandbox registers the app's callback as a redirect URI (the default list covers 4173 only). */
export const E2E_REDIRECT_URIS = `${E2E_APP}/callback`
/** Where a run keeps its files, apart from a run with another offset. */
export const E2E_RESULTS = offset ? `test-results/e2e-${offset}` : 'test-results'
