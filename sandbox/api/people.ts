import type { Store } from '../store/store'
import type { UserRecord } from '../store/types'

/** `Ava Owens` — how the vendor's messages name people. */
export const fullName = (user: Pick<UserRecord, 'firstname' | 'lastname'>) => `${user.firstname} ${user.lastname}`

export function userById(store: Store, id: number): UserRecord {
  const user = store.data.users.find((u) => u.id === id)
  if (!user) throw new Error(`Data error: user ${id} is referenced but does not exist`)
  return user
}

/** `2024-01-15 10:30:00`, the clock format of the vendor's chat-bot messages. */
export const messageClock = (instant = new Date()) => instant.toISOString().slice(0, 19).replace('T', ' ')

/** The calendar day of `instant` in `timeZone` (UTC when the member has none). */
export function localDate(instant: Date, timeZone: string | null): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
}

/**
 * The user an invitation is for: the existing account with that email (people may belong to
 * several workspaces), or a new one that cannot sign in until the invitation is accepted.
 */
export function invitedUser(store: Store, person: { email: string; firstname: string; lastname: string }, now: string): UserRecord {
  const email = person.email.toLowerCase()
  const existing = store.data.users.find((u) => u.email.toLowerCase() === email)
  if (existing) return existing
  const user: UserRecord = {
    id: store.nextId(),
    email,
    firstname: person.firstname,
    lastname: person.lastname,
    timezone: null,
    avatar: null,
    passwordHash: '',
    createdAt: now,
  }
  store.data.users.push(user)
  return user
}
