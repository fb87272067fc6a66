import type { Contract } from '@/contract/contracts'
import { Badge } from '@/components/ui/badge'
import { formatMinutes } from '@/utils/format'
import { forecastText, type WeeklyForecast } from '@/api/contracts/weekly-forecast'

/** "12h 30m / 40 h" and, when the week will not fit, a flag and the forecast as a number. */
export function WeekHours({ contract, forecast }: { contract: Contract; forecast: WeeklyForecast | null }) {
  if (!forecast) return <span className="text-muted-foreground">…</span>
  const limit = contract.weekly_hours_limit === undefined ? '—' : forecast.limitMinutes === null ? 'no limit' : `${contract.weekly_hours_limit} h`
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 tabular-nums">
      <span>
        {formatMinutes(forecast.trackedMinutes)} <span className="text-muted-foreground">/ {limit}</span>
      </span>
      <LimitFlag forecast={forecast} />
      <ForecastText forecast={forecast} />
    </span>
  )
}

export function LimitFlag({ forecast }: { forecast: WeeklyForecast }) {
  if (forecast.status === 'over') return <Badge tone="danger">Over limit</Badge>
  if (forecast.status === 'at-risk') return <Badge tone="warning">Will overrun</Badge>
  return null
}

/** "≈ 14 h by Friday, limit 10 h" while the week runs and will not fit; nothing otherwise. */
function ForecastText({ forecast }: { forecast: WeeklyForecast }) {
  const text = forecastText(forecast)
  return text && <span className="text-xs text-muted-foreground">{text}</span>
}
