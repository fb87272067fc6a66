import { badDates, deeplyNested, hostileJson, hostileNumbers, hostileStrings } from './hostile-values'

// One-change mutations of a JSON document, for the fuzzers: the sandbox's mutate valid request
// bodies, the app's mutate valid response bodies. Each mutant is a copy of the whole document
// with one value removed or replaced, and a label that says which and by what.

export type JsonPath = readonly (string | number)[]

/** The random source the mutations draw from (sandbox/seed/random.ts's seeded `Rng` is one). */
export interface Draw {
  pick<T>(items: readonly T[]): T
  shuffle<T>(items: readonly T[]): T[]
}

export interface Mutant {
  /** `data.3.member.id ← null`: where the change is and what was put there. */
  label: string
  /** The whole document after the change. */
  value: unknown
}

const REMOVE = Symbol('remove')
type Replacement = unknown | typeof REMOVE

/** Keys an object should never trust: prototype names, empty, odd Unicode. */
const hostileKeys = ['__proto__', 'constructor', 'prototype', '', ' ', '\u202Eid', '😀', 'a\u0000b', 'id ', 'ID']

/** Every kind of change, as a function of the value it replaces. */
const kinds: Record<string, (original: unknown, draw: Draw) => Replacement> = {
  missing: () => REMOVE,
  null: () => null,
  'odd string': (_, draw) => draw.pick(hostileStrings),
  'edge number': (_, draw) => draw.pick(hostileNumbers),
  boolean: (_, draw) => draw.pick([true, false]),
  'bad date': (_, draw) => draw.pick(badDates),
  'wrong kind': (_, draw) => draw.pick(hostileJson),
  'wrapped in an array': (original) => [original],
  'wrapped in an object': (original) => ({ value: original }),
  'nested deep': (original) => deeplyNested(64, original),
  'as text': (original) => (typeof original === 'string' ? `${original}\u202E` : (JSON.stringify(original) ?? 'undefined')),
  'extra key': (original, draw) =>
    typeof original === 'object' && original !== null && !Array.isArray(original)
      ? { ...original, [draw.pick(hostileKeys)]: draw.pick([...hostileJson, ...hostileStrings.slice(0, 8)]) }
      : [original, draw.pick(hostileJson)],
}

/** Paths to every value inside `root` (the root itself excluded), parents before children. */
export function pathsOf(root: unknown, prefix: JsonPath = []): JsonPath[] {
  const children: [string | number, unknown][] = Array.isArray(root)
    ? root.map((item, i): [number, unknown] => [i, item])
    : typeof root === 'object' && root !== null
      ? Object.entries(root)
      : []
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])])
}

/**
 * One path per shape (`data.*.member.id`), drawn from those that share it: list rows repeat
 * their fields, and mutating the same field in every row finds nothing the first one did not.
 */
export function pathPerShape(root: unknown, draw: Draw): JsonPath[] {
  const byShape = new Map<string, JsonPath[]>()
  for (const path of pathsOf(root)) {
    const shape = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.')
    byShape.set(shape, [...(byShape.get(shape) ?? []), path])
  }
  return [...byShape.values()].map((paths) => draw.pick(paths))
}

/** A copy with every list cut to its first `n` items: rows repeat shapes, and each costs parse time. */
export function shortLists(value: unknown, n: number): unknown {
  if (Array.isArray(value)) return value.slice(0, n).map((item) => shortLists(item, n))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortLists(v, n)]))
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root)
}

/** A copy of `root` with the value at `path` replaced (or removed); the original is untouched. */
function replaceAt(root: unknown, path: JsonPath, replacement: Replacement): unknown {
  const [key, ...rest] = path
  if (key === undefined) return replacement
  if (Array.isArray(root)) {
    const copy = root.slice()
    if (rest.length === 0 && replacement === REMOVE) copy.splice(key as number, 1)
    else copy[key as number] = replaceAt(copy[key as number], rest, replacement)
    return copy
  }
  // defineProperty, not assignment: a key named `__proto__` must stay a plain key.
  const copy: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(root as Record<string, unknown>))
    Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true })
  if (rest.length === 0 && replacement === REMOVE) delete copy[key]
  else Object.defineProperty(copy, key, { value: replaceAt(copy[key], rest, replacement), enumerable: true, writable: true, configurable: true })
  return copy
}

/** `count` mutants of the value at `path`, each of a different kind, drawn from `draw`. */
export function mutantsAt(root: unknown, path: JsonPath, draw: Draw, count: number): Mutant[] {
  const original = valueAt(root, path)
  return draw
    .shuffle(Object.keys(kinds))
    .slice(0, count)
    .map((kind) => {
      const replacement = kinds[kind]!(original, draw)
      const shown = replacement === REMOVE ? 'removed' : `${kind}: ${preview(replacement)}`
      return { label: `${path.join('.')} ← ${shown}`, value: replaceAt(root, path, replacement) }
    })
}

/** A short, single-line, escaped rendering of a value for labels. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}… (${text.length} chars)` : text
}

/** `count` copies of the object `root`, each with one field it does not expect (hostile name, hostile value). */
export function extraFieldMutants(root: Record<string, unknown>, draw: Draw, count: number): Mutant[] {
  return Array.from({ length: count }, () => {
    const value = kinds['extra key']!(root, draw) as Record<string, unknown>
    const added = Object.keys(value).find((key) => !Object.hasOwn(root, key)) ?? '(an existing key)'
    return { label: `extra field ${preview(added)} ← ${preview(value[added])}`, value }
  })
}
