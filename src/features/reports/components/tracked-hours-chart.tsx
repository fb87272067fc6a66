import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDay, formatMinutes, formatMonth } from '@/utils/format'
import { axisTick, gridStroke, otherColor, seriesColor, tooltipStyle } from '@/components/charts/chart-palette'
import type { ChartBucket, Series } from '../report-aggregation'

const tick: Record<ChartBucket, (date: string) => string> = { day: (d) => formatDay(d), week: (d) => formatDay(d), month: formatMonth }
const title: Record<ChartBucket, (date: string) => string> = {
  day: (d) => formatDay(d, true),
  week: (d) => `Week of ${formatDay(d, true)}`,
  month: formatMonth,
}

/** Stacked minutes per day, week or month (each bar's date is the bucket's first day); the y axis reads in hours. */
export function TrackedHoursChart({ days, series, bucket }: { days: Record<string, number | string>[]; series: Series[]; bucket: ChartBucket }) {
  return (
    <div role="img" aria-label={`Tracked hours per ${bucket}, stacked; the table view lists the same numbers`} className="h-80 w-full">
      <ResponsiveContainer>
        <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis dataKey="date" tick={axisTick} tickFormatter={tick[bucket]} stroke={gridStroke} minTickGap={12} />
          <YAxis tick={axisTick} tickFormatter={(m: number) => `${Math.round(m / 60)}h`} stroke={gridStroke} width={40} />
          <Tooltip {...tooltipStyle} labelFormatter={(d) => title[bucket](String(d))} formatter={(m) => formatMinutes(Number(m))} />
          <Legend wrapperStyle={{ fontSize: 12, color: 'var(--muted-foreground)' }} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="day" fill={s.key === 'other' ? otherColor : seriesColor(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
