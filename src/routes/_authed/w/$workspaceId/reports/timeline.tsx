import { createFileRoute } from '@tanstack/react-router'
import { TimelinePage } from '@/features/reports/components/timeline-page'

export const Route = createFileRoute('/_authed/w/$workspaceId/reports/timeline')({
  component: TimelinePage,
})
