import type { ServerStore, WindowCount } from './store'

interface Entry {
  value: string
  expiresAt: number
}

/** One process's store: a Map with expiry. Values are copied through JSON, as Redis would. */
export class MemoryStore implements ServerStore {
  private readonly entries = new Map<string, Entry>()
  private readonly windows = new Map<string, { count: number; expiresAt: number }>()
  private readonly sweeper: NodeJS.Timeout

  constructor(private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000)
    this.sweeper.unref()
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.live(key)
    return entry ? (JSON.parse(entry.value) as T) : undefined
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.entries.set(key, { value: JSON.stringify(value), expiresAt: this.now() + ttlMs })
  }

  async setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false
    await this.set(key, value, ttlMs)
    return true
  }

  async take<T>(key: string): Promise<T | undefined> {
    const value = await this.get<T>(key)
    this.entries.delete(key)
    return value
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key)
    this.windows.delete(key)
  }

  async touch(key: string, ttlMs: number): Promise<void> {
    const entry = this.live(key)
    if (entry) entry.expiresAt = this.now() + ttlMs
  }

  private window(key: string, windowMs: number) {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || window.expiresAt <= now) {
      window = { count: 0, expiresAt: now + windowMs }
      this.windows.set(key, window)
    }
    return window
  }

  async increment(key: string, windowMs: number, max = Infinity): Promise<WindowCount & { counted: boolean }> {
    const window = this.window(key, windowMs)
    const counted = window.count < max
    if (counted) window.count += 1
    return { count: window.count, resetMs: window.expiresAt - this.now(), counted }
  }

  async raise(key: string, count: number, windowMs: number): Promise<void> {
    const window = this.window(key, windowMs)
    window.count = Math.max(window.count, count)
  }

  private sweep() {
    const now = this.now()
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key)
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key)
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper)
  }
}
