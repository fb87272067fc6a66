import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_OWNER_PAT } from '../demo-accounts'
import type { RunningSandbox } from '../server'
import { startTestSandbox } from '../testing/fixture'
import { MAX_BODY_BYTES } from './app'

// A body is read only for a known caller within their limit, and never past 1 MB (issue 14,
// item 8): a stranger's huge POST costs nothing, a member's gets a 413 in the envelope.

let sandbox: RunningSandbox
beforeAll(async () => {
  sandbox = await startTestSandbox({ persist: false, rateLimit: 10_000 })
})
afterAll(() => sandbox.close())

const big = JSON.stringify({ workspace_id: 1000, expense_name: 'x'.repeat(2 * MAX_BODY_BYTES) })
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(new URL('/api/v2/expenses', sandbox.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    // Node's fetch needs this to send a stream (chunked, no content-length).
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)

/** `text` as a chunked stream of 64 kB pieces. */
function chunked(text: string) {
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(offset, (offset += 65_536)))
    },
  })
}

describe('request bodies', () => {
  it('are not read without a valid token', async () => {
    // Not even JSON: had it been read, the answer would be 400.
    const response = await post(`{"broken": ${'x'.repeat(2 * MAX_BODY_BYTES)}`)
    expect(response.status).toBe(401)
  })

  it('over 1 MB answer 413 in the envelope, with or without a content-length', async () => {
    for (const body of [big, chunked(big)]) {
      const response = await post(body, { authorization: `Bearer ${DEMO_OWNER_PAT}` })
      expect(response.status).toBe(413)
      expect(await response.json()).toMatchObject({ success: false, message: 'The request body may not be larger than 1 MB.', error: 'Payload Too Large' })
    }
  })

  it('under 1 MB are read as before', async () => {
    const response = await post(chunked(JSON.stringify({ workspace_id: 1000, expense_name: 'Taxi' })), { authorization: `Bearer ${DEMO_OWNER_PAT}` })
    expect(response.status).toBe(422)
    expect((await response.json()).errors).toHaveProperty('amount')
  })
})

describe('request bodies to the OAuth endpoints, where nobody is known yet', () => {
  it('answer 413 past 1 MB too, with or without a content-length', async () => {
    // A sandbox of its own: after a refused body, Node's fetch may reuse a socket the server is
    // still draining, and a chunked body sent on it fails (the API's 413s above do the same).
    const own = await startTestSandbox({ persist: false })
    try {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x'.repeat(2 * MAX_BODY_BYTES) }).toString()
      for (const body of [chunked(form), form]) {
        const response = await fetch(new URL('/oauth/token', own.origin), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
          ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
        } as RequestInit)
        expect(response.status).toBe(413)
        expect(await response.json()).toEqual({ error: 'invalid_request', error_description: 'The request body may not be larger than 1 MB.' })
      }
    } finally {
      await own.close()
    }
  })
})
