import { z } from 'zod'

// Tolerant readers for what the vendor sends. The docs show the same field as a number or a
// numeric string, null for absent, a name or an object for a person, minutes or hours, one amount
// or an amount per currency (../shared/webwork-api/README.md "hazards" 7). Each reader here
// accepts those wire variations and outputs one shape; every resource schema builds on them, so
// the UI never sees the wire's variants.
//
// Strict where a wrong value would mislead: an id, a date or a count of minutes that is not a
// number still fails with the field's path in the message.

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/

/** A number, or a numeric string (`"12.5"`): Laravel serialises decimals as strings. */
export const wireNumber = z.preprocess(
  (raw) => (typeof raw === 'string' && NUMERIC.test(raw) ? Number(raw) : raw),
  z.number({ error: (issue) => `must be a number, got ${describe(issue.input)}` }),
)

/** An integer, or an integer string. */
export const wireInt = wireNumber.pipe(z.number().int('must be a whole number'))

/** An integer id (`45696` or `"45696"`). */
export const wireId = wireInt

/** An opaque string id; an integer is read as its text (the docs mix both). */
export const wireStringId = z.union([z.string().min(1), z.number().int()]).transform(String)

/** A field the vendor may leave out or send as null: both read as `undefined` ("unknown"). */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((raw) => (raw === null ? undefined : raw), schema.optional())
}

/**
 * A value of a vocabulary we know (matched regardless of case, output in our spelling), or any
 * other text kept as it came: shown raw, never refused.
 */
export function openEnum<const V extends readonly [string, ...string[]]>(values: V) {
  const known = new Map(values.map((v) => [v.toLowerCase(), v]))
  return z.string().transform((raw): V[number] | (string & {}) => known.get(raw.trim().toLowerCase()) ?? raw)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * A calendar day as `YYYY-MM-DD`, from that form, a timestamp that starts with it, or the
 * expense pages' `Jan 15, 2024`. Anything else is refused with the text it got.
 */
export const wireDate = z.string().transform((raw, ctx) => {
  const text = raw.trim()
  const iso = /^(\d{4}-\d{2}-\d{2})([T ].*)?$/.exec(text)
  if (iso) return iso[1]!
  const written = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(text)
  const month = written ? MONTHS.indexOf(written[1]!.toLowerCase()) : -1
  if (written && month >= 0) return `${written[3]}-${String(month + 1).padStart(2, '0')}-${written[2]!.padStart(2, '0')}`
  ctx.addIssue({ code: 'custom', message: `must be a date, got the text "${text}"` })
  return z.NEVER
})

/**
 * An instant as ISO-8601. The docs write `2024-01-15T09:00:00Z`, `+00:00`, microseconds, and
 * `2025-02-19 19:24:55` with no zone (assumed UTC, like the API's other timestamps).
 */
export const wireTimestamp = z.string().transform((raw, ctx) => {
  const text = raw.trim()
  const naive = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/.exec(text)
  const candidate = naive ? `${naive[1]}T${naive[2]}Z` : text
  if (!Number.isNaN(Date.parse(candidate))) return candidate
  ctx.addIssue({ code: 'custom', message: `must be a date and time, got the text "${text}"` })
  return z.NEVER
})

/** `0`/`1`, `true`/`false` or `"0"`/`"1"`, as PHP APIs write flags. */
export const wireFlag = z.union([z.boolean(), z.literal(0), z.literal(1), z.literal('0'), z.literal('1')]).transform((v) => v === true || v === 1 || v === '1')

/** Any text, or a number read as text (titles, names the vendor sometimes sends as numbers). */
export const wireText = z.union([z.string(), z.number()]).transform(String)

/**
 * A person as the docs write one: a name (`"John Smith"`), or an object with `id`, names and
 * email in any of the forms the docs use (`firstname`/`lastname`, `first_name`, `name`).
 */
export interface PersonRef {
  id?: number
  name: string
  email?: string
}
const personObjectSchema = z
  .object({
    id: optional(wireId),
    user_id: optional(wireId),
    name: optional(z.string()),
    full_name: optional(z.string()),
    firstname: optional(z.string()),
    lastname: optional(z.string()),
    first_name: optional(z.string()),
    last_name: optional(z.string()),
    email: optional(z.string()),
  })
  .transform((p): PersonRef => {
    const joined = [p.firstname ?? p.first_name, p.lastname ?? p.last_name].filter(Boolean).join(' ')
    const id = p.id ?? p.user_id
    return {
      ...(id === undefined ? {} : { id }),
      name: p.name ?? p.full_name ?? (joined || p.email || (id === undefined ? 'Unknown' : `Member #${id}`)),
      ...(p.email ? { email: p.email } : {}),
    }
  })
export const personRefSchema = z.union([z.string().transform((name): PersonRef => ({ name })), personObjectSchema])

/**
 * Minutes from whichever the vendor sends: `total_minutes` (variant B), or decimal `total_hours`
 * (variant A), rounded to the minute. Neither is `undefined` (unknown), never 0.
 */
export function minutesFrom(record: { minutes?: number; hours?: number }): number | undefined {
  if (record.minutes !== undefined) return record.minutes
  if (record.hours !== undefined) return Math.round(record.hours * 60)
  return undefined
}

/** Money in one currency. `currency` is null when the vendor names none. */
export interface Money {
  value: number
  currency: string | null
}

/**
 * An amount: a number (`12.5`, `"12.50"`), or one per currency (`{ "USD": 12.5 }`): a list, one
 * entry per currency, so that nothing is summed across currencies.
 */
export const moneySchema = z.union([
  wireNumber.transform((value): Money[] => [{ value, currency: null }]),
  z.record(z.string(), wireNumber).transform((byCurrency): Money[] => Object.entries(byCurrency).map(([currency, value]) => ({ value, currency }))),
])

function describe(input: unknown): string {
  if (input === undefined) return 'nothing'
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`
  return `a ${typeof input}`
}
