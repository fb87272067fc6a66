import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTick, gridStroke, otherColor, seriesColor, tooltipStyle } from '@/components/charts/chart-palette'
import { formatMinutes } from '@/utils/format'
import type { WeekDay } from '../week-comparison'

/** Plotted in hours, so that the axis picks round hours for its ticks. */
const inHours = (day: WeekDay) => ({ weekday: day.weekday, lastWeek: day.lastWeek / 60, thisWeek: day.thisWeek === null ? null : day.thisWeek / 60 })

/** Hours per weekday, last week's bar beside this week's. */
export function WeekChart({ days }: { days: readonly WeekDay[] }) {
  return (
    <div role="img" aria-label="Tracked hours per day, this week beside last week; the table view lists the same numbers" className="h-48 w-full">
      <ResponsiveContainer>
        <BarChart data={days.map(inHours)} margin={{ top: 4, right: 4, bottom: 0, left: 0 }} barGap={2}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis dataKey="weekday" tick={axisTick} stroke={gridStroke} />
          <YAxis tick={axisTick} tickFormatter={(h: number) => `${h}h`} stroke={gridStroke} width={40} allowDecimals={false} />
          <Tooltip {...tooltipStyle} formatter={(h) => formatMinutes(Number(h) * 60)} />
          <Legend wrapperStyle={{ fontSize: 12, color: 'var(--muted-foreground)' }} />
          <Bar dataKey="lastWeek" name="Last week" fill={otherColor} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="thisWeek" name="This week" fill={seriesColor(0)} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
