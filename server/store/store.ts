// All state the server shares between requests (and, with Redis, between processes) goes through
// this one small interface: sessions, pending sign-ins, the per-user budget window, and the live
// board's state (who is tracking, per workspace) with its events (pub/sub).

export interface WindowCount {
  /** Requests counted in the current window, this one included. */
  count: number
  /** Milliseconds until the window closes. */
  resetMs: number
}

export interface ServerStore {
  /** A JSON value, or undefined when absent or expired. */
  get<T>(key: string): Promise<T | undefined>
  /** Store a JSON value for ttlMs. */
  set(key: string, value: unknown, ttlMs: number): Promise<void>
  /** Store only if the key is absent (a lock); true when this call stored it. */
  setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean>
  /** Read and delete in one step (one-time values such as a sign-in's state). */
  take<T>(key: string): Promise<T | undefined>
  delete(key: string): Promise<void>
  /** Keep a value for another ttlMs from now, without rewriting it (PEXPIRE). */
  touch(key: string, ttlMs: number): Promise<void>
  /**
   * Count one more in a fixed window that opens at the first count and lasts windowMs (INCR, then
   * PEXPIRE when it is new). `max`: count only while below it; a refused call adds nothing.
   */
  increment(key: string, windowMs: number, max?: number): Promise<WindowCount & { counted: boolean }>
  /** Raise a window's count to at least `count` (the vendor said fewer are left than we thought). */
  raise(key: string, count: number, windowMs: number): Promise<void>
  /**
   * Write one field of a hash unless it holds a version at least as new (events that arrive late
   * or twice lose), and count the write in the hash's revision, all in one step. Returns the new
   * revision, or 0 when nothing was written. The hash lives ttlMs after its last write.
   */
  putIfNewer(key: string, field: string, version: number, value: unknown, ttlMs: number): Promise<number>
  /** Every field of such a hash (its value) and its revision (0 when absent), read at once. */
  readVersioned<T>(key: string): Promise<{ fields: Map<string, T>; revision: number }>
  /** Send a message to every subscriber of the channel, in any process sharing the store. */
  publish(channel: string, message: string): Promise<void>
  /** Receive the channel's messages until the returned function is called. */
  subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>>
  close(): Promise<void>
}
