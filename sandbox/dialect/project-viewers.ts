import { answer, each, messageOnly, nullData, pick, pickThen, type DocumentedOperation } from './answer'

// endpoints.md "Project Viewers". Assumed: the list has no pagination, as its documented answer
// lists none (page/per_page still slice it). Restore and delete answer `{success, message}`;
// assign-project `data: null`.

const VIEWER_FIELDS = ['id', 'email', 'firstname', 'lastname', 'status', 'member_since', 'projects']
const viewer = pickThen(VIEWER_FIELDS, (v) => ({ ...v, projects: each(pick(['project_id', 'project_name']))(v.projects) }))

export const projectViewerOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/project-viewers', success: answer({ pagination: 'none' }, each(viewer)) },
  { method: 'POST', path: '/project-viewers', success: answer({ message: true }, viewer) },
  { method: 'GET', path: '/project-viewers/:id', success: answer({ message: true }, viewer) },
  { method: 'DELETE', path: '/project-viewers/:id', success: messageOnly },
  { method: 'POST', path: '/project-viewers/:id/restore', success: messageOnly },
  { method: 'POST', path: '/project-viewers/:id/assign-project', success: nullData },
  { method: 'DELETE', path: '/project-viewers/:id/unassign-project', success: messageOnly },
]
