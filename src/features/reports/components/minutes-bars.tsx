import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatMinutes } from '@/utils/format'
import { axisTick, gridStroke, seriesColor, tooltipStyle } from '@/components/charts/chart-palette'

export interface MinutesBar {
  label: string
  minutes: number
  /** Series index for the bar's colour (e.g. its project); 0 when all bars are one series. */
  series?: number
}

/** Long labels are shortened on the axis (one line per bar); the table view has them whole. */
const shorten = (text: string) => (text.length > 36 ? `${text.slice(0, 35)}…` : text)

/** Horizontal bars of tracked time, biggest first as given: the tasks and descriptions reports. */
export function MinutesBars({ bars, label }: { bars: MinutesBar[]; label: string }) {
  if (bars.length === 0) return <p className="py-16 text-center text-sm text-muted-foreground">Nothing tracked in this range.</p>
  const data = bars.map((bar) => ({ ...bar, label: shorten(bar.label) }))
  return (
    <div role="img" aria-label={label} style={{ height: data.length * 32 + 40 }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid horizontal={false} stroke={gridStroke} />
          <XAxis type="number" tickFormatter={(m: number) => `${Math.round(m / 60)}h`} tick={axisTick} stroke={gridStroke} />
          <YAxis type="category" dataKey="label" width={240} tick={axisTick} stroke={gridStroke} interval={0} />
          <Tooltip {...tooltipStyle} formatter={(m) => [formatMinutes(Number(m)), 'Tracked']} />
          <Bar dataKey="minutes" isAnimationActive={false} barSize={14} radius={[0, 3, 3, 0]}>
            {data.map((bar, i) => (
              <Cell key={`${i}-${bar.label}`} fill={seriesColor(bar.series ?? 0)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
