/**
 * Ids an embed echoes back to its parent page (Pym.js's `?childId=`, Datawrapper's `?id=`).
 * The parent trusts what comes back: Pym's parent splits each message on `xPYMx` and reads the
 * id, the message type and its payload from the pieces, so an id that carries the delimiter (or
 * a space, which ends Pym's type field) can smuggle a second message such as `navigateTo`. Only
 * a short plain token is echoed; anything else is dropped for the embed's own default.
 */

/** Letters, digits, `_` and `-`, 1 to 64 of them: every id Pym or a CMS generates fits. */
const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** True for an id safe to put in a message to the parent: `isEmbedId('map-1')` is true. */
export function isEmbedId(raw: string | null | undefined): raw is string {
  return typeof raw === 'string' && EMBED_ID_PATTERN.test(raw)
}

/**
 * The id to echo: `raw` when it is a safe token, else `fallback`.
 * `embedId('chart', 'x')` is `'chart'`; `embedId('axPYMxnavigateTo…', 'x')` is `'x'`.
 */
export function embedId(raw: string | null | undefined, fallback: string): string {
  return isEmbedId(raw) ? raw : fallback
}
