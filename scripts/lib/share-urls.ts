/**
 * Share cards want absolute URLs (the Open Graph spec asks for them, and some scrapers ignore a
 * relative og:image). The build is path-free by default, so the same dist/ works under any
 * sub-path; when the publisher knows the address (`SITE_URL`, which the Pages workflow takes from
 * actions/configure-pages), this makes the card URLs absolute and adds a canonical link.
 */
export function withSiteUrl(html: string, siteUrl: string | undefined): string {
  if (!siteUrl) return html
  let base: URL
  try {
    base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`)
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://user.github.io/repo/, not "${siteUrl}"`,
    )
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (got "${siteUrl}")`)
  }
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  const absolute = html.replace(
    /(<meta\s+(?:property="og:image"|name="twitter:image")\s+content=")\.\/([^"]*)"/g,
    (_m, head: string, path: string) => `${head}${attr(new URL(path, base).href)}"`,
  )
  const links =
    `<link rel="canonical" href="${attr(base.href)}" />\n` +
    `    <meta property="og:url" content="${attr(base.href)}" />\n    `
  return absolute.replace(/<meta property="og:type"/, (m) => `${links}${m}`)
}
