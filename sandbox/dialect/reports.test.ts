import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { methodLabels } from '../api/routes/time-entries'
import { expectEnvelope, LIST, META, META_WITH_PAGINATION, startDialectSandbox, type DialectSandbox } from '../testing/dialect'
import { SEED_DATE } from '../testing/fixture'

// Report bodies beyond tracked-hours' few fields were not captured, so the docs dialect keeps the
// rich data; these tests hold it to exactly that, minus the message, with the timeline's methods
// in words.

const RANGE = 'start_date=2026-11-16&end_date=2026-11-22'
const reports: [path: string, meta: readonly string[]][] = [
  [`/reports/tracked-hours?${RANGE}`, META],
  [`/reports/task-report?${RANGE}`, META_WITH_PAGINATION],
  [`/reports/activity-level?${RANGE}`, META_WITH_PAGINATION],
  [`/reports/daily-attendance?date=${SEED_DATE}`, META_WITH_PAGINATION],
]

let docs: DialectSandbox
let rich: DialectSandbox
beforeAll(async () => {
  ;[docs, rich] = await Promise.all([startDialectSandbox('docs'), startDialectSandbox('rich')])
})
afterAll(() => Promise.all([docs.sandbox.close(), rich.sandbox.close()]))

const both = (path: string) => Promise.all([docs.owner(`${path}&workspace_id=${docs.acme}`), rich.owner(`${path}&workspace_id=${rich.acme}`)])

describe('reports (docs dialect)', () => {
  it.each(reports)('%s keeps the rich data without a message', async (path, meta) => {
    const [docsAnswer, richAnswer] = await both(path)
    expectEnvelope(docsAnswer, LIST, meta)
    expect(docsAnswer.body.data).toEqual(richAnswer.body.data)
    expect(docsAnswer.body.meta.pagination).toEqual(richAnswer.body.meta.pagination)
  })

  it('names the timeline’s tracking methods as time entries do', async () => {
    const [docsAnswer, richAnswer] = await both(`/reports/daily-timeline?date=2026-11-20&per_page=100`)
    expectEnvelope(docsAnswer, LIST, META_WITH_PAGINATION)
    const methods = (answer: typeof docsAnswer) =>
      answer.body.data.users.flatMap((u: { entries: { tracking_method: string }[] }) => u.entries.map((e) => e.tracking_method))
    const richMethods = methods(richAnswer)
    expect(richMethods.length).toBeGreaterThan(0)
    expect(methods(docsAnswer)).toEqual(richMethods.map((m: keyof typeof methodLabels) => methodLabels[m]))
  })
})
