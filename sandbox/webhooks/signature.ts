import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// Assumed scheme (the vendor's is not documented): HMAC-SHA256 of the raw request body, keyed
// with the webhook's token, hex-encoded, sent as `X-WebWork-Signature: sha256=<hex>`.

export function signBody(token: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', token).update(rawBody).digest('hex')}`
}

/** For receivers: compare in constant time, so the check leaks nothing about the secret. */
export function verifySignature(token: string, rawBody: string, header: string | null | undefined): boolean {
  if (!header) return false
  const expected = Buffer.from(signBody(token, rawBody))
  const given = Buffer.from(header)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** `whsec_` and 32 hex digits, like the seed's webhook and the docs' example. */
export const newWebhookToken = () => `whsec_${randomBytes(16).toString('hex')}`
