import { answer, each, messageOnly, pick, type DocumentedOperation } from './answer'

// endpoints.md "Webhooks": `{id, url, events, token}` (no created_at), no message documented on
// the reads and the creation. Update documents only `success`; assumed `{success, message}` like
// the other bare writes. Delete, test and the delivery log are the sandbox's own: not served.

const webhook = pick(['id', 'url', 'events', 'token'])

export const webhookOperations: DocumentedOperation[] = [
  { method: 'GET', path: '/webhooks', success: answer({ pagination: 'meta' }, each(webhook)) },
  { method: 'POST', path: '/webhooks', success: answer({}, webhook) },
  { method: 'GET', path: '/webhooks/:id', success: answer({}, pick(['id', 'events', 'url', 'token'])) },
  { method: 'PUT', path: '/webhooks/:id', success: messageOnly },
]
