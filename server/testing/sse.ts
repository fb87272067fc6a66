import type { Browser } from './fixture'

// A Server-Sent Events client for tests: the browser's cookies, the stream read as it comes,
// events waited for by name. (Browser.fetch reads whole answers, which a stream never ends.)

export interface StreamEvent {
  event: string
  id: string | undefined
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any
}

export async function openEvents(browser: Browser, workspaceId: number | string, options: { lastEventId?: string; origin?: string } = {}) {
  const url = new URL(`/events?workspace_id=${workspaceId}`, options.origin ?? browser.origin)
  const headers = new Headers({ accept: 'text/event-stream' })
  if (browser.cookies.size > 0) headers.set('cookie', [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '))
  if (options.lastEventId) headers.set('last-event-id', options.lastEventId)
  const controller = new AbortController()
  const response = await fetch(url, { headers, signal: controller.signal })
  const events: StreamEvent[] = []
  let taken = 0
  let ended = false
  const reading = (async () => {
    if (!response.ok || !response.body) return
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true })
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const fields = { event: 'message', id: undefined as string | undefined, data: [] as string[] }
          for (const line of block.split('\n')) {
            const [name, ...rest] = line.split(':')
            const value = rest.join(':').replace(/^ /, '')
            if (name === 'event') fields.event = value
            else if (name === 'id') fields.id = value
            else if (name === 'data') fields.data.push(value)
          }
          if (fields.data.length > 0) events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data.join('\n')) })
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      ended = true
    }
  })()

  return {
    response,
    events,
    /** The next event not taken yet (of that name, skipping others and heartbeats), within timeoutMs. */
    async next(name?: string, timeoutMs = 5_000): Promise<StreamEvent> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        while (taken < events.length) {
          const event = events[taken++]!
          if (event.event === 'heartbeat') continue
          if (!name || event.event === name) return event
        }
        if (ended) throw new Error(`the stream ended before a${name ? ` ${name}` : 'n'} event`)
        if (Date.now() > deadline) throw new Error(`no ${name ?? ''} event within ${timeoutMs} ms; got ${events.map((e) => e.event).join(', ')}`)
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    },
    /** Resolves when the server has ended the stream. */
    ended: () => reading,
    close: async () => {
      controller.abort()
      await reading
    },
  }
}
