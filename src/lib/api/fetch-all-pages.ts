import type { ListAnswer } from '@/contract/envelope'
import { listPaging, type ListEndpoint } from '@/contract/list-paging'
import { MAX_PER_PAGE } from '@/contract/pagination'

type PageQuery = { page: number; per_page: number }

/** A bound on lists read until a short page, in case a server ignores `page` and never ends. */
const MAX_UNPAGED_PAGES = 100

/**
 * Every page of a list at the largest page size. With pagination, page 1 says how many pages
 * there are and the rest go in parallel (the rate budget decides how fast): 1,000 rows cost 10
 * requests. Without it, `listPaging` says whether one answer is the whole list or whether to keep
 * asking, one page after another, until a short page.
 */
export async function fetchAllPages<T>(
  endpoint: ListEndpoint,
  fetchPage: (query: PageQuery) => Promise<ListAnswer<T>>,
  perPage: number = MAX_PER_PAGE,
): Promise<T[]> {
  const first = await fetchPage({ page: 1, per_page: perPage })
  if (first.pagination) {
    const rest = await Promise.all(Array.from({ length: Math.max(0, first.pagination.last_page - 1) }, (_, i) => fetchPage({ page: i + 2, per_page: perPage })))
    return [first, ...rest].flatMap((page) => page.data)
  }
  if (listPaging[endpoint] === 'whole') return first.data

  const rows = [...first.data]
  let last = first.data
  for (let page = 2; last.length === perPage && page <= MAX_UNPAGED_PAGES; page++) {
    const next = (await fetchPage({ page, per_page: perPage })).data
    // A server that ignores `page` answers page 1 again: the list was whole after all.
    if (next.length && JSON.stringify(next[0]) === JSON.stringify(first.data[0])) break
    rows.push(...next)
    last = next
  }
  return rows
}
