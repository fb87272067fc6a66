import { readdir, readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { memberListSchema } from '../../src/contract/members'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import { api, signIn, startTestSandbox, tempDataDir } from '../testing/fixture'

async function acmeId(origin: string) {
  const body = (await api(origin, '/workspaces', { token: DEMO_OWNER_PAT })).body
  return (body.data as { id: number; workspace_name: string }[]).find((w) => w.workspace_name === 'Acme Studio')!.id
}

describe('persistence', () => {
  it('keeps changes and tokens across a restart, and --reset restores the seed', async () => {
    const dataDir = await tempDataDir()
    const first = await startTestSandbox({ dataDir })
    const acme = await acmeId(first.origin)
    const invite = await api(first.origin, `/members?workspace_id=${acme}`, {
      token: DEMO_OWNER_PAT,
      method: 'POST',
      body: { email: 'kept@acme.test', firstname: 'Kept', lastname: 'Across', role: 'Regular User' },
    })
    expect(invite.status).toBe(201)
    const tokens = await signIn(first.origin, 'manager@demo.test')
    await first.close()

    const second = await startTestSandbox({ dataDir })
    const find = (origin: string) =>
      api(origin, `/members?workspace_id=${acme}&email=kept@acme.test`, { token: DEMO_OWNER_PAT }).then((r) => memberListSchema.parse(r.body).data)
    expect(await find(second.origin)).toHaveLength(1)
    expect((await api(second.origin, '/workspaces', { token: tokens.access_token })).status).toBe(200)
    await second.close()

    const reset = await startTestSandbox({ dataDir, reset: true })
    expect(await find(reset.origin)).toHaveLength(0)
    expect((await api(reset.origin, '/workspaces', { token: tokens.access_token })).status).toBe(401)
    await reset.close()
  })

  it('writes atomically: no temporary file is left, and the file always parses', async () => {
    const dataDir = await tempDataDir()
    const sandbox = await startTestSandbox({ dataDir })
    const acme = await acmeId(sandbox.origin)
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        api(sandbox.origin, `/members?workspace_id=${acme}`, {
          token: DEMO_OWNER_PAT,
          method: 'POST',
          body: { email: `burst${i}@acme.test`, firstname: 'B', lastname: String(i), role: 'Regular User' },
        }),
      ),
    )
    await sandbox.store.flush()
    const files = await readdir(dataDir)
    expect(files).toEqual(['demo.json'])
    const saved = JSON.parse(await readFile(`${dataDir}/demo.json`, 'utf8'))
    expect(saved.users.filter((u: { email: string }) => u.email.startsWith('burst'))).toHaveLength(5)
    await sandbox.close()
  })

  it('refuses to start on a corrupt data file rather than silently replacing it', async () => {
    const dataDir = await tempDataDir()
    await writeFile(`${dataDir}/demo.json`, '{"version": 1, "users": [')
    await expect(startTestSandbox({ dataDir })).rejects.toThrow(SyntaxError)
  })
})
