import { z } from 'zod'
import { API_VERSION, errorEnvelopeSchema } from '../../src/contract/envelope'
import type { FuzzCase } from './requests'

// What every answer to a fuzzed request must be, and the counts the fuzzer prints.

/** The statuses the API answers with (README "Errors and status codes", plus 413 and 429). */
const API_STATUSES = new Set([200, 201, 202, 400, 401, 403, 404, 409, 413, 422, 429])

/** The documented error envelope, as the sandbox writes it: `success: false`, a message, `meta`. */
const sandboxErrorSchema = errorEnvelopeSchema.extend({
  success: z.literal(false),
  error: z.string().nullable(),
  meta: z.object({ api_version: z.literal(API_VERSION), timestamp: z.string().min(1) }),
})

/** RFC 6749 §5.2's error answer. */
const oauthErrorSchema = z.object({
  error: z.enum([
    'invalid_request',
    'invalid_client',
    'invalid_grant',
    'unauthorized_client',
    'unsupported_grant_type',
    'invalid_scope',
    'access_denied',
    'server_error',
  ]),
  error_description: z.string().optional(),
})

/** What is wrong with the answer to `c`, or null when nothing is. */
export async function judge(c: FuzzCase, response: Response): Promise<string | null> {
  const { status } = response
  const text = await response.text()
  if (status >= 500) return `answered ${status}: ${text.slice(0, 300)}`
  if (c.expect && !c.expect.includes(status)) return `answered ${status}, expected ${c.expect.join(' or ')}: ${text.slice(0, 300)}`
  const type = response.headers.get('content-type') ?? ''
  if (c.answers === 'html') {
    if (status >= 400 && !type.startsWith('text/html')) return `a ${status} page that is ${type || 'untyped'}`
    return null
  }
  if (c.answers === 'oauth') {
    if (status === 200 && text === '') return null // revocation answers an empty 200 (RFC 7009)
    const parsed = parseJson(text)
    if (status === 200) return parsed === undefined ? `a 200 that is not JSON: ${text.slice(0, 300)}` : null
    const refusal = oauthErrorSchema.safeParse(parsed)
    return refusal.success ? null : `a ${status} that is not an OAuth error (${refusal.error.issues[0]?.message}): ${text.slice(0, 300)}`
  }
  if (!API_STATUSES.has(status)) return `answered ${status}, which the API does not use`
  if (!type.startsWith('application/json')) return `a ${status} that is ${type || 'untyped'}, not JSON`
  const parsed = parseJson(text) as { success?: unknown } | undefined
  if (status < 300) return parsed?.success === true ? null : `a ${status} without success: true: ${text.slice(0, 300)}`
  const refusal = sandboxErrorSchema.safeParse(parsed)
  return refusal.success
    ? null
    : `a ${status} outside the error envelope (${refusal.error.issues[0]?.path.join('.')}: ${refusal.error.issues[0]?.message}): ${text.slice(0, 300)}`
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Cases tried, accepted, refused by status, server errors and the slowest case, for one summary line. */
export class Tally {
  private readonly refused = new Map<number, number>()
  private tried = 0
  private accepted = 0
  private serverErrors = 0
  private slowest = { ms: 0, label: '' }

  record(status: number, ms: number, label: string): void {
    this.tried++
    if (status >= 500) this.serverErrors++
    else if (status < 400) this.accepted++
    else this.refused.set(status, (this.refused.get(status) ?? 0) + 1)
    if (ms > this.slowest.ms) this.slowest = { ms, label }
  }

  /** `fuzz sandbox API: 4210 cases, 3987 refused (422: 3501, 404: …), 223 accepted, 0 server errors; slowest …` */
  summary(name: string): string {
    const refusedCount = [...this.refused.values()].reduce((a, b) => a + b, 0)
    const byStatus = [...this.refused.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ')
    // Printed, not asserted (timing is the bench's business): a case taking seconds is a finding.
    const slowest = `slowest ${Math.round(this.slowest.ms)} ms (${this.slowest.label})`
    return `fuzz ${name}: ${this.tried} cases, ${refusedCount} refused (${byStatus}), ${this.accepted} accepted, ${this.serverErrors} server errors; ${slowest}`
  }
}
