// A vendor that does not serve browsers sends no CORS headers: the browser then refuses to read
// its answers and fetch throws a TypeError, exactly as it does offline. A `no-cors` request
// tells the two apart: it reaches a server that is up (its answer is opaque, but it arrives) and
// fails only when the network does.

const COMPANION_HINT = "run the companion server (npm run start:server) — see README 'Companion server'."

/** What the API client says when the vendor is up but refuses the browser (static mode). */
export const API_BROWSER_BLOCKED = `This WebWork server does not accept requests from a browser alone; ${COMPANION_HINT}`

/** What the callback page says when the token endpoint is up but refuses the browser. */
export const BROWSER_SIGN_IN_BLOCKED = `This WebWork server does not accept sign-in from a browser alone; ${COMPANION_HINT}`

/** True when `url`'s server answers a request that needs no CORS: it is up, and refused the browser. */
export function reachableWithoutCors(url: string, fetchFn: typeof fetch): Promise<boolean> {
  return fetchFn(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' }).then(
    () => true,
    () => false,
  )
}
