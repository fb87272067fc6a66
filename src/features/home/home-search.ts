import { z } from 'zod'

/** Home's URL state: how the week's hours show (a table of the same numbers as the chart). */
export const homeSearchSchema = z.object({
  week: z.enum(['chart', 'table']).catch('chart').default('chart'),
})
export type HomeSearch = z.infer<typeof homeSearchSchema>
