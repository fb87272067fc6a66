// The vendor-docs corpus: every response body the WebWork API V2 docs show (seeds/ copied exactly,
// endpoints.md field lists built into realistic answers), one JSON file per resource group.
// See README.md beside this file for the case format and where each case comes from.
import contracts from './contracts.json'
import expenses from './expenses.json'
import leaves from './leaves.json'
import members from './members.json'
import projectViewers from './project-viewers.json'
import projects from './projects.json'
import reports from './reports.json'
import tasks from './tasks.json'
import timeEntries from './time-entries.json'
import timeRequests from './time-requests.json'
import timeTracking from './time-tracking.json'
import timesheets from './timesheets.json'
import webhooks from './webhooks.json'
import workspaces from './workspaces.json'

export interface CorpusCase {
  /** `METHOD /path` exactly as the `### \`...\`` heading in shared/webwork-api/endpoints.md. */
  endpoint: string
  /** Where the shape comes from: the user's seed pages, docs variant A or B, or the connector catalogue (M). */
  variant: 'seed' | 'A' | 'B' | 'M'
  /** The document (and example or table) the case was copied or built from. */
  source: string
  /** Why the case exists and which values are our choice where the docs leave them open. */
  note?: string
  /** The whole JSON body as the vendor would send it. */
  response: unknown
}

// The JSON modules' inferred types are wide (`variant: string`); corpus.test.ts checks the content.
const cases = (file: unknown): CorpusCase[] => file as CorpusCase[]

/** Cases per resource group, keyed by the JSON file's name without `.json`. */
export const corpus: Record<string, CorpusCase[]> = {
  workspaces: cases(workspaces),
  members: cases(members),
  projects: cases(projects),
  tasks: cases(tasks),
  'project-viewers': cases(projectViewers),
  contracts: cases(contracts),
  'time-tracking': cases(timeTracking),
  'time-entries': cases(timeEntries),
  timesheets: cases(timesheets),
  'time-requests': cases(timeRequests),
  leaves: cases(leaves),
  expenses: cases(expenses),
  webhooks: cases(webhooks),
  reports: cases(reports),
}

/** Every case of one endpoint (`'GET /members'`), across all files. */
export function casesFor(endpoint: string): CorpusCase[] {
  return Object.values(corpus)
    .flat()
    .filter((c) => c.endpoint === endpoint)
}
