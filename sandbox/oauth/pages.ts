import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo-accounts'

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

const STYLE = `
  :root { color-scheme: light dark; --bg:#fafafa; --fg:#09090b; --muted:#71717a; --card:#fff; --border:#e4e4e7; --accent:#18181b; --accent-fg:#fafafa; --danger:#b91c1c; }
  @media (prefers-color-scheme: dark) { :root { --bg:#09090b; --fg:#fafafa; --muted:#a1a1aa; --card:#18181b; --border:#27272a; --accent:#fafafa; --accent-fg:#18181b; --danger:#f87171; } }
  * { box-sizing: border-box; }
  body { margin:0; min-height:100vh; display:grid; place-items:center; background:var(--bg); color:var(--fg);
         font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { width:min(380px, calc(100vw - 32px)); background:var(--card); border:1px solid var(--border); border-radius:12px; padding:24px; }
  h1 { font-size:18px; margin:0 0 4px; } p { margin:0 0 16px; color:var(--muted); }
  label { display:block; font-weight:500; margin:12px 0 4px; }
  input { width:100%; padding:8px 10px; border:1px solid var(--border); border-radius:6px; background:transparent; color:inherit; font:inherit; }
  .actions { display:flex; flex-direction:row-reverse; gap:8px; margin-top:20px; } /* Sign in first in the DOM: Enter submits it */
  button { flex:1; padding:8px 12px; border-radius:6px; border:1px solid var(--border); background:transparent; color:inherit; font:inherit; font-weight:500; cursor:pointer; }
  button[value=allow] { background:var(--accent); color:var(--accent-fg); border-color:var(--accent); }
  :focus-visible { outline:2px solid #2563eb; outline-offset:2px; }
  [role=alert] { color:var(--danger); margin:12px 0 0; }
  details { margin-top:16px; color:var(--muted); } code { font-size:13px; }`

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · WebWork sandbox</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
}

/** The sign-in step of `/oauth/authorize`. The request's parameters ride along as hidden fields. */
export function signInPage(options: { params: Record<string, string>; scope: string[]; email?: string; error?: string }): string {
  const hidden = Object.entries(options.params)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('')
  const accounts = DEMO_ACCOUNTS.map((a) => `<li><code>${a.email}</code> (${a.role})</li>`).join('')
  return layout(
    'Sign in',
    `<h1>Sign in to WebWork</h1>
<p>The WebWork dashboard asks for access to your workspaces (${options.scope.map(escapeHtml).join(', ')}).</p>
<form method="post" action="/oauth/authorize">${hidden}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required autofocus value="${escapeHtml(options.email ?? '')}"${options.error ? ' aria-invalid="true" aria-describedby="sign-in-error"' : ''}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${options.error ? ' aria-invalid="true" aria-describedby="sign-in-error"' : ''}>
${options.error ? `<p id="sign-in-error" role="alert">${escapeHtml(options.error)}</p>` : ''}
<div class="actions"><button type="submit" name="decision" value="allow">Sign in</button><button type="submit" name="decision" value="deny" formnovalidate>Cancel</button></div>
</form>
<details><summary>Sandbox demo accounts</summary><ul>${accounts}</ul><p>Password: <code>${DEMO_PASSWORD}</code></p></details>`,
  )
}

/** Shown instead of redirecting when the client or redirect URI cannot be trusted (RFC 6749 §4.1.2.1). */
export function errorPage(message: string): string {
  return layout('Sign-in error', `<h1>This sign-in link is not valid</h1><p role="alert">${escapeHtml(message)}</p>`)
}
