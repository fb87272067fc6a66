import type { Pagination } from '@/contract/pagination'
import { MAX_PER_PAGE } from '@/contract/pagination'

interface Page<T> {
  data: T[]
  meta: { pagination: Pagination }
}

/**
 * Every page of a list at the largest page size: page 1 says how many pages there are, then the
 * rest go in parallel (the rate budget decides how fast). 1,000 rows cost 10 requests.
 */
export async function fetchAllPages<T>(fetchPage: (query: { page: number; per_page: number }) => Promise<Page<T>>): Promise<T[]> {
  const first = await fetchPage({ page: 1, per_page: MAX_PER_PAGE })
  const { last_page } = first.meta.pagination
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, last_page - 1) }, (_, i) => fetchPage({ page: i + 2, per_page: MAX_PER_PAGE })),
  )
  return [first, ...rest].flatMap((page) => page.data)
}
