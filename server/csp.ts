import { createHash } from 'node:crypto'

// The dashboard's Content-Security-Policy, in one place: the companion server sends it, and
// `vite preview` sends it with the static mode's API origins (vite.config.ts).

/** CSP sources (`'sha256-…'`) of a page's inline scripts (index.html's theme script). */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
  )
}

/** The directives, in `hono/secure-headers`' shape. */
export function dashboardPolicy({ scriptHashes, connectSrc, formAction }: { scriptHashes: string[]; connectSrc: string[]; formAction: string[] }) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...scriptHashes],
    // React and the charts set style attributes; Tailwind ships one stylesheet.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", ...connectSrc],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    // A sign-in may lead to the vendor's authorize page (browsers check redirects too).
    formAction: ["'self'", ...formAction],
    frameAncestors: ["'none'"],
  }
}

/** The header's value: `default-src 'self'; script-src …`. */
export function serializePolicy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`)
    .join('; ')
}
