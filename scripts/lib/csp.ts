/**
 * The built page's Content-Security-Policy, delivered as a <meta> because GitHub Pages cannot
 * send headers (docs/security.md has the review). Nothing is allowed unless named
 * (`default-src 'none'`): no inline script or style, no eval, no fonts, frames or workers.
 *
 * `'self'` means the whole origin, and on GitHub Pages every project site of an account shares
 * one (`https://user.github.io/`), so another repository's script would pass it. When the build
 * knows its address (`SITE_URL`, set by the Pages workflow), scripts, styles, images and requests
 * are limited to that path instead; such a build only runs at that address. Without `SITE_URL`
 * the build stays path-free (works in any folder) and falls back to `'self'`.
 */

/** `https://tile.openstreetmap.org/{z}/{x}/{y}.png` → `https://tile.openstreetmap.org`; `{s}` → `*`. */
export function tileOrigin(tileUrl: string): string {
  return (/^https:\/\/[^/]+/.exec(tileUrl)?.[0] ?? '').replace('{s}', '*')
}

/** The site's address as a CSP source (`https://user.github.io/repo/`), or `'self'`. */
function siteSource(siteUrl: string | undefined): string {
  if (!siteUrl) return "'self'"
  const href = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href
  // A separator inside the source would end the directive (or the policy) early.
  if (/[;,'"\s]/.test(href)) throw new Error(`SITE_URL cannot go into the CSP: "${siteUrl}"`)
  return href
}

/**
 * The policy, directive by directive joined with "; ".
 * `contentSecurityPolicy(TILES.url, 'https://user.github.io/repo/')`.
 */
export function contentSecurityPolicy(tileUrl: string, siteUrl?: string): string {
  const site = siteSource(siteUrl)
  const assets = siteUrl ? `${site}assets/` : site
  return [
    "default-src 'none'",
    `script-src ${assets}`,
    `style-src ${assets}`,
    // data: for Save image (html-to-image draws the graphic through a data: URL).
    `img-src ${site} data: ${tileOrigin(tileUrl)}`,
    // The dataset, the basemap, and the check for a renamed chunk (src/data/chunk-recovery.ts).
    `connect-src ${site}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}
