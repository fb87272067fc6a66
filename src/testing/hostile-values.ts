// Values that break careless code, for the two fuzzers: the sandbox's (request fields, query
// strings, path ids) and the app's (response fields). Plain data with no imports, so that the
// sandbox's tests can import it without the app's `@/` alias.

/** Text a parser, a database or a screen may choke on. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1',
  '0x1F',
  '1.5',
  'true',
  '[]',
  '{}',
  '\u202Eevil\u202C', // right-to-left override
  'مرحبا بالعالم', // right-to-left script
  'a\u200Bb\u200C\u200D\uFEFF', // zero-width characters and a BOM
  '😀👩‍👩‍👧‍👦🇮🇹', // emoji, a ZWJ family and a flag
  '\uD800', // lone high surrogate
  'x\uDFFFy', // lone low surrogate
  'a\u0000b', // NUL
  'e\u0301\u0301\u0301', // stacked combining marks
  '<script>alert(1)</script>',
  "' OR '1'='1' --",
  '../../../etc/passwd',
  '%00%2e%2e%2f',
  '${7*7}{{7*7}}',
  '__proto__', // names every plain object answers to: a lookup table keyed by text finds them
  'constructor',
  'toString',
  'x'.repeat(2_000),
  '😀'.repeat(1_000),
  'ß'.repeat(70_000), // past every documented length limit
]

/** Numbers at and past every edge: zero, negative, fractional, unsafe, huge and tiny. */
export const hostileNumbers: readonly number[] = [
  0,
  -1,
  -0,
  0.5,
  1.5,
  -1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
]

/** Dates that look like dates and are not: impossible days, other shapes, words, far years. */
export const badDates: readonly string[] = [
  '2026-13-01',
  '2026-02-30',
  '2026-04-31',
  '2025-02-29',
  '0000-00-00',
  '',
  'tomorrow',
  'now',
  '2026-1-1',
  '2026/11/23',
  '23.11.2026',
  'Nov 23, 2026',
  '2026-11-23T25:00:00Z',
  '2026-11-23 ',
  '+275760-09-13',
  '0001-01-01',
  '9999-12-31',
  '１２３４-１１-２３', // full-width digits
  '٢٠٢٦-١١-٢٣', // Arabic-Indic digits
]

/** Ids as a path segment carries them (raw URL text, already percent-encoded). */
export const badPathIds: readonly string[] = [
  '0',
  '-1',
  '1e309',
  '1.5',
  'abc',
  '%00',
  '%20',
  '0x1F',
  '00001',
  'NaN',
  'Infinity',
  'null',
  '9'.repeat(400),
  '%E2%80%AE1', // right-to-left override
  '%F0%9F%98%80', // emoji
  '%ED%A0%80', // a lone surrogate, encoded as UTF-8 would not allow
  '%FF%FE', // not UTF-8 at all
  '%', // broken percent-encoding
  '%zz',
  '%2e%2e',
  'a'.repeat(5_000),
]

/** Query values as URL text: NaN-like, negative, huge, fractional, broken encodings, long. */
export const badQueryValues: readonly string[] = [
  '',
  '-1',
  '0',
  '100000',
  '1e309',
  '-1e309',
  '1.5',
  'NaN',
  'Infinity',
  'null',
  'abc',
  'true',
  '%00',
  '%E2%80%AE',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%',
  '%zz',
  '1,2,,3',
  '%5B%5D',
  'x'.repeat(10_000),
]

/** Any JSON value of a wrong kind: each type, and empty and nested containers. */
export const hostileJson: readonly unknown[] = [null, true, false, 0, -1, '', [], {}, [[[]]], [null], { nested: { deeper: {} } }]

/** An array nested `depth` levels deep around `inner`: recursion without a limit overflows on it. */
export function deeplyNested(depth: number, inner: unknown = 1): unknown {
  let value = inner
  for (let i = 0; i < depth; i++) value = [value]
  return value
}
