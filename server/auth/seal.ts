import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

// Secrets the server keeps in its store (session tokens, webhook signing secrets) are sealed with
// AES-256-GCM under a key derived from SESSION_SECRET, one key per purpose: a copy of the store (a
// Redis dump) holds nothing usable.

const keyFor = (secret: string, purpose: string) => Buffer.from(hkdfSync('sha256', secret, 'webwork-companion-server', purpose, 32))

export function seal(secret: string, purpose: string, value: unknown): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** Undefined when the seal was made with another secret or purpose, or was tampered with. */
export function unseal<T>(secret: string, purpose: string, sealed: string): T | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as T
  } catch {
    return undefined
  }
}
