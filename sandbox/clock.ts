// The sandbox's notion of "now" for live tracking: real time by default, or a simulated clock
// (`--clock 2026-11-23T14:00:00Z` frozen, `--clock 2026-11-23T08:00:00Z@60x` running 60 times
// faster) so tests and demos see the same board every time.

export interface SandboxClock {
  now(): Date
  /** 0 when frozen, 1 for real time, N when N times faster than real time. */
  readonly speed: number
}

export interface ClockSpec {
  /** Epoch ms the simulated clock starts at. */
  start: number
  speed: number
}

const SPEC = /^(\d{4}-\d{2}-\d{2}T[^@]+)(?:@(\d+(?:\.\d+)?)x)?$/

/** `<ISO instant>` (frozen) or `<ISO instant>@<N>x` (running N× faster); undefined when malformed. */
export function parseClockSpec(spec: string): ClockSpec | undefined {
  const match = SPEC.exec(spec.trim())
  if (!match) return undefined
  const start = Date.parse(match[1]!)
  const speed = match[2] === undefined ? 0 : Number(match[2])
  if (Number.isNaN(start) || !(speed >= 0)) return undefined
  return { start, speed }
}

/** The clock a spec describes; without one, the real clock. `realNow` is injectable for tests. */
export function createClock(spec: string | undefined, realNow: () => number = Date.now): SandboxClock {
  if (spec === undefined) return { now: () => new Date(realNow()), speed: 1 }
  const parsed = parseClockSpec(spec)
  if (!parsed) throw new Error(`Invalid clock "${spec}": expected an ISO instant, optionally followed by @<N>x`)
  const origin = realNow()
  return { now: () => new Date(parsed.start + (realNow() - origin) * parsed.speed), speed: parsed.speed }
}
