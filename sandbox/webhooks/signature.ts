import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

// Assumed scheme (the vendor's is not documented): `X-WebWork-Signature: t=<unix seconds>,v1=<hex>`,
// where hex is HMAC-SHA256 of `<t>.<raw body>` keyed with the webhook's token. The time is signed
// with the body, so a captured delivery cannot be replayed outside the tolerance window.

/** How far a delivery's time may be from the receiver's clock (either way). */
export const SIGNATURE_TOLERANCE_S = 5 * 60

const hmac = (token: string, timestamp: number, rawBody: string) => createHmac('sha256', token).update(`${timestamp}.${rawBody}`).digest('hex')

export function signBody(token: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(token, timestamp, rawBody)}`
}

/** What a receiver makes of a delivery's signature header. */
export type SignatureCheck = 'valid' | 'invalid' | 'expired'

/**
 * For receivers: `invalid` unless the HMAC matches (compared in constant time, so the check leaks
 * nothing about the secret); a matching one whose time is outside the window is `expired` (a
 * replay, or a clock far off), told apart so that a receiver can say which.
 */
export function checkSignature(
  token: string,
  rawBody: string,
  header: string | null | undefined,
  now = Date.now(),
  toleranceS = SIGNATURE_TOLERANCE_S,
): SignatureCheck {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]))
  const timestamp = Number(parts.t)
  if (!parts.v1 || !Number.isInteger(timestamp)) return 'invalid'
  const expected = Buffer.from(hmac(token, timestamp, rawBody))
  const given = Buffer.from(parts.v1)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
  return Math.abs(now / 1000 - timestamp) > toleranceS ? 'expired' : 'valid'
}

/** The header's time is within the window and its HMAC matches. */
export function verifySignature(
  token: string,
  rawBody: string,
  header: string | null | undefined,
  now = Date.now(),
  toleranceS = SIGNATURE_TOLERANCE_S,
): boolean {
  return checkSignature(token, rawBody, header, now, toleranceS) === 'valid'
}

/** `whsec_` and 32 hex digits, like the seed's webhook and the docs' example. */
export const newWebhookToken = () => `whsec_${randomBytes(16).toString('hex')}`
