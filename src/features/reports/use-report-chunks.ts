import { useQueries, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'

export interface ChunkedResult<T> {
  /** Every chunk's data once all have arrived; undefined until then. */
  data: T[] | undefined
  loaded: number
  total: number
  error: Error | null
}

/** Runs one query per chunk (each cached on its own key) and reports progress for the progress bar. */
export function useReportChunks<T, K extends QueryKey>(queries: UseQueryOptions<T, Error, T, K>[]): ChunkedResult<T> {
  return useQueries({
    queries,
    combine: (results) => {
      const loaded = results.filter((r) => r.data !== undefined).length
      return {
        data: loaded === results.length ? results.map((r) => r.data as T) : undefined,
        loaded,
        total: results.length,
        error: results.find((r) => r.error)?.error ?? null,
      }
    },
  })
}
