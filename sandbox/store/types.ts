// The sandbox's internal records: normalized, one array per table, serialisable as JSON.
// API shapes (src/contract) are computed from these at response time, so one fact lives in one
// place (a member's name is on the user, not copied into every contract or timesheet).
//
// Dates: `YYYY-MM-DD` strings for calendar days, ISO-8601 UTC strings for instants.

import type { MemberStatus, Role } from '../../src/contract/common'

export type { MemberStatus, Role }

export interface UserRecord {
  id: number
  email: string
  firstname: string
  lastname: string
  timezone: string | null
  avatar: string | null
  /** scrypt hash `salt:hash` (hex); every seeded user shares the demo password. */
  passwordHash: string
  createdAt: string
}

export interface WorkspaceRecord {
  id: number
  name: string
  ownerId: number
  /** ISO 4217, used to format rates and amounts. */
  currency: string
  status: 'active' | 'blocked' | 'deleted'
  createdAt: string
}

export interface TeamRecord {
  id: number
  workspaceId: number
  name: string
  managerIds: number[]
}

/** A user's place in a workspace: role, status and the per-workspace member fields. */
export interface MembershipRecord {
  workspaceId: number
  userId: number
  role: Role
  status: MemberStatus
  teamId: number | null
  title: string | null
  /** Hourly pay rate; `rateStatus` 1 means this member may see rates (assumed meaning). */
  rate: number
  rateStatus: 0 | 1
  rateType: 'hourly' | 'fixed'
  screenshots: 'on' | 'off' | 'blur'
  isBlocked: boolean
  weeklyHoursLimit: number
  createdAt: string
  activatedAt: string | null
  updatedAt: string
  deletedAt: string | null
}

export interface ProjectRecord {
  id: number
  workspaceId: number
  name: string
  ownerId: number
  startDate: string | null
  deadline: string | null
  /** Estimated hours. */
  estimation: number | null
  budget: number | null
  notes: string | null
  icon: string | null
  isBillable: boolean
  rate: number
  weeklyHoursLimit: number
  screenshots: 'on' | 'off' | 'blur'
  tags: string[]
  /** 1 active, 0 archived. */
  status: 0 | 1
  managerIds: number[]
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}

export interface ContractRecord {
  id: number
  workspaceId: number
  projectId: number
  userId: number
  rate: number
  rateType: 'hourly' | 'fixed'
  weeklyHoursLimit: number
  /**
   * The seed's short words for the three common modes; the API's other modes (set through
   * `PUT /contracts`) are kept under their API names. The presenter maps both.
   */
  screenshots: 'on' | 'off' | 'blur' | 'no_preview' | 'background_blurred' | 'video_full' | 'video_blurred' | 'video_full_silent' | 'video_blurred_silent'
  status: 'active' | 'inactive'
  createdAt: string
  updatedAt: string
}

export interface TaskRecord {
  id: number
  workspaceId: number
  projectId: number
  parentId: number | null
  title: string
  description: string | null
  ownerId: number
  creatorId: number
  /** API codes 0, 10, 20, 30 (`done` and `urgent` appear only through the API, not in the seed). */
  status: 'open' | 'in_progress' | 'done' | 'completed'
  /** API codes 10 urgent, 20 high, 30 medium (Normal), 40 low. */
  priority: 'urgent' | 'high' | 'medium' | 'low'
  startDate: string | null
  endDate: string | null
  completedAt: string | null
  assigneeIds: number[]
  createdAt: string
  updatedAt: string
}

/**
 * One stretch of tracked time. Reports, timesheets' daily breakdowns and time entries are all
 * computed from these, so every view of time agrees.
 */
export interface TimeSpanRecord {
  id: string
  workspaceId: number
  userId: number
  contractId: number | null
  projectId: number | null
  taskId: number | null
  /** ISO instants, UTC. */
  start: string
  end: string
  /** The member's local calendar day the span belongs to. */
  date: string
  /** Share of active minutes, 0..100. */
  activity: number
  description: string | null
  method: 'desktop' | 'web' | 'api' | 'manual'
}

/**
 * A tracker that is running now. Stopping it turns it into a TimeSpanRecord with the same id, so
 * the live simulation and the API can tell a session they already ended from one not yet played.
 */
export interface RunningTrackerRecord {
  /** The id its time entry will carry once stopped. */
  id: string
  workspaceId: number
  userId: number
  contractId: number | null
  projectId: number | null
  taskId: number | null
  description: string | null
  /** ISO instant, UTC. */
  startedAt: string
  /** Desktop trackers are invisible to `GET /time-tracking/current-data` (vendor hazard). */
  method: 'desktop' | 'web' | 'api'
  /** When the live simulation will stop it (ISO); null for trackers started through the API. */
  stopsAt: string | null
}

