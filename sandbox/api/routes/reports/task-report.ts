import type { Context } from 'hono'
import { taskReportQuerySchema } from '../../../../src/contract/report-queries'
import type { TaskReportUserWire, TaskReportWire } from '../../../../src/contract/reports'
import type { ApiEnv, SandboxContext } from '../../../context'
import { paginate, success } from '../../envelope'
import { parseInput } from '../../validate'
import { workspaceScope } from '../../workspace-scope'
import { lookups, reportMembers, reportQuery, spanMinutes, spansInRange, userHead } from './report-data'

/** Rows while they are summed (the wire types leave names and ids optional). */
type TaskTotal = { task_id: number | null; task_name: string | null; project_id: number | null; project_name: string | null; total_minutes: number }
type TaskDayEntry = { task_id: number | null; project_id: number | null; total_minutes: number }

/**
 * `GET /reports/task-report`: minutes per task per user over at most 31 days, with a per-day
 * breakdown. Time without a task is one row with `task_id: null`, left out by
 * `include_no_task=false`; `task_id` selects tasks and (unless excluded) still keeps that row.
 */
export function taskReport(ctx: SandboxContext, c: Context<ApiEnv>) {
  const { store } = ctx
  const scope = workspaceScope(ctx, c)
  const query = parseInput(taskReportQuerySchema, reportQuery(c))
  const look = lookups(store, scope.workspace.id)
  const projects = query.project_id && new Set(query.project_id)
  const tasks = query.task_id && new Set(query.task_id)
  const members = reportMembers(store, scope, look, query.start_date, query.end_date, query.users)
  const page = paginate(members, query)

  const users = page.data.map(({ user }): TaskReportUserWire => {
    const totals = new Map<string, TaskTotal>()
    const daily: Record<string, TaskDayEntry[]> = {}
    let totalMinutes = 0
    for (const span of spansInRange(store, user.id, scope.workspace.id, query.start_date, query.end_date)) {
      if (projects && (span.projectId === null || !projects.has(span.projectId))) continue
      if (span.taskId === null ? !query.include_no_task : tasks && !tasks.has(span.taskId)) continue
      const minutes = spanMinutes(span)
      totalMinutes += minutes
      const key = `${span.projectId}:${span.taskId}`
      let total = totals.get(key)
      if (!total) {
        const project = span.projectId === null ? undefined : look.projects.get(span.projectId)
        const task = span.taskId === null ? undefined : look.tasks.get(span.taskId)
        total = {
          task_id: span.taskId,
          task_name: task?.title ?? null,
          project_id: span.projectId,
          project_name: project?.name ?? null,
          total_minutes: 0,
        }
        totals.set(key, total)
      }
      total.total_minutes += minutes
      const day = (daily[span.date] ??= [])
      let entry = day.find((e) => e.task_id === span.taskId && e.project_id === span.projectId)
      if (!entry) day.push((entry = { task_id: span.taskId, project_id: span.projectId, total_minutes: 0 }))
      entry.total_minutes += minutes
    }
    return {
      ...userHead(user),
      total_minutes: totalMinutes,
      tasks_breakdown: [...totals.values()].sort((a, b) => b.total_minutes - a.total_minutes || (a.task_id ?? 0) - (b.task_id ?? 0)),
      daily_breakdown: daily,
    }
  })
  const report: TaskReportWire = { report_type: 'task_report', start_date: query.start_date, end_date: query.end_date, users }
  return success(c, report, { message: 'Task report retrieved successfully', pagination: page.pagination })
}
