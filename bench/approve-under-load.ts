import { memberListSchema } from '../src/contract/members'
import { decide } from '../src/api/approvals/requests'
import { api } from '../src/lib/api/client'
import type { RunningSandbox } from '../sandbox/server'
import { configureAppClient } from './app-client'

// The p95 time from an approve to the sandbox recording it, while background refetches keep the
// 60-a-minute budget saturated. It drives the app's own client, rate budget and decision request
// over real HTTP (the browser adds nothing to the scheduling), and counts every 429.

const APPROVALS = 20
const SPACING_MS = 3_000
/** Background work kept waiting at all times: far more than a minute's budget. */
const BACKLOG = 80

export async function approveUnderLoad(sandbox: RunningSandbox, workspaceId: number) {
  const statuses = configureAppClient(sandbox)

  let stopped = false
  let backgroundDone = 0
  const backgroundWorker = async () => {
    for (let page = 1; !stopped; page = (page % 10) + 1) {
      await api.get('/members', { schema: memberListSchema, params: { workspace_id: workspaceId, page, per_page: 100 }, priority: 'background' }).then(
        () => backgroundDone++,
        () => undefined,
      )
    }
  }
  const workers = Array.from({ length: BACKLOG }, backgroundWorker)

  const submitted = sandbox.store.data.timesheets.filter((t) => t.workspaceId === workspaceId && t.status === 'submitted').slice(0, APPROVALS)
  const latencies: number[] = []
  for (const timesheet of submitted) {
    await new Promise((resolve) => setTimeout(resolve, SPACING_MS))
    const started = performance.now()
    const recorded = waitFor(() => timesheet.status === 'approved')
    await decide(workspaceId, 'timesheet', timesheet.id, 'approve')
    await recorded
    latencies.push(performance.now() - started)
  }
  stopped = true
  await Promise.allSettled(workers)
  api.budget.dispose()

  latencies.sort((a, b) => a - b)
  return {
    approvals: latencies.length,
    p50: latencies[Math.floor(latencies.length * 0.5)] ?? NaN,
    p95: latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] ?? NaN,
    backgroundDone,
    requests: statuses.length,
    tooMany: statuses.filter((s) => s === 429).length,
  }
}

/** Resolves once `done()` is true, checked every few milliseconds (the sandbox runs in this process). */
function waitFor(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (done() ? resolve() : setTimeout(check, 2))
    check()
  })
}
