import { BarChart3, Table2 } from 'lucide-react'
import { Button } from '@/components/ui/button'

export type ChartView = 'chart' | 'table'

/** Every chart has a table of the same numbers: this switches between them (the page keeps the choice in its URL). */
export function ChartTableToggle({ view, onChange }: { view: ChartView; onChange: (view: ChartView) => void }) {
  return (
    <div role="group" aria-label="Show as" className="inline-flex rounded-md border p-0.5">
      <Button variant={view === 'chart' ? 'primary' : 'ghost'} size="sm" aria-pressed={view === 'chart'} onClick={() => onChange('chart')}>
        <BarChart3 aria-hidden />
        Chart
      </Button>
      <Button variant={view === 'table' ? 'primary' : 'ghost'} size="sm" aria-pressed={view === 'table'} onClick={() => onChange('table')}>
        <Table2 aria-hidden />
        Table
      </Button>
    </div>
  )
}
