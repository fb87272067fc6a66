import { answer, each, pick, type DocumentedOperation } from './answer'

// endpoints.md "GET /workspaces". `activated_at` is already `YYYY-MM-DD HH:MM:SS` in the rich
// answer; the docs document no message for this list, so it goes.

const WORKSPACE_FIELDS = ['id', 'owner_id', 'user_id', 'workspace_name', 'role', 'status', 'created_at', 'activated_at']

export const workspaceOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/workspaces', success: answer({ pagination: 'meta' }, each(pick(WORKSPACE_FIELDS))) },
]
