import { daysInclusive, mondayOf, type DayRange } from '@/contract/calendar'
import type { ActivityDescriptionsReport, ActivityLevelReport, TaskReport, TrackedHoursReport } from '@/contract/reports'
import { trackedHoursDays } from '@/contract/reports'
import type { Money } from '@/contract/wire'

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
  /** Per series; `amounts` per currency, absent when the API sent none (the caller may not see rates). */
  totals: (Series & { minutes: number; amounts?: Money[] })[]
  totalMinutes: number
  totalAmounts?: Money[]
  /** The reports' own `total` summed, when every chunk sent one as minutes; null otherwise. */
  sentTotalMinutes: number | null
}

/** Stacked minutes per day by project or member, over every chunk (days are keyed by date, so chunks simply join). */
export function trackedHoursView(chunks: TrackedHoursReport[], by: 'project' | 'member', label: (key: string) => string): TrackedHoursView {
  const totals = new Map<string, number>()
  const amounts = new Map<string, Money[]>()
  let sentAmounts = false
  const days = chunks.flatMap((report) =>
    trackedHoursDays(report).map(([date, day]) => {
      const row: { date: string } & Record<string, number | string> = { date }
      for (const entry of day.users) {
        const key = by === 'project' ? `p${entry.project_id ?? 'none'}` : `u${entry.user_id}`
        row[key] = ((row[key] as number | undefined) ?? 0) + entry.total_minutes
        totals.set(key, (totals.get(key) ?? 0) + entry.total_minutes)
        if (entry.total_amount) {
          sentAmounts = true
          amounts.set(key, addMoney(amounts.get(key) ?? [], entry.total_amount))
        }
      }
      return row
    }),
  )
  const ordered = [...totals]
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
    .map(([key, minutes]) => ({ key, label: label(key), minutes, ...(sentAmounts ? { amounts: amounts.get(key) ?? [] } : {}) }))
  return {
    series: ordered.map(({ key, label }) => ({ key, label })),
    days,
    totals: ordered,
    totalMinutes: ordered.reduce((sum, t) => sum + t.minutes, 0),
    ...(sentAmounts ? { totalAmounts: ordered.reduce<Money[]>((sum, t) => addMoney(sum, t.amounts ?? []), []) } : {}),
    sentTotalMinutes: chunks.every((c) => c.total.total_minutes !== undefined) ? chunks.reduce((sum, c) => sum + c.total.total_minutes!, 0) : null,
  }
}

/** Sums per currency (an amount without one stays apart), in the order currencies first appear. */
export function addMoney(a: readonly Money[], b: readonly Money[]): Money[] {
  const sum = a.map((m) => ({ ...m }))
  for (const m of b) {
    const same = sum.find((s) => s.currency === m.currency)
    if (same) same.value = Math.round((same.value + m.value) * 100) / 100
    else sum.push({ ...m })
  }
  return sum
}

/** How a range's chart groups days: by day, by week over about two months, by month over about nine. */
export type ChartBucket = 'day' | 'week' | 'month'
export const chartBucket = ({ start, end }: DayRange): ChartBucket => {
  const days = daysInclusive(start, end)
  return days > 274 ? 'month' : days > 62 ? 'week' : 'day'
}

/**
 * Rows of `{ date, [series]: minutes }` summed per bucket; a bucket's `date` is its first day
 * (a Monday, or the 1st), though only the range's days count in it.
 */
export function bucketRows<R extends { date: string } & Record<string, number | string>>(rows: readonly R[], bucket: ChartBucket): R[] {
  if (bucket === 'day') return [...rows]
  const buckets = new Map<string, Record<string, number | string>>()
  for (const row of rows) {
    const date = bucket === 'week' ? mondayOf(row.date) : `${row.date.slice(0, 8)}01`
    const sum = buckets.get(date) ?? { date }
    for (const [key, value] of Object.entries(row)) if (key !== 'date') sum[key] = ((sum[key] as number | undefined) ?? 0) + (value as number)
    buckets.set(date, sum)
  }
  return [...buckets.values()] as R[]
}

export interface ActivityRow {
  userId: number
  name: string
  /** Tracked minutes over the range; null when the report did not say. */
  minutes: number | null
  /** Minute-weighted over the whole range; null without tracked time or when not sent (unknown, not 0). */
  level: number | null
  daysTracked: number | null
}

/**
 * Per member over every chunk: each chunk's level weighted by its minutes. Assumed: when a level
 * came without its minutes, the chunks' levels count equally.
 */
export function activityRows(chunks: ActivityLevelReport[]): ActivityRow[] {
  const rows = new Map<number, Omit<ActivityRow, 'level'> & { levels: { level: number; minutes?: number }[] }>()
  for (const chunk of chunks)
    for (const user of chunk.users) {
      const row = rows.get(user.user_id) ?? { userId: user.user_id, name: user.name, minutes: null, daysTracked: null, levels: [] }
      const { total_minutes: minutes, activity_level: level, days_tracked: days } = user.overall
      if (minutes !== undefined) row.minutes = (row.minutes ?? 0) + minutes
      if (days !== undefined) row.daysTracked = (row.daysTracked ?? 0) + days
      if (level !== undefined) row.levels.push({ level, minutes })
      rows.set(user.user_id, row)
    }
  return [...rows.values()].map(({ levels, ...row }) => ({ ...row, level: combinedLevel(levels) }))
}

function combinedLevel(levels: { level: number; minutes?: number }[]): number | null {
  if (levels.length === 0) return null
  if (levels.every((l) => l.minutes !== undefined)) {
    const weight = levels.reduce((sum, l) => sum + l.minutes!, 0)
    return weight ? Math.round(levels.reduce((sum, l) => sum + l.level * l.minutes!, 0) / weight) : null
  }
  return Math.round(levels.reduce((sum, l) => sum + l.level, 0) / levels.length)
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
        const row = rows.get(key) ?? {
          project: task.project_name ?? (task.project_id === undefined ? 'No project' : `Project ${task.project_id}`),
          task: task.task_name ?? (task.task_id === undefined ? 'No task' : `Task ${task.task_id}`),
          minutes: 0,
        }
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

export interface DescriptionRow {
  description: string
  minutes: number
  members: number
  /** Entries counted under it; null when the report did not say for every member. */
  entries: number | null
  days: number
}

/** Minutes per activity description over every member and chunk, most first; undescribed time is its own row. */
export function descriptionRows(chunks: ActivityDescriptionsReport[]): DescriptionRow[] {
  const rows = new Map<string, { minutes: number; members: Set<number>; entries: number | null; days: Set<string> }>()
  for (const chunk of chunks)
    for (const user of chunk.users)
      for (const item of user.descriptions) {
        const key = item.description ?? ''
        const row = rows.get(key) ?? { minutes: 0, members: new Set<number>(), entries: 0, days: new Set<string>() }
        row.minutes += item.total_minutes
        row.members.add(user.user_id)
        row.entries = row.entries === null || item.entries === undefined ? null : row.entries + item.entries
        for (const date of item.dates) row.days.add(date)
        rows.set(key, row)
      }
  return [...rows]
    .map(([key, row]) => ({ description: key || 'No description', minutes: row.minutes, members: row.members.size, entries: row.entries, days: row.days.size }))
    .sort((a, b) => b.minutes - a.minutes || a.description.localeCompare(b.description))
}
