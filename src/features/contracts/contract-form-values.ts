import { screenshotModeValues, type Contract } from '@/contract/contracts'

export interface Option {
  id: number
  name: string
}

/** Labels of the screenshot modes, as the API's `screenshots_label` words them (assumed beyond three). */
export const screenshotLabels: Record<(typeof screenshotModeValues)[number], string> = {
  full: 'Full screenshots',
  blurred: 'Blurred screenshots',
  no_preview: 'Screenshots without preview',
  no_screenshot: 'No screenshots',
  background_blurred: 'Background blurred screenshots',
  video_full: 'Full video',
  video_blurred: 'Blurred video',
  video_full_silent: 'Full video without sound',
  video_blurred_silent: 'Blurred video without sound',
}

export interface ContractFormValues {
  project_id?: number
  user_id?: number
  rate?: number
  weekly_hours_limit?: number
  screenshots?: (typeof screenshotModeValues)[number]
  status?: 'active' | 'paused'
}

export const contractFormFields = ['project_id', 'user_id', 'rate', 'weekly_hours_limit', 'screenshots', 'status'] as const

export const contractFormValues = (c: Contract): ContractFormValues => ({
  rate: c.rate,
  weekly_hours_limit: c.weekly_hours_limit ?? 168,
  screenshots: (screenshotModeValues as readonly string[]).includes(c.screenshots) ? (c.screenshots as ContractFormValues['screenshots']) : undefined,
  status: c.status,
})

export const contractMemberName = (c: Contract) =>
  [c.user_firstname, c.user_lastname].filter(Boolean).join(' ') || c.user_email || `Member #${c.user_id}`
export const contractProjectName = (c: Contract) => c.project_name ?? `Project #${c.project_id}`
