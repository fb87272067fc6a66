import { hostileStrings } from '../../src/testing/hostile-values'
import { mutantsAt, preview } from '../../src/testing/json-mutations'
import { MAX_BODY_BYTES } from '../api/app'
import { CLIENT_ID } from '../config'
import type { Rng } from '../seed/random'
import { REDIRECT_URI, validAuthorizeParams } from '../testing/fixture'
import { encodeLoosely, type FuzzCase, type QueryPairs, url } from './requests'

// The OAuth endpoints' share of the fuzz: the token and revoke endpoints (form-encoded as OAuth
// says, JSON as the sandbox also takes), the authorize page and its sign-in form. None of these
// requests carries a real code or token, so none can succeed; each must be refused cleanly.

/** The token and revoke endpoints' forms; every field is a string in a valid request. */
type Form = Record<string, string>

const PER_FIELD = 4

/** A form with one field removed or replaced by hostile text, for every field. */
function formMutants(form: Form, rng: Rng): [string, Form][] {
  return Object.keys(form).flatMap((field): [string, Form][] => {
    const rest = Object.fromEntries(Object.entries(form).filter(([k]) => k !== field))
    return [
      [`${field} missing`, rest],
      ...rng.sample(hostileStrings, PER_FIELD).map((value): [string, Form] => [`${field} = ${preview(value)}`, { ...form, [field]: value }]),
    ]
  })
}

/** `application/x-www-form-urlencoded` text of `form`, lone surrogates sent as broken UTF-8. */
const formText = (form: Form) =>
  Object.entries(form)
    .map(([k, v]) => `${encodeLoosely(k)}=${encodeLoosely(v)}`)
    .join('&')

export function oauthCases(rng: Rng): FuzzCase[] {
  const cases: FuzzCase[] = []
  const post = (route: string, what: string, body: string, contentType: string, answers: FuzzCase['answers'], expect?: readonly number[]) =>
    cases.push({ label: `POST ${route} · ${what}`, method: 'POST', url: route, headers: { 'content-type': contentType }, body, expect, answers })

  const grants: Form[] = [
    { grant_type: 'authorization_code', code: 'fuzz-code', redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: 'v'.repeat(43) },
    { grant_type: 'refresh_token', refresh_token: 'fuzz-refresh-token', client_id: CLIENT_ID },
  ]
  // No real code or token: every answer is an RFC 6749 §5.2 refusal.
  const refused = [400, 401]
  for (const grant of grants) {
    post('/oauth/token', `${grant.grant_type} as a form`, formText(grant), 'application/x-www-form-urlencoded', 'oauth', refused)
    for (const [what, form] of formMutants(grant, rng))
      post('/oauth/token', `${grant.grant_type} ${what}`, formText(form), 'application/x-www-form-urlencoded', 'oauth', refused)
    for (const field of Object.keys(grant)) {
      for (const mutant of mutantsAt(grant, [field], rng, PER_FIELD)) {
        post('/oauth/token', `${grant.grant_type} as JSON, ${mutant.label}`, JSON.stringify(mutant.value), 'application/json', 'oauth', refused)
      }
    }
  }
  for (const grantType of ['password', 'client_credentials', 'implicit', 'urn:ietf:params:oauth:grant-type:device_code']) {
    post(
      '/oauth/token',
      `grant_type ${grantType}`,
      formText({ grant_type: grantType, username: 'owner@demo.test', password: 'demo', client_id: CLIENT_ID }),
      'application/x-www-form-urlencoded',
      'oauth',
      [400],
    )
  }
  const wholeBodies: [string, string, string][] = [
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[]', 'application/json'],
    ['a JSON string', '"grant_type=refresh_token"', 'application/json'],
    ['not JSON', '{"grant_type":', 'application/json'],
    ['empty', '', 'application/x-www-form-urlencoded'],
    ['text/plain', formText(grants[1]!), 'text/plain'],
    ['multipart with no boundary', formText(grants[1]!), 'multipart/form-data'],
  ]
  const tooLarge = formText({ ...grants[1]!, refresh_token: 'x'.repeat(MAX_BODY_BYTES) })
  for (const [what, text, type] of wholeBodies) post('/oauth/token', what, text, type, 'oauth', [400, 401])
  post('/oauth/token', 'over 1 MB', tooLarge, 'application/x-www-form-urlencoded', 'oauth', [413])

  const revoke: Form = { token: 'fuzz-token', token_type_hint: 'refresh_token', client_id: CLIENT_ID }
  for (const [what, form] of formMutants(revoke, rng)) post('/oauth/revoke', what, formText(form), 'application/x-www-form-urlencoded', 'oauth', [200, 400])
  for (const [what, text, type] of wholeBodies) post('/oauth/revoke', what, text, type, 'oauth', [200, 400])
  post('/oauth/revoke', 'over 1 MB', tooLarge, 'application/x-www-form-urlencoded', 'oauth', [413])

  // The authorize page (GET) and its sign-in form (POST): a page, a redirect, or a refusal page.
  const authorize = validAuthorizeParams('c'.repeat(43), { state: 'fuzz-state' }) as Form
  const pages = [200, 302, 400]
  for (const [what, form] of formMutants(authorize, rng)) {
    cases.push({
      label: `GET /oauth/authorize · ${what}`,
      method: 'GET',
      url: `/oauth/authorize?${formText(form)}`,
      headers: {},
      expect: pages,
      answers: 'html',
    })
  }
  const repeated: QueryPairs = [
    ...Object.entries(authorize).map(([k, v]): [string, string] => [k, encodeURIComponent(v)]),
    ['redirect_uri', encodeURIComponent('https://evil.test/cb')],
  ]
  cases.push({
    label: 'GET /oauth/authorize · redirect_uri repeated',
    method: 'GET',
    url: url('/oauth/authorize', {}, repeated),
    headers: {},
    expect: pages,
    answers: 'html',
  })
  const signInForm: Form = { ...authorize, email: 'owner@demo.test', password: 'not-the-password', decision: 'allow' }
  for (const [what, form] of formMutants(signInForm, rng))
    post('/oauth/authorize', what, formText(form), 'application/x-www-form-urlencoded', 'html', [...pages, 401, 429])
  for (const [what, text, type] of wholeBodies) post('/oauth/authorize', what, text, type, 'html', [400])
  post('/oauth/authorize', 'over 1 MB', tooLarge, 'application/x-www-form-urlencoded', 'html', [413])
  return cases
}
