import { personLabel } from '@/api/members/member-name'
import { contractStatusValues, screenshotModeValues, type Contract, type ScreenshotMode } from '@/contract/contracts'

export interface Option {
  id: number
  name: string
}

/** Labels of the screenshot modes, as the API's `screenshots_label` words them (assumed beyond three). */
export const screenshotLabels: Record<ScreenshotMode, string> = {
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
  screenshots?: ScreenshotMode
  status?: (typeof contractStatusValues)[number]
}

export const contractFormFields = ['project_id', 'user_id', 'rate', 'weekly_hours_limit', 'screenshots', 'status'] as const

const isOneOf = <V extends string>(values: readonly V[], value: string | undefined): value is V => (values as readonly string[]).includes(value ?? '')

/**
 * A contract as the form's starting values. What WebWork did not tell us (or a value we do not
 * know) starts empty and is then not sent, so saving leaves it as it is.
 */
export const contractFormValues = (c: Contract): ContractFormValues => ({
  rate: c.rate,
  weekly_hours_limit: c.weekly_hours_limit,
  screenshots: isOneOf(screenshotModeValues, c.screenshots) ? c.screenshots : undefined,
  status: isOneOf(contractStatusValues, c.status) ? c.status : undefined,
})

export const contractMemberName = (c: Contract) => personLabel({ firstname: c.user_firstname, lastname: c.user_lastname, email: c.user_email }, c.user_id)
export const contractProjectName = (c: Contract) => c.project_name ?? `Project #${c.project_id}`
