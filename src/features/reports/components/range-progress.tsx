/** Shown while a long range arrives in parts; a single request shows a quiet line instead. */
export function RangeProgress({ loaded, total }: { loaded: number; total: number }) {
  if (total <= 1) return <p className="py-16 text-center text-sm text-muted-foreground">Loading the report…</p>
  return (
    <div className="grid gap-2 py-12">
      <div
        role="progressbar"
        aria-label="Loading the report"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={loaded}
        aria-valuetext={`${loaded} of ${total} parts`}
        className="mx-auto h-2 w-full max-w-md overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full bg-primary transition-[width]" style={{ width: `${(loaded / total) * 100}%` }} />
      </div>
      <p className="text-center text-sm text-muted-foreground">
        Loading part {Math.min(loaded + 1, total)} of {total} (the API answers at most 31 days at a time)
      </p>
    </div>
  )
}
