import { createFileRoute } from '@tanstack/react-router'
import { webhookQueries } from '@/api/webhooks/queries'
import { WebhooksPage } from '@/features/webhooks/components/webhooks-page'
import { loadQuery } from '@/lib/query-client'

export const Route = createFileRoute('/_authed/w/$workspaceId/webhooks/')({
  loader: ({ context: { queryClient }, params, preload }) =>
    loadQuery(queryClient, webhookQueries.list(params.workspaceId), {
      preload,
    }),
  component: WebhooksPage,
})
