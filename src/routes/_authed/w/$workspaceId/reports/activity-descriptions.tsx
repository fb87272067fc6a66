import { createFileRoute } from '@tanstack/react-router'
import { ActivityDescriptionsPage } from '@/features/reports/components/activity-descriptions-page'

export const Route = createFileRoute('/_authed/w/$workspaceId/reports/activity-descriptions')({
  component: ActivityDescriptionsPage,
})
