// How each list of API V2 pages, in one place (the docs differ per endpoint; README "Vendor
// compatibility"). Whatever this says, a list answer is read with its pagination wherever it sits
// (`meta.pagination` or the top level); this table decides what to do when there is none.
//
// - 'paged': the docs show pagination; if an answer lacks it anyway, keep paging until a short page.
// - 'until-short-page': the docs document page/per_page but show no pagination in the answer
//   (seeds/003 expenses and categories, seeds/004 projects): keep asking until a short page.
// - 'whole': the docs document no paging: one answer is the whole list.

export type ListPaging = 'paged' | 'until-short-page' | 'whole'

export const listPaging = {
  'GET /workspaces': 'paged',
  'GET /members': 'paged',
  'GET /projects': 'until-short-page', // seeds/004: no pagination in the example
  'GET /tasks': 'paged',
  'GET /tasks/{taskId}/assignees': 'whole',
  'GET /project-viewers': 'paged',
  'GET /contracts': 'paged', // variant B: at the top level, without from/to
  'GET /time-entries': 'paged', // per_page at most 50
  'GET /timesheets': 'paged',
  'GET /time-requests': 'paged',
  'GET /leaves': 'paged',
  'GET /leaves/balances': 'until-short-page', // documents `page` only
  'GET /leaves/policies': 'whole', // assumed path; the docs name policies without a path
  'GET /expenses': 'until-short-page', // seeds/003: no pagination in the example
  'GET /expenses/categories': 'until-short-page', // seeds/003: no pagination in the example
  'GET /webhooks': 'paged',
  'GET /webhooks/{webhookId}/deliveries': 'paged', // assumed endpoint (sandbox extension)
  // Reports paged over users (G3, tracking and reports): the docs document page/per_page (30 by
  // default, 100 at most) but captured no answer, so whether pagination comes back is unknown.
  'GET /reports/daily-timeline': 'until-short-page',
  'GET /reports/task-report': 'until-short-page',
  'GET /reports/activity-level': 'until-short-page',
  'GET /reports/daily-attendance': 'until-short-page',
  'GET /reports/activity-descriptions': 'until-short-page', // assumed path; the docs name the report only
} as const satisfies Record<string, ListPaging>

export type ListEndpoint = keyof typeof listPaging
