import { createFileRoute } from '@tanstack/react-router'
import { AttendancePage } from '@/features/reports/components/attendance-page'

export const Route = createFileRoute('/_authed/w/$workspaceId/reports/attendance')({
  component: AttendancePage,
})
