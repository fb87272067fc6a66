import { PROJECT_ACTIVE, PROJECT_ARCHIVED } from '@/contract/projects'
import { Badge } from '@/components/ui/badge'

/** active, archived, "—" when WebWork did not say, or a status code we do not know as it came. */
export function ProjectStatusBadge({ status }: { status: number | undefined }) {
  if (status === PROJECT_ACTIVE) return <Badge tone="success">active</Badge>
  if (status === PROJECT_ARCHIVED) return <Badge>archived</Badge>
  return <Badge>{status === undefined ? '—' : String(status)}</Badge>
}
