import type { ServerStore, WindowCount } from './store'

interface Entry {
  value: string
  expiresAt: number
}

interface VersionedHash {
  fields: Map<string, { version: number; value: string }>
  revision: number
  expiresAt: number
}

/** One process's store: a Map with expiry. Values are copied through JSON, as Redis would. */
export class MemoryStore implements ServerStore {
  private readonly entries = new Map<string, Entry>()
  private readonly windows = new Map<string, { count: number; expiresAt: number }>()
  private readonly hashes = new Map<string, VersionedHash>()
  private readonly channels = new Map<string, Set<(message: string) => void>>()
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
    this.hashes.delete(key)
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

  private liveHash(key: string): VersionedHash | undefined {
    const hash = this.hashes.get(key)
    if (hash && hash.expiresAt <= this.now()) {
      this.hashes.delete(key)
      return undefined
    }
    return hash
  }

  async putIfNewer(key: string, field: string, version: number, value: unknown, ttlMs: number): Promise<number> {
    const hash = this.liveHash(key) ?? { fields: new Map(), revision: 0, expiresAt: 0 }
    const current = hash.fields.get(field)
    if (current && current.version >= version) return 0
    hash.fields.set(field, { version, value: JSON.stringify(value) })
    hash.revision += 1
    hash.expiresAt = this.now() + ttlMs
    this.hashes.set(key, hash)
    return hash.revision
  }

  async readVersioned<T>(key: string): Promise<{ fields: Map<string, T>; revision: number }> {
    const hash = this.liveHash(key)
    const fields = new Map<string, T>()
    for (const [field, { value }] of hash?.fields ?? []) fields.set(field, JSON.parse(value) as T)
    return { fields, revision: hash?.revision ?? 0 }
  }

  async publish(channel: string, message: string): Promise<void> {
    // Asynchronously, as Redis delivers: a publisher never runs its subscribers' code inline.
    for (const listener of this.channels.get(channel) ?? []) queueMicrotask(() => listener(message))
  }

  async subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>> {
    const listeners = this.channels.get(channel) ?? new Set()
    listeners.add(listener)
    this.channels.set(channel, listeners)
    return async () => {
      listeners.delete(listener)
      if (listeners.size === 0) this.channels.delete(channel)
    }
  }

  private sweep() {
    const now = this.now()
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key)
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key)
    for (const [key, hash] of this.hashes) if (hash.expiresAt <= now) this.hashes.delete(key)
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper)
  }
}
