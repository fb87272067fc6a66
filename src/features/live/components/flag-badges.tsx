import { Badge } from '@/components/ui/badge'
import { flagLabel, type LiveFlag } from '../live-flags'

export function FlagBadges({ flags }: { flags: readonly LiveFlag[] }) {
  if (flags.length === 0) return null
  return (
    <span className="flex flex-wrap gap-1">
      {flags.map((flag) => (
        <Badge key={flag.kind} tone={flag.kind === 'over-weekly-limit' ? 'warning' : 'danger'}>
          {flagLabel(flag)}
        </Badge>
      ))}
    </span>
  )
}
