import { queryOptions } from '@tanstack/react-query'
import { queryRequest } from '@/lib/api/query-priority'
import { listDeliveries, listWebhooks } from './requests'

export const webhookKeys = {
  all: ['webhooks'] as const,
  workspace: (workspaceId: number) => [...webhookKeys.all, workspaceId] as const,
  list: (workspaceId: number) => [...webhookKeys.workspace(workspaceId), 'list'] as const,
  deliveries: (workspaceId: number, id: string) => [...webhookKeys.workspace(workspaceId), 'deliveries', id] as const,
}

export const webhookQueries = {
  list: (workspaceId: number) =>
    queryOptions({
      queryKey: webhookKeys.list(workspaceId),
      queryFn: (ctx) => listWebhooks(workspaceId, queryRequest(ctx)),
    }),
  deliveries: (workspaceId: number, id: string) =>
    queryOptions({
      queryKey: webhookKeys.deliveries(workspaceId, id),
      queryFn: (ctx) => listDeliveries(workspaceId, id, queryRequest(ctx)),
      // Deliveries run in the background: poll while one is pending (a retry waits 2 s, then 10 s).
      refetchInterval: (query) => (query.state.data?.some((d) => d.status === 'pending') ? 3_000 : false),
    }),
}
