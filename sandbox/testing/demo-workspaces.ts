import { workspaceListSchema } from '../../src/contract/workspaces'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { api, signIn, startTestSandbox } from './fixture'

/**
 * A fresh sandbox with the demo workspaces' ids and a token per demo role: the owner (PAT; Owner
 * of Acme, Executive manager of Northwind), the manager (Executive manager who may not see
 * rates) and the member (Regular User, whom the API refuses).
 */
export async function startDemoWorkspaces(options: Parameters<typeof startTestSandbox>[0] = {}) {
  const sandbox: RunningSandbox = await startTestSandbox({ persist: false, rateLimit: 10_000, ...options })
  const workspaces = workspaceListSchema.parse((await api(sandbox.origin, '/workspaces', { token: DEMO_OWNER_PAT })).body).data
  const idOf = (name: string) => workspaces.find((w) => w.workspace_name === name)!.id
  const [manager, member] = await Promise.all([signIn(sandbox.origin, 'manager@demo.test'), signIn(sandbox.origin, 'member@demo.test')])
  return {
    sandbox,
    acme: idOf('Acme Studio'),
    northwind: idOf('Northwind Labs'),
    ownerToken: DEMO_OWNER_PAT,
    managerToken: manager.access_token,
    memberToken: member.access_token,
    /** A call as the owner unless another token is given. */
    call: (path: string, init: Parameters<typeof api>[2] = {}) => api(sandbox.origin, path, { token: DEMO_OWNER_PAT, ...init }),
  }
}
export type DemoWorkspaces = Awaited<ReturnType<typeof startDemoWorkspaces>>
