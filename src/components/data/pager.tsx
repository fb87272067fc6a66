import { ChevronLeft, ChevronRight } from 'lucide-react'
import type { PageInfo } from '@/contract/pagination'
import { Button } from '@/components/ui/button'
import { Label, Select } from '@/components/ui/input'
import { perPageOptions } from '@/utils/search-params'

/**
 * Server pagination: where we are, the page size, and previous/next. When the vendor sent no
 * pagination and the page was full, the total is unknown: "41–60 of more" and no "of N" pages.
 */
export function Pager({ info, onPage, onPerPage }: { info: PageInfo; onPage: (page: number) => void; onPerPage: (perPage: number) => void }) {
  const { page, lastPage: last, total, from, to, perPage, hasMore } = info
  const n = (value: number) => value.toLocaleString('en-US')
  const range = from === null ? 'No rows' : `${n(from)}–${n(to ?? from)} of ${total === null ? 'more' : n(total)}`
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-muted-foreground">
      <p>{total === 0 ? 'No rows' : range}</p>
      <div className="flex items-center gap-3">
        <div className="flex items-center gap-2">
          <Label htmlFor="per-page">Rows per page</Label>
          <Select id="per-page" className="h-8 w-20" value={perPage} onChange={(e) => onPerPage(Number(e.target.value))}>
            {/* A hand-edited size stays selectable. */}
            {[...new Set([...perPageOptions, perPage])]
              .sort((a, b) => a - b)
              .map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
          </Select>
        </div>
        <span className="tabular-nums">
          Page {n(page)}
          {last === null ? '' : ` of ${n(last)}`}
        </span>
        <div className="flex gap-1">
          <Button variant="outline" size="icon" className="size-8" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            <ChevronLeft aria-hidden />
          </Button>
          <Button variant="outline" size="icon" className="size-8" aria-label="Next page" disabled={!hasMore} onClick={() => onPage(page + 1)}>
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </nav>
  )
}

/**
 * How many rows a list has, in words: `1 request`, `1,204 requests`, or `20+ requests` when the
 * vendor sent no total and the page was full.
 */
export function rowCount(info: PageInfo, singular: string, plural: string): string {
  if (info.total === null) return `${(info.to ?? 0).toLocaleString('en-US')}+ ${plural}`
  return `${info.total.toLocaleString('en-US')} ${info.total === 1 ? singular : plural}`
}
