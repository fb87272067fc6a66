import type { Store } from '../store/store'

// The seeded records the fuzzer's valid requests name: one of each kind, in the demo owner's
// workspace, picked by rule from the seed (the same seed date gives the same picks).

function first<T>(items: readonly T[], what: string, test: (item: T) => boolean): T {
  const found = items.find(test)
  if (!found) throw new Error(`The seed has no ${what}; the fuzzer needs one`)
  return found
}

export function seedTargets(store: Store) {
  const { data } = store
  const workspace = first(data.workspaces, 'workspace owned by the demo owner', (w) => w.name === 'Acme Studio')
  const ws = workspace.id
  const inWs = <T extends { workspaceId: number }>(t: T) => t.workspaceId === ws
  // Not the demo member: the fuzzer signs in as them to be refused.
  const demoMember = first(data.users, 'demo member', (u) => u.email === 'member@demo.test').id
  const regulars = data.memberships.filter((m) => inWs(m) && m.role === 'Regular User' && m.status === 'active' && m.userId !== demoMember)
  const onlyHere = (userId: number) => data.memberships.filter((m) => m.userId === userId).length === 1
  const [edited, archived] = regulars.filter((m) => onlyHere(m.userId))
  if (!edited || !archived) throw new Error('The seed has too few regular members for the fuzzer')
  const contract = first(
    data.contracts,
    'active contract of a regular member',
    (k) => inWs(k) && k.status === 'active' && regulars.some((m) => m.userId === k.userId),
  )
  const project = first(data.projects, "that contract's project", (p) => p.id === contract.projectId)
  const task = first(data.tasks, 'task of that project', (t) => t.projectId === project.id)
  const uncontracted = first(
    regulars,
    'member without a contract on that project',
    (m) => !data.contracts.some((k) => k.projectId === project.id && k.userId === m.userId),
  )
  const assigned = first(data.tasks, 'task with an assignee', (t) => inWs(t) && t.assigneeIds.length > 0)
  const viewer = first(data.projectViewers, 'project viewer with a project', (v) => inWs(v) && v.projectIds.length > 0)
  return {
    workspace: ws,
    project: project.id,
    task: task.id,
    contract: contract.id,
    /** A contract nobody tracked time on: the only kind that may be deleted. */
    idleContract: first(data.contracts, 'contract without tracked time', (k) => inWs(k) && !data.timeSpans.some((s) => s.contractId === k.id)).id,
    /** A task, its project and one of its assignees. */
    assignment: { task: assigned.id, project: assigned.projectId, user: assigned.assigneeIds[0]! },
    /** A regular member with that contract: their time is tracked, entered and requested. */
    tracker: contract.userId,
    uncontracted: uncontracted.userId,
    /** Regular members of this workspace only: one to edit, one to archive. */
    edited: edited.userId,
    archived: archived.userId,
    timesheet: first(data.timesheets, 'submitted timesheet', (t) => inWs(t) && t.status === 'submitted').id,
    openTimesheet: first(data.timesheets, 'pending timesheet', (t) => inWs(t) && t.status === 'pending').id,
    timeRequest: first(data.timeRequests, 'pending time request', (r) => inWs(r) && r.status === 'pending').id,
    leaveRequest: first(data.leaveRequests, 'pending leave request', (r) => inWs(r) && r.status === 'pending').id,
    leavePolicy: first(data.leavePolicies, 'leave policy', inWs).id,
    expense: first(data.expenses, 'expense', inWs).id,
    expenseCategory: first(data.expenseCategories, 'expense category', inWs).id,
    viewer: viewer.userId,
    viewerProject: viewer.projectIds[0]!,
    webhook: first(data.webhooks, 'webhook', inWs).id,
    timeEntry: first(data.timeSpans, 'time entry', (s) => inWs(s) && s.userId === contract.userId).id,
  }
}
export type SeedTargets = ReturnType<typeof seedTargets>
