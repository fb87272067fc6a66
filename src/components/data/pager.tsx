import { ChevronLeft, ChevronRight } from 'lucide-react'
import type { Pagination } from '@/contract/pagination'
import { Button } from '@/components/ui/button'
import { Label, Select } from '@/components/ui/input'
import { perPageOptions } from '@/utils/search-params'

/** Server pagination: where we are, the page size, and previous/next. */
export function Pager({
  pagination,
  onPage,
  onPerPage,
}: {
  pagination: Pagination
  onPage: (page: number) => void
  onPerPage: (perPage: number) => void
}) {
  const { current_page: page, last_page: last, total, from, to, per_page: perPage } = pagination
  const n = (value: number) => value.toLocaleString('en-US')
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-muted-foreground">
      <p>{total === 0 ? 'No rows' : `${n(from ?? 0)}–${n(to ?? 0)} of ${n(total)}`}</p>
      <div className="flex items-center gap-3">
        <div className="flex items-center gap-2">
          <Label htmlFor="per-page">Rows per page</Label>
          <Select id="per-page" className="h-8 w-20" value={perPage} onChange={(e) => onPerPage(Number(e.target.value))}>
            {/* A hand-edited size stays selectable. */}
            {[...new Set([...perPageOptions, perPage])].sort((a, b) => a - b).map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </div>
        <span className="tabular-nums">
          Page {n(page)} of {n(last)}
        </span>
        <div className="flex gap-1">
          <Button variant="outline" size="icon" className="size-8" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            <ChevronLeft aria-hidden />
          </Button>
          <Button variant="outline" size="icon" className="size-8" aria-label="Next page" disabled={page >= last} onClick={() => onPage(page + 1)}>
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </nav>
  )
}
