// A small seeded PRNG for the seed data. Nothing in the seed may use Math.random: the same options
// must give the same data byte for byte, so restarts, tests and screenshots agree.

/** 32-bit FNV-1a: turns a label into a PRNG seed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export class Rng {
  private state: number

  constructor(private readonly label: string) {
    this.state = hashLabel(label)
  }

  /**
   * An independent stream named after this one. Each part of the seed draws from its own fork,
   * so changing how many numbers one part uses does not reshuffle every other part.
   */
  fork(name: string): Rng {
    return new Rng(`${this.label}/${name}`)
  }

  /** mulberry32: a float in [0, 1). */
  float(): number {
    this.state = (this.state + 0x6d2b79f5) | 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.float() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.float() * items.length)] as T
  }

  /** Picks an item with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, w] of entries) total += w
    let r = this.float() * total
    for (const [item, w] of entries) {
      r -= w
      if (r < 0) return item
    }
    const last = entries[entries.length - 1]
    if (!last) throw new Error('weighted pick from an empty list')
    return last[0]
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice()
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1))
      const tmp = out[i] as T
      out[i] = out[j] as T
      out[j] = tmp
    }
    return out
  }

  /** `n` distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n))
  }

  /** Roughly standard normal (Irwin-Hall sum of four uniforms): cheap and bounded at about ±3.5. */
  normal(): number {
    const sum = this.float() + this.float() + this.float() + this.float()
    return (sum - 2) / 0.5773502691896258
  }

  /** `mean` plus normal-ish noise of standard deviation `sd`. */
  jitter(mean: number, sd: number): number {
    return mean + this.normal() * sd
  }

  /** `n` lowercase hex digits. */
  hex(n: number): string {
    let out = ''
    while (out.length < n) out += (Math.floor(this.float() * 0x10000) | 0x10000).toString(16).slice(1)
    return out.slice(0, n)
  }

  /** A UUID-shaped string (version 4, RFC 4122 variant), drawn from this stream. */
  uuid(): string {
    const h = this.hex(32)
    const variant = '89ab'[this.int(0, 3)] as string
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
}

export function createRng(label: string): Rng {
  return new Rng(label)
}
