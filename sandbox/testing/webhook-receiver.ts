import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  /** The raw body, exactly as signed. */
  body: string
}

/**
 * A throwaway HTTP endpoint for webhook deliveries: it records every request and answers with
 * the next status from `statuses` (the last one repeats), optionally after `delayMs`.
 */
export async function startWebhookReceiver(options: { statuses?: number[]; delayMs?: number } = {}) {
  const statuses = options.statuses ?? [200]
  const requests: ReceivedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = statuses[Math.min(requests.length - 1, statuses.length - 1)]!
      setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end(String(status)), options.delayMs ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  return {
    url,
    requests,
    /** Resolves once `count` requests have arrived; rejects after `timeoutMs`. */
    async waitFor(count: number, timeoutMs = 5_000): Promise<ReceivedRequest[]> {
      const deadline = Date.now() + timeoutMs
      while (requests.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} webhook requests, got ${requests.length}`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      return requests.slice(0, count)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>
