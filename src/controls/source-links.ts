/** A source URL with the short text a reader sees for it. */
export interface SourceLink {
  url: string
  label: string
}

/**
 * The site's host without "www.": `hostLabel('https://www.startribune.com/x')` is
 * 'startribune.com'. A Wayback Machine copy names the original site: 'pressnews.com (archived)'.
 */
function hostLabel(url: string): string {
  try {
    const u = new URL(url)
    const archived = /^\/web\/\d+\/(https?:\/\/.+)$/.exec(u.pathname)
    if (u.hostname === 'web.archive.org' && archived?.[1])
      return `${hostLabel(archived[1])} (archived)`
    return u.hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/**
 * Link texts for a list of sources. Two links from one site would read the same to a screen
 * reader, so repeats are numbered: 'advocate.stpaulunions.org', 'advocate.stpaulunions.org (2)'.
 */
export function sourceLinks(urls: readonly string[]): SourceLink[] {
  const seen = new Map<string, number>()
  return urls.map((url) => {
    const host = hostLabel(url)
    const n = (seen.get(host) ?? 0) + 1
    seen.set(host, n)
    return { url, label: n === 1 ? host : `${host} (${n})` }
  })
}