export type TimesheetStatus = 'pending' | 'submitted' | 'approved' | 'rejected'

/** A member's pay period (Monday..Sunday). Totals come from the spans in its range. */
export interface TimesheetRecord {
  id: string
  workspaceId: number
  userId: number
  dateFrom: string
  dateTo: string
  status: TimesheetStatus
  submittedOn: string | null
  rejectReason: string | null
  decidedBy: number | null
  decidedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface TimeRequestRecord {
  id: string
  workspaceId: number
  userId: number
  contractId: number | null
  projectId: number | null
  taskId: number | null
  /** ISO instants. */
  start: string
  end: string
  status: 'pending' | 'approved' | 'rejected'
  notes: string | null
  comment: string | null
  updatedBy: number | null
  createdAt: string
  updatedAt: string
}

export interface LeavePolicyRecord {
  id: number
  workspaceId: number
  name: string
  isPaid: boolean
  /** Days granted per year. */
  daysPerYear: number
}

export interface LeaveRequestRecord {
  id: string
  workspaceId: number
  userId: number
  policyId: number
  status: 'pending' | 'approved' | 'rejected'
  note: string | null
  startDate: string
  endDate: string
  /** Part-day leave, `HH:mm`; null for whole days. */
  startTime: string | null
  endTime: string | null
  createdBy: number
  approvedBy: number | null
  rejectedBy: number | null
  rejectReason: string | null
  createdAt: string
}

export interface ExpenseCategoryRecord {
  id: string
  workspaceId: number
  name: string
}

export interface ExpenseRecord {
  id: string
  workspaceId: number
  userId: number
  categoryId: string
  projectId: number | null
  name: string
  date: string
  amount: number
  note: string | null
  isBillable: boolean
  createdAt: string
}

export interface ProjectViewerRecord {
  workspaceId: number
  userId: number
  status: 'active' | 'inactive' | 'left'
  projectIds: number[]
  memberSince: string
}

export interface WebhookRecord {
  id: string
  workspaceId: number
  url: string
  events: string[]
  token: string
  createdAt: string
}

// --- credentials (tokens are stored as SHA-256 hashes, never in plain text) ---

export interface AuthorizationCodeRecord {
  codeHash: string
  clientId: string
  userId: number
  redirectUri: string
  scope: string[]
  codeChallenge: string | null
  codeChallengeMethod: string | null
  expiresAt: string
  /** The grant this sign-in starts: its tokens, and every rotation of them, share the id. */
  familyId?: string
}

/**
 * A code already redeemed or a refresh token already rotated: presented again, it is a replay,
 * and the whole family it started is revoked (RFC 6749 §4.1.2, the OAuth security BCP).
 */
export interface SpentGrantRecord {
  hash: string
  familyId: string
  spentAt: string
}

export interface OAuthTokenRecord {
  accessTokenHash: string
  accessTokenExpiresAt: string
  refreshTokenHash: string | null
  refreshTokenExpiresAt: string | null
  clientId: string
  userId: number
  scope: string[]
  createdAt: string
  familyId?: string
}

export interface PersonalAccessTokenRecord {
  id: number
  userId: number
  name: string
  tokenHash: string
  expiresAt: string
  createdAt: string
  revokedAt: string | null
}

export interface SandboxData {
  /** Bumped when the shape changes; an older file is re-seeded. */
  version: number
  profile: 'demo' | 'large'
  /** The day the seed was anchored to (its "today"). */
  seedDate: string
  nextId: number
  users: UserRecord[]
  workspaces: WorkspaceRecord[]
  teams: TeamRecord[]
  memberships: MembershipRecord[]
  projects: ProjectRecord[]
  contracts: ContractRecord[]
  tasks: TaskRecord[]
  timeSpans: TimeSpanRecord[]
  /** At most one per user; absent in files saved before live tracking (read as empty). */
  runningTrackers: RunningTrackerRecord[]
  timesheets: TimesheetRecord[]
  timeRequests: TimeRequestRecord[]
  leavePolicies: LeavePolicyRecord[]
  leaveRequests: LeaveRequestRecord[]
  expenseCategories: ExpenseCategoryRecord[]
  expenses: ExpenseRecord[]
  projectViewers: ProjectViewerRecord[]
  webhooks: WebhookRecord[]
  authorizationCodes: AuthorizationCodeRecord[]
  oauthTokens: OAuthTokenRecord[]
  /** Absent in files saved before replay detection (read as empty). */
  spentGrants?: SpentGrantRecord[]
  personalAccessTokens: PersonalAccessTokenRecord[]
}
