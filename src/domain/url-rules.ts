/**
 * What a published link must be: https, a named host written in plain ASCII, no user name or
 * password, a sane length. Shared by the data build and the dataset schema (which the page runs
 * too). Written without the URL class so the domain stays free of DOM and Node types; the checks
 * read the address as the editor typed it, which is what a reader sees in the link.
 */

/** Longest source address accepted. Real article links here are under 200 characters. */
const MAX_URL_LENGTH = 2000

/**
 * Hosts outside plain ASCII (or their `xn--` form) that are genuine sources. Empty: every source
 * so far is ASCII. Add a host here only after opening it and checking whose site it is.
 */
const ALLOWED_IDN_HOSTS: readonly string[] = []

const SHAPE_RE = /^https:\/\/[^\s/]+\.[^\s]+$/
const HOST_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/

/**
 * The problem with a source address, as `is …; do …`, or undefined when it may be published.
 * `urlProblem('https://user:pw@example.org/')` says it has a user name or password.
 */
export function urlProblem(raw: string): string | undefined {
  if (raw.length > MAX_URL_LENGTH)
    return `is ${raw.length} characters long, over the limit of ${MAX_URL_LENGTH}; link the article itself, not a search or a data export`
  if (!SHAPE_RE.test(raw)) return 'must be a full https:// address'
  if (raw.includes('\\')) return 'holds a backslash, which browsers read as /; write / instead'
  const authority = (raw.slice('https://'.length).split(/[/?#]/)[0] ?? '').toLowerCase()
  if (authority.includes('@'))
    return 'has a user name or password before the host (the part up to @); a reader would be sent to the host after the @: link the page without it'
  const host = authority.replace(/:\d{1,5}$/, '').replace(/\.$/, '')
  const isIdn = /[^\x21-\x7e]/.test(host) || host.split('.').some((l) => l.startsWith('xn--'))
  if (isIdn && !ALLOWED_IDN_HOSTS.includes(host))
    return 'has a host with non-Latin letters or an xn-- (punycode) name, which can imitate a known site; type the address again from the site, or add the host to ALLOWED_IDN_HOSTS in src/domain/url-rules.ts if it is genuine'
  if (/^[\d.]+$/.test(host) || host.startsWith('['))
    return 'names its host by an IP address; link the site by its name'
  if (!isIdn && !HOST_RE.test(host)) return 'must be a full https:// address'
  return undefined
}
