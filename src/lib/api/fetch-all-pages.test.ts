import { describe, expect, it, vi } from 'vitest'
import type { ListAnswer } from '@/contract/envelope'
import { fetchAllPages } from './fetch-all-pages'

const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: from + i }))
/** A server of `total` rows that answers with or without pagination. */
function server(total: number, { paginated, honoursPage = true }: { paginated: boolean; honoursPage?: boolean }) {
  return vi.fn(async ({ page, per_page }: { page: number; per_page: number }): Promise<ListAnswer<{ id: number }>> => {
    const start = honoursPage ? (page - 1) * per_page : 0
    const data = rows(start + 1, Math.max(0, Math.min(per_page, total - start)))
    const last_page = Math.max(1, Math.ceil(total / per_page))
    return { data, pagination: paginated ? { total, per_page, current_page: page, last_page, from: null, to: null } : null }
  })
}

describe('fetchAllPages', () => {
  it('reads the page count from pagination and fetches the rest', async () => {
    const fetchPage = server(250, { paginated: true })
    expect(await fetchAllPages('GET /members', fetchPage)).toHaveLength(250)
    expect(fetchPage).toHaveBeenCalledTimes(3)
  })

  it('keeps asking until a short page where the vendor honours per_page but sends no pagination', async () => {
    const fetchPage = server(250, { paginated: false })
    const all = await fetchAllPages('GET /expenses', fetchPage)
    expect(all.map((r) => r.id)).toEqual(rows(1, 250).map((r) => r.id))
    expect(fetchPage).toHaveBeenCalledTimes(3)
  })

  it('stops at a full last page followed by an empty one', async () => {
    const fetchPage = server(200, { paginated: false })
    expect(await fetchAllPages('GET /projects', fetchPage)).toHaveLength(200)
    expect(fetchPage).toHaveBeenCalledTimes(3)
  })

  it('takes one answer as the whole list where the docs document no paging', async () => {
    const fetchPage = server(100, { paginated: false })
    expect(await fetchAllPages('GET /tasks/{taskId}/assignees', fetchPage)).toHaveLength(100)
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })

  it('stops when a server ignores page and repeats the first one', async () => {
    const fetchPage = server(300, { paginated: false, honoursPage: false })
    expect(await fetchAllPages('GET /expenses', fetchPage)).toHaveLength(100)
    expect(fetchPage).toHaveBeenCalledTimes(2)
  })
})
