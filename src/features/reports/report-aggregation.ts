import type { ActivityLevelReport, TaskReport, TrackedHoursReport } from '@/contract/reports'
import { trackedHoursDays } from '@/contract/reports'

// Turning the API's chunks into what the charts and tables show. Pure, so it is unit-tested.

export interface Series {
  key: string
  label: string
}

export interface TrackedHoursView {
  /** Projects or members, most minutes first. */
  series: Series[]
  /** One row per day of the range: `{ date, [series key]: minutes }`. */
  days: ({ date: string } & Record<string, number | string>)[]
  totals: (Series & { minutes: number })[]
  totalMinutes: number
}

/** Stacked minutes per day by project or member, over every chunk (days are keyed by date, so chunks simply join). */
export function trackedHoursView(
  chunks: TrackedHoursReport[],
  by: 'project' | 'member',
  label: (key: string) => string,
): TrackedHoursView {
  const totals = new Map<string, number>()
  const days = chunks.flatMap((report) =>
    trackedHoursDays(report).map(([date, day]) => {
      const row: { date: string } & Record<string, number | string> = { date }
      for (const entry of day.users) {
        const key = by === 'project' ? `p${entry.project_id ?? 'none'}` : `u${entry.user_id}`
        row[key] = ((row[key] as number | undefined) ?? 0) + entry.total_minutes
        totals.set(key, (totals.get(key) ?? 0) + entry.total_minutes)
      }
      return row
    }),
  )
  const ordered = [...totals].sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb)).map(([key, minutes]) => ({ key, label: label(key), minutes }))
  return {
    series: ordered.map(({ key, label }) => ({ key, label })),
    days,
    totals: ordered,
    totalMinutes: ordered.reduce((sum, t) => sum + t.minutes, 0),
  }
}

export interface ActivityRow {
  userId: number
  name: string
  minutes: number
  /** Minute-weighted over the whole range; null without tracked time (unknown, not 0). */
  level: number | null
  daysTracked: number
}

/** Per member over every chunk: each chunk's level weighted by its minutes. */
export function activityRows(chunks: ActivityLevelReport[]): ActivityRow[] {
  const rows = new Map<number, ActivityRow & { weighted: number }>()
  for (const chunk of chunks)
    for (const user of chunk.users) {
      const row = rows.get(user.user_id) ?? { userId: user.user_id, name: `${user.firstname} ${user.lastname}`, minutes: 0, level: null, daysTracked: 0, weighted: 0 }
      row.minutes += user.overall.total_minutes
      row.weighted += (user.overall.activity_level ?? 0) * user.overall.total_minutes
      row.daysTracked += user.overall.days_tracked
      rows.set(user.user_id, row)
    }
  return [...rows.values()].map(({ weighted, ...row }) => ({ ...row, level: row.minutes ? Math.round(weighted / row.minutes) : null }))
}

/** Activity bands (assumed thresholds; the vendor documents none): below 40 % low, 40–69 % medium, 70 % and up high. */
export function activityBand(level: number | null): 'low' | 'medium' | 'high' | null {
  if (level === null) return null
  return level < 40 ? 'low' : level < 70 ? 'medium' : 'high'
}

export interface TaskRow {
  project: string
  task: string
  minutes: number
}

/** Minutes per task and project over every member and chunk, most first; time without a task is its own row. */
export function taskRows(chunks: TaskReport[]): TaskRow[] {
  const rows = new Map<string, TaskRow>()
  for (const chunk of chunks)
    for (const user of chunk.users)
      for (const task of user.tasks_breakdown) {
        const key = `${task.project_id ?? ''}/${task.task_id ?? ''}`
        const row = rows.get(key) ?? { project: task.project_name ?? 'No project', task: task.task_name ?? 'No task', minutes: 0 }
        row.minutes += task.total_minutes
        rows.set(key, row)
      }
  return [...rows.values()].sort((a, b) => b.minutes - a.minutes || a.project.localeCompare(b.project) || a.task.localeCompare(b.task))
}

/** Minutes per project, from the task rows. */
export function projectTotals(rows: TaskRow[]): { project: string; minutes: number }[] {
  const totals = new Map<string, number>()
  for (const row of rows) totals.set(row.project, (totals.get(row.project) ?? 0) + row.minutes)
  return [...totals].map(([project, minutes]) => ({ project, minutes })).sort((a, b) => b.minutes - a.minutes)
}
