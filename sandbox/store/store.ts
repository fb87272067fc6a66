import { join } from 'node:path'
import { generateSeed } from '../seed/generate'
import { hashPassword } from '../oauth/secrets'
import { DEMO_PASSWORD } from '../demo-accounts'
import { readJson, writeJsonAtomic } from './persistence'
import type { SandboxData, TimeSpanRecord } from './types'

export const DATA_VERSION = 1

export interface StoreOptions {
  dataDir: string
  profile: SandboxData['profile']
  seedDate?: string
  /** The sandbox clock's now (epoch ms): a new seed ends there, and its day is the default seed date. */
  now: number
  reset: boolean
  persist: boolean
}

/**
 * The sandbox's state: one in-memory object, saved as a whole after changes. Saves are
 * coalesced (a burst of writes costs one save) and serialised (never two at once). The API awaits
 * `flush()` before answering a write, so nothing answered with 2xx is lost to a crash. A failed
 * save (disk full, the file replaced by a folder) never crashes the process: it is logged, the
 * data stays marked unsaved and is retried, and `saveError` tells the API to refuse writes.
 */
export class Store {
  private saving: Promise<void> = Promise.resolve()
  private dirty = false
  private timer: NodeJS.Timeout | undefined
  private retryTimer: NodeJS.Timeout | undefined
  private spanIndex: Map<number, TimeSpanRecord[]> | undefined
  /** The last save's failure, until a save succeeds again. */
  saveError: Error | null = null

  private constructor(
    readonly data: SandboxData,
    readonly file: string | null,
  ) {}

  static async open(options: StoreOptions): Promise<Store> {
    const file = join(options.dataDir, `${options.profile}.json`)
    const saved = options.reset ? undefined : ((await readJson(file)) as SandboxData | undefined)
    if (saved && saved.version === DATA_VERSION && saved.profile === options.profile) {
      saved.runningTrackers ??= [] // files saved before live tracking existed
      return new Store(saved, options.persist ? file : null)
    }
    const data = generateSeed({
      profile: options.profile,
      seedDate: options.seedDate ?? new Date(options.now).toISOString().slice(0, 10),
      now: options.now,
      passwordHash: hashPassword(DEMO_PASSWORD, 'sandbox-demo-salt'),
    })
    const store = new Store(data, options.persist ? file : null)
    await store.flush(true)
    return store
  }

  nextId(): number {
    return this.data.nextId++
  }

  /** A user's tracked spans, oldest first. Timesheets, reports and time entries all read these. */
  spansOf(userId: number): readonly TimeSpanRecord[] {
    if (!this.spanIndex) {
      this.spanIndex = new Map()
      for (const span of this.data.timeSpans) {
        const list = this.spanIndex.get(span.userId)
        if (list) list.push(span)
        else this.spanIndex.set(span.userId, [span])
      }
      for (const list of this.spanIndex.values()) list.sort((a, b) => a.start.localeCompare(b.start))
    }
    return this.spanIndex.get(userId) ?? []
  }

  /** Call after adding, changing or removing spans. */
  spansChanged(): void {
    this.spanIndex = undefined
    this.changed()
  }

  /** Call after every mutation; the save follows shortly after. */
  changed(): void {
    if (!this.file) return
    this.dirty = true
    this.timer ??= setTimeout(() => {
      this.timer = undefined
      // A failure is logged and retried inside flush().
      this.flush().catch(() => undefined)
    }, 50)
  }

  /** Resolves when everything changed so far is on disk; rejects when that save failed. */
  async flush(force = false): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = undefined
    }
    if (!this.file || (!this.dirty && !force)) return this.saving
    this.dirty = false
    const file = this.file
    const save = this.saving.catch(() => undefined).then(() => writeJsonAtomic(file, this.data))
    this.saving = save.then(
      () => {
        this.saveError = null
      },
      (error: Error) => {
        console.error(`The sandbox could not save ${file}; it keeps the data and retries:`, error.message)
        this.saveError = error
        this.dirty = true
        this.retryTimer ??= setTimeout(() => {
          this.retryTimer = undefined
          this.flush().catch(() => undefined)
        }, SAVE_RETRY_MS)
        throw error
      },
    )
    return this.saving
  }

  /** Stops the save retries (the sandbox is shutting down). */
  close(): void {
    clearTimeout(this.timer)
    clearTimeout(this.retryTimer)
  }
}

/** How soon a failed save is tried again. */
const SAVE_RETRY_MS = 1000
