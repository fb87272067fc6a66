import type { ReactNode } from 'react'
import { useRouterState } from '@tanstack/react-router'
import { Spinner } from '@/components/ui/spinner'

/**
 * A list page's title and row count. While a filter change loads, the old rows stay on screen
 * and a quiet "Loading" shows here instead of a blank page.
 */
export function ListHeader({ title, count, actions }: { title: string; count: string; actions?: ReactNode }) {
  const loading = useRouterState({ select: (s) => s.isLoading })
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      <div className="flex items-center gap-3">
        {loading ? (
          <Spinner />
        ) : (
          <p role="status" className="text-muted-foreground">
            {count}
          </p>
        )}
        {actions}
      </div>
    </div>
  )
}
