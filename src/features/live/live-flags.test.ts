import { describe, expect, it } from 'vitest'
import { flagLabel, liveFlags, type FlagInput } from './live-flags'

const base: FlagInput = {
  runningSeconds: 3600,
  tracking: true,
  onApprovedLeave: false,
  contracts: [{ contractId: 1, name: 'Apollo', weekMinutes: 600, limitHours: 40 }],
  memberLimitHours: 0,
  runningContractId: 1,
}

describe('live flags', () => {
  it('flags nothing on an ordinary day', () => {
    expect(liveFlags(base)).toEqual([])
  })

  it('flags a tracker running over 10 hours, not one at exactly 10', () => {
    expect(liveFlags({ ...base, runningSeconds: 10 * 3600 })).toEqual([])
    expect(liveFlags({ ...base, runningSeconds: 10 * 3600 + 1 }).map((f) => f.kind)).toEqual(['long-running'])
    expect(liveFlags({ ...base, runningSeconds: 11 * 3600, tracking: false })).toEqual([])
  })

  it('flags tracking during approved leave', () => {
    expect(liveFlags({ ...base, onApprovedLeave: true }).map(flagLabel)).toEqual(['Tracking on leave'])
    expect(liveFlags({ ...base, onApprovedLeave: true, tracking: false })).toEqual([])
  })

  it("counts the running tracker towards its contract's weekly limit", () => {
    const near = { ...base, contracts: [{ contractId: 1, name: 'Apollo', weekMinutes: 40 * 60 - 30, limitHours: 40 }] }
    expect(liveFlags(near)).toEqual([{ kind: 'over-weekly-limit', minutes: 40 * 60 + 30, limitHours: 40, contractName: 'Apollo' }])
    expect(liveFlags({ ...near, runningContractId: 2 })).toEqual([])
  })

  it("treats 0 and 168 hours as no limit, and checks the member's own limit across contracts", () => {
    const big = [
      { contractId: 1, name: 'A', weekMinutes: 30 * 60, limitHours: 0 },
      { contractId: 2, name: 'B', weekMinutes: 30 * 60, limitHours: 168 },
    ]
    expect(liveFlags({ ...base, contracts: big, runningContractId: null })).toEqual([])
    expect(liveFlags({ ...base, contracts: big, runningContractId: null, memberLimitHours: 50 }).map(flagLabel)).toEqual(['Over 50 h weekly limit'])
  })
})
