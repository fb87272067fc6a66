// All state the server shares between requests (and, with Redis, between processes) goes through
// this one small interface: sessions, pending sign-ins and the per-user budget window.

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
  close(): Promise<void>
}
