import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatDay, formatMinutes } from '@/utils/format'
import { axisTick, gridStroke, otherColor, seriesColor, tooltipStyle } from '../chart-palette'
import type { Series } from '../report-aggregation'

/** Stacked minutes per day; the y axis reads in hours. */
export function TrackedHoursChart({ days, series }: { days: Record<string, number | string>[]; series: Series[] }) {
  return (
    <div role="img" aria-label="Tracked hours per day, stacked; the table view lists the same numbers" className="h-80 w-full">
      <ResponsiveContainer>
        <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis dataKey="date" tick={axisTick} tickFormatter={(d: string) => formatDay(d)} stroke={gridStroke} minTickGap={12} />
          <YAxis tick={axisTick} tickFormatter={(m: number) => `${Math.round(m / 60)}h`} stroke={gridStroke} width={40} />
          <Tooltip {...tooltipStyle} labelFormatter={(d) => formatDay(String(d), true)} formatter={(m) => formatMinutes(Number(m))} />
          <Legend wrapperStyle={{ fontSize: 12, color: 'var(--muted-foreground)' }} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="day" fill={s.key === 'other' ? otherColor : seriesColor(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
