import { createFileRoute } from '@tanstack/react-router'
import { TasksPage } from '@/features/reports/components/tasks-page'

export const Route = createFileRoute('/_authed/w/$workspaceId/reports/tasks')({
  component: TasksPage,
})
