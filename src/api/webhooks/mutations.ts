import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateWebhookInput, UpdateWebhookInput } from '@/contract/webhooks'
import { isApiError } from '@/lib/api/errors'
import { webhookKeys } from './queries'
import { createWebhook, deleteWebhook, sendTestEvent, updateWebhook } from './requests'

function useRefetchWebhooks() {
  const queryClient = useQueryClient()
  return (_data: unknown, error: Error | null) =>
    isApiError(error, 'validation') ? undefined : queryClient.invalidateQueries({ queryKey: webhookKeys.all })
}

export function useCreateWebhook(workspaceId: number) {
  const onSettled = useRefetchWebhooks()
  return useMutation({
    mutationFn: (input: CreateWebhookInput) => createWebhook(workspaceId, input),
    onSettled,
  })
}

export function useUpdateWebhook(workspaceId: number) {
  const onSettled = useRefetchWebhooks()
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateWebhookInput }) => updateWebhook(workspaceId, id, input),
    onSettled,
  })
}

export function useDeleteWebhook(workspaceId: number) {
  const onSettled = useRefetchWebhooks()
  return useMutation({
    mutationFn: (id: string) => deleteWebhook(workspaceId, id),
    onSettled,
  })
}

export function useSendTestEvent(workspaceId: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sendTestEvent(workspaceId, id),
    onSettled: (_data, _error, id) =>
      queryClient.invalidateQueries({
        queryKey: webhookKeys.deliveries(workspaceId, id),
      }),
  })
}
