import type { InProcessSandbox } from '../testing/in-process'
import { API, apiEndpoints, type FuzzEndpoint } from './endpoints'
import { type FuzzCase, setUpRequest, validRequest } from './requests'
import { seedTargets } from './targets'

// Endpoint by endpoint, each from the seed as it was: another endpoint's requests may have
// archived the project or paused the contract that this one's valid request names.

export const send = (sandbox: InProcessSandbox, c: FuzzCase) => sandbox.request(c.url, { method: c.method, headers: c.headers, body: c.body })

/** Runs `visit` for each endpoint on a fresh copy of the seed, after the endpoint's set-up. */
export async function eachFromSeed(sandbox: InProcessSandbox, endpoints: readonly FuzzEndpoint[], owner: string, visit: (e: FuzzEndpoint) => Promise<void>) {
  const restore = sandbox.checkpoint()
  let changed = false
  for (const e of endpoints) {
    // Reads change nothing: the copy is only made again after a write (it costs ~20 ms).
    if (changed) restore()
    changed = e.method !== 'GET' || e.setUp !== undefined
    const setUp = setUpRequest(e, owner)
    const made = setUp && (await send(sandbox, setUp))
    if (made && !made.ok) throw new Error(`${setUp!.label} answered ${made.status}: ${await made.text()}`)
    await visit(e)
  }
}

/**
 * Every endpoint's answer to its valid request, by `METHOD /path` with `:params` (`GET
 * /tasks/:taskId`): a sample of each success shape the sandbox writes.
 */
export async function validAnswers(sandbox: InProcessSandbox): Promise<Map<string, unknown>> {
  const answers = new Map<string, unknown>()
  await eachFromSeed(sandbox, apiEndpoints(seedTargets(sandbox.ctx.store)), sandbox.ownerToken, async (e) => {
    const response = await send(sandbox, validRequest(e, sandbox.ownerToken))
    if (!response.ok) throw new Error(`The valid request of ${e.method} ${e.route} answered ${response.status}: ${await response.text()}`)
    answers.set(`${e.method} ${e.route.slice(API.length)}`, await response.json())
  })
  return answers
}
