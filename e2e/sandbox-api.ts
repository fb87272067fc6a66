import { DEMO_OWNER_PAT } from '../sandbox/demo-accounts'
import { E2E_SANDBOX_PORT } from './ports'

// The e2e sandbox's API as the demo owner sees it: specs check what they did here, not only on
// screen.

export const API = `http://127.0.0.1:${E2E_SANDBOX_PORT}/api/v2`
export const WS = 1000

export async function sandboxApi<T = { data: Record<string, unknown>[] }>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${DEMO_OWNER_PAT}`, 'content-type': 'application/json', ...init.headers },
  })
  return (await response.json()) as T
}
