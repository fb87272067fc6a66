import { ChevronLeft, ChevronRight } from 'lucide-react'
import { addDays, mondayOf } from '@/contract/calendar'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'

/**
 * Which week's hours the page shows: a step back or forward, any day picked in the calendar (read
 * as its week), and the way back to this week. `onChange(undefined)` is this week.
 */
export function WeekPicker({ monday, thisMonday, onChange }: { monday: string; thisMonday: string; onChange: (monday: string | undefined) => void }) {
  const go = (next: string) => onChange(next === thisMonday ? undefined : next)
  return (
    <div role="group" aria-label="Week" className="flex items-center gap-1">
      <Button variant="outline" size="icon" aria-label="Previous week" onClick={() => go(addDays(monday, -7))}>
        <ChevronLeft aria-hidden />
      </Button>
      <Input type="date" aria-label="Week of" className="w-36" value={monday} onChange={(e) => e.target.value && go(mondayOf(e.target.value))} />
      <Button variant="outline" size="icon" aria-label="Next week" onClick={() => go(addDays(monday, 7))}>
        <ChevronRight aria-hidden />
      </Button>
      {monday !== thisMonday && (
        <Button variant="ghost" size="sm" onClick={() => onChange(undefined)}>
          This week
        </Button>
      )}
    </div>
  )
}
