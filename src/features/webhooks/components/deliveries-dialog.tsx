import { useQuery } from '@tanstack/react-query'
import type { Webhook } from '@/contract/webhooks'
import { NotOffered } from '@/components/data/not-offered'
import { Badge } from '@/components/ui/badge'
import { Dialog } from '@/components/ui/dialog'
import { Spinner } from '@/components/ui/spinner'
import { isApiError } from '@/lib/api/errors'
import { formatDateTime } from '@/utils/format'
import { webhookQueries } from '@/api/webhooks/queries'

const tone = {
  pending: 'warning',
  succeeded: 'success',
  failed: 'danger',
} as const

/**
 * The delivery log (assumed endpoint: not in the vendor's docs), polled while a delivery is still
 * being tried. Where WebWork does not offer it, the dialog says so in one line.
 */
export function DeliveriesDialog({ workspaceId, webhook, onClose }: { workspaceId: number; webhook: Webhook | null; onClose: () => void }) {
  return (
    <Dialog open={webhook !== null} onClose={onClose} title="Recent deliveries" description={webhook?.url} className="w-[min(40rem,calc(100vw-2rem))]">
      {webhook && <DeliveryList workspaceId={workspaceId} webhookId={webhook.id} />}
    </Dialog>
  )
}

function DeliveryList({ workspaceId, webhookId }: { workspaceId: number; webhookId: string }) {
  const deliveries = useQuery(webhookQueries.deliveries(workspaceId, webhookId))
  if (deliveries.isPending) return <Spinner />
  if (isApiError(deliveries.error, 'not-offered')) return <NotOffered capability="webhook-deliveries" />
  if (deliveries.isError)
    return (
      <p role="alert" className="text-destructive">
        {deliveries.error.message}
      </p>
    )
  if (deliveries.data.length === 0) return <p className="text-muted-foreground">Nothing sent yet.</p>
  return (
    <ul className="flex flex-col divide-y rounded-md border">
      {deliveries.data.map((d) => {
        const last = d.attempts.at(-1)
        return (
          <li key={d.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-xs">
            <Badge tone={tone[d.status]}>{d.status}</Badge>
            <span className="font-mono">{d.event}</span>
            <span className="text-muted-foreground">{formatDateTime(d.created_at)}</span>
            <span className="ml-auto text-muted-foreground">
              {d.attempts.length} {d.attempts.length === 1 ? 'attempt' : 'attempts'}
              {last && ` · ${last.status_code ?? last.error ?? 'no answer'}`}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
