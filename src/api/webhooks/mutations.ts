import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateWebhookInput, UpdateWebhookInput } from '@/contract/webhooks'
import { useRereadOnSettled } from '../changes'
import { webhookKeys } from './queries'
import { createWebhook, deleteWebhook, sendTestEvent, updateWebhook } from './requests'

export function useCreateWebhook(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'webhook', workspaceId }))
  return useMutation({
    mutationFn: (input: CreateWebhookInput) => createWebhook(workspaceId, input),
    onSettled,
  })
}

export function useUpdateWebhook(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'webhook', workspaceId }))
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateWebhookInput }) => updateWebhook(workspaceId, id, input),
    onSettled,
  })
}

export function useDeleteWebhook(workspaceId: number) {
  const onSettled = useRereadOnSettled(() => ({ type: 'webhook', workspaceId }))
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
