/** The kinds of pending decision an owner makes: each is its own resource's approve/reject. */
export type InboxKind = 'timesheet' | 'time-request' | 'leave'

/** Which pending item a decision is about. */
export interface ApprovalRef {
  kind: InboxKind
  id: string
}
