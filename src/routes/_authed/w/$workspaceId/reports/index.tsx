import { createFileRoute } from '@tanstack/react-router'
import { ReportsIndexPage } from '@/features/reports/components/reports-index'

export const Route = createFileRoute('/_authed/w/$workspaceId/reports/')({
  component: ReportsIndexPage,
})
