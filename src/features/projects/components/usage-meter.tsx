import { cn } from '@/lib/utils'

/** "12h 30m of 40 h" with a thin bar; over 100 % turns red, over 80 % amber. */
export function UsageMeter({ label, used, of, share }: { label: string; used: string; of: string | null; share: number | null }) {
  const percent = share === null ? null : Math.round(share * 100)
  return (
    <div className="grid gap-1">
      <span className="tabular-nums">
        {used}
        {of && <span className="text-muted-foreground"> of {of}</span>}
        {percent !== null && <span className={cn('ml-1', percent > 100 ? 'text-destructive' : 'text-muted-foreground')}>({percent}%)</span>}
      </span>
      {percent !== null && (
        <div
          role="meter"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.min(percent, 100)}
          className="h-1.5 w-full max-w-48 rounded-full bg-muted"
        >
          <div
            className={cn('h-full rounded-full', percent > 100 ? 'bg-destructive' : percent > 80 ? 'bg-warning' : 'bg-primary')}
            style={{ width: `${Math.min(percent, 100)}%` }}
          />
        </div>
      )}
    </div>
  )
}
