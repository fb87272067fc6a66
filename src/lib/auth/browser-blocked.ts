import { BROWSER_SIGN_IN_BLOCKED, reachableWithoutCors } from '@/lib/api/cors-probe'

export { BROWSER_SIGN_IN_BLOCKED }

export const SIGN_IN_UNREACHABLE = 'WebWork could not be reached to finish the sign-in. Check your connection and try again.'

/**
 * The token request failed on the network (a TypeError from fetch): say why in plain words. A
 * token endpoint without CORS headers (a vendor that does not serve browsers) needs the
 * companion server; one that cannot be reached at all is the connection. Other errors (the
 * server's own refusal, such as invalid_client) are kept as they are.
 */
export async function explainTokenFailure(error: unknown, tokenUrl: string, fetchFn: typeof fetch): Promise<unknown> {
  if (!(error instanceof TypeError)) return error
  const blocked = await reachableWithoutCors(tokenUrl, fetchFn)
  return new Error(blocked ? BROWSER_SIGN_IN_BLOCKED : SIGN_IN_UNREACHABLE, { cause: error })
}
