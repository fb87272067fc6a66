import { fullName } from '@/api/members/member-name'
import { useEffect, useState, type ReactNode } from 'react'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { FilterBar, FilterSelect } from '@/components/data/filter-controls'
import { Button } from '@/components/ui/button'
import { Input, Label } from '@/components/ui/input'
import { formatDay, formatDayRange } from '@/utils/format'
import { localDay } from '@/utils/search-params'
import { dayPresets, effectivePreset, isReversedRange, presetLabels, rangePresets, stepRange } from '../report-range'
import { type DayRange } from '@/contract/calendar'
import type { ReportSearch } from '../report-search'
import { useReportLookups } from '../use-report-lookups'

const reportsRoute = getRouteApi('/_authed/w/$workspaceId/reports')

/** Changes the report URL's search, keeping the page. */
export function useReportNavigate() {
  const navigate = useNavigate()
  // `to: '.'` keeps whichever report is open; its search is the reports route's, typed there.
  return (patch: Partial<ReportSearch>) => void navigate({ to: '.', search: ((prev: ReportSearch) => ({ ...prev, ...patch })) as never })
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))

/** Range presets, custom days, ←/→ stepping (buttons and keys) and the member, project and team filters. */
export function ReportToolbar({
  range,
  singleDay = false,
  projectFilter = true,
  children,
}: {
  range: DayRange
  singleDay?: boolean
  projectFilter?: boolean
  /** A report's own controls, after the filters. */
  children?: ReactNode
}) {
  const { workspaceId } = reportsRoute.useParams()
  const search = reportsRoute.useSearch()
  const go = useReportNavigate()
  const lookups = useReportLookups(workspaceId)
  const step = (direction: -1 | 1) => {
    const next = stepRange(range, direction)
    go({ range: 'custom', from: next.start, to: next.end })
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typing(event.target)) return
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
      event.preventDefault()
      step(event.key === 'ArrowLeft' ? -1 : 1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const presets = singleDay ? dayPresets : rangePresets
  const shownPreset = effectivePreset(search, singleDay)
  const preset = (presets as readonly string[]).includes(shownPreset) ? shownPreset : 'custom'
  const label = formatDayRange(range.start, range.end, localDay())
  // Days being typed, kept only while the range on screen is the one they were typed against.
  const [typed, setTyped] = useState<{ against: DayRange; from: string; to: string } | null>(null)
  const draft = typed?.against.start === range.start && typed.against.end === range.end ? typed : { from: range.start, to: range.end }
  const reversed = !singleDay && draft.from > draft.to
  const pick = (from: string, to: string) => {
    setTyped({ against: range, from, to })
    if (from && to && from <= to) go({ range: 'custom', from, to })
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="outline" size="icon" aria-label={singleDay ? 'Previous day' : 'Previous range'} title="Previous (←)" onClick={() => step(-1)}>
          <ChevronLeft aria-hidden />
        </Button>
        <p aria-live="polite" className="min-w-40 text-center text-sm font-medium tabular-nums">
          {label}
        </p>
        <Button variant="outline" size="icon" aria-label={singleDay ? 'Next day' : 'Next range'} title="Next (→)" onClick={() => step(1)}>
          <ChevronRight aria-hidden />
        </Button>
      </div>
      <FilterBar>
        <FilterSelect
          id="report-range"
          label="Range"
          value={preset}
          options={presets.map((p) => ({ value: p, label: presetLabels[p] }))}
          onChange={(value) =>
            value === 'custom' || !value
              ? go({ range: 'custom', from: range.start, to: range.end })
              : go({ range: value as ReportSearch['range'], from: undefined, to: undefined })
          }
        />
        <div className="grid gap-1 sm:w-40">
          <Label htmlFor="report-from">{singleDay ? 'Day' : 'From'}</Label>
          <Input
            id="report-from"
            type="date"
            required
            value={draft.from}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? 'report-range-error' : undefined}
            onChange={(e) => e.target.value && (singleDay ? go({ range: 'custom', from: e.target.value, to: e.target.value }) : pick(e.target.value, draft.to))}
          />
        </div>
        {!singleDay && (
          <div className="grid gap-1 sm:w-40">
            <Label htmlFor="report-to">To</Label>
            <Input
              id="report-to"
              type="date"
              required
              value={draft.to}
              aria-invalid={reversed || undefined}
              aria-describedby={reversed ? 'report-range-error' : undefined}
              onChange={(e) => e.target.value && pick(draft.from, e.target.value)}
            />
          </div>
        )}
        <FilterSelect
          id="report-member"
          label="Member"
          value={search.member}
          allLabel="All members"
          className="sm:w-48"
          options={lookups.members.map((m) => ({ value: String(m.id), label: fullName(m) }))}
          onChange={(value) => go({ member: value ? Number(value) : undefined })}
        />
        {projectFilter && (
          <FilterSelect
            id="report-project"
            label="Project"
            value={search.project}
            allLabel="All projects"
            className="sm:w-48"
            options={lookups.projects.map((p) => ({ value: String(p.id), label: p.name }))}
            onChange={(value) => go({ project: value ? Number(value) : undefined })}
          />
        )}
        <FilterSelect
          id="report-team"
          label="Team"
          value={search.team}
          allLabel="All teams"
          options={lookups.teams.map((t) => ({ value: t, label: t }))}
          onChange={(value) => go({ team: value })}
        />
        {children}
      </FilterBar>
      {reversed ? (
        <p id="report-range-error" role="alert" className="text-sm text-destructive">
          From ({formatDay(draft.from, true)}) is after To ({formatDay(draft.to, true)}): choose a From on or before the To. The report still shows {label}.
        </p>
      ) : (
        !singleDay &&
        isReversedRange(search) && (
          <p role="alert" className="text-sm text-destructive">
            This link’s From ({formatDay(search.from!, true)}) is after its To ({formatDay(search.to!, true)}), so it shows{' '}
            {presetLabels[shownPreset].toLowerCase()} instead.
          </p>
        )
      )}
    </div>
  )
}
