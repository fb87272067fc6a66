import type { TimelineUser } from '@/contract/reports'
import type { CurrentTracker } from '@/contract/time-tracking'
import type { CurrentReading, TimelineReading } from './live-board'

// What the board has read, per member, with when. A small external store rather than one
// TanStack query per member: the scheduler, not each query's refetch timer, decides what is read
// and when (1,000 independent timers would each spend the budget), and the rows need the time of
// each reading to say how fresh they are.

export interface LiveSnapshot {
  timeline: ReadonlyMap<number, TimelineReading>
  currents: ReadonlyMap<number, CurrentReading>
}

export class LiveStore {
  private snapshot: LiveSnapshot = { timeline: new Map(), currents: new Map() }
  private listeners = new Set<() => void>()

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }
  getSnapshot = () => this.snapshot

  setTimeline(users: readonly TimelineUser[], date: string, at: number) {
    const timeline = new Map(this.snapshot.timeline)
    for (const user of users) timeline.set(user.user_id, { user, date, fetchedAt: at })
    this.update({ timeline })
  }

  setCurrent(userId: number, data: CurrentTracker | null, at: number) {
    const previous = this.snapshot.currents.get(userId)
    // Keep what only a clock-in here knew (the exact start, the project) while the same tracker runs.
    const keep = data && previous?.data && previous.data.contract_id === data.contract_id && previous.startedAt !== undefined
    const reading: CurrentReading = keep ? { ...previous, data, checkedAt: at } : { data, checkedAt: at }
    this.update({ currents: new Map(this.snapshot.currents).set(userId, reading) })
  }

  /** A clock-in here: the row shows the tracker at once, with its exact start. */
  clockedIn(userId: number, reading: CurrentReading) {
    this.update({ currents: new Map(this.snapshot.currents).set(userId, reading) })
  }

  private update(part: Partial<LiveSnapshot>) {
    this.snapshot = { ...this.snapshot, ...part }
    for (const listener of this.listeners) listener()
  }
}
