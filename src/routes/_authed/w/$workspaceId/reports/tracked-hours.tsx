import { createFileRoute } from '@tanstack/react-router'
import { TrackedHoursPage } from '@/features/reports/components/tracked-hours-page'

export const Route = createFileRoute('/_authed/w/$workspaceId/reports/tracked-hours')({
  component: TrackedHoursPage,
})
