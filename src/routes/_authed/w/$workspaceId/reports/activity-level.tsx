import { createFileRoute } from '@tanstack/react-router'
import { ActivityLevelPage } from '@/features/reports/components/activity-level-page'

export const Route = createFileRoute('/_authed/w/$workspaceId/reports/activity-level')({
  component: ActivityLevelPage,
})
