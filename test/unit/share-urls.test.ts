import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withSiteUrl } from '../../scripts/lib/share-urls.ts'

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8')

describe('share-card URLs', () => {
  it('leaves the page path-free when no site address is given', () => {
    expect(withSiteUrl(html, undefined)).toBe(html)
    expect(html).toContain('content="./social.png"')
  })

  it('makes the card images absolute and adds a canonical link for a known address', () => {
    const out = withSiteUrl(html, 'https://news.example.org/strike-map')
    expect(out).not.toContain('./social.png')
    expect(
      out.match(/content="https:\/\/news\.example\.org\/strike-map\/social\.png"/g),
    ).toHaveLength(2)
    expect(out).toContain('<link rel="canonical" href="https://news.example.org/strike-map/" />')
    expect(out).toContain(
      '<meta property="og:url" content="https://news.example.org/strike-map/" />',
    )
  })

  it('refuses an address that is not an absolute web URL', () => {
    expect(() => withSiteUrl(html, 'strike-map/')).toThrow(/SITE_URL must be an absolute URL/)
    expect(() => withSiteUrl(html, 'javascript:alert(1)')).toThrow(/https:\/\//)
  })

  it('takes an address that already ends in a slash, an http one, and escapes & and quotes', () => {
    const out = withSiteUrl(html, 'http://news.example.org/map/?a=1&b="2"')
    expect(out).toContain(
      '<link rel="canonical" href="http://news.example.org/map/?a=1&amp;b=%222%22/" />',
    )
    const slash = withSiteUrl(html, 'https://news.example.org/map/')
    expect(slash).toContain('href="https://news.example.org/map/"')
    expect(slash).not.toContain('map//')
    expect(() => withSiteUrl(html, 'ftp://news.example.org/')).toThrow(
      'SITE_URL must start with https:// (got "ftp://news.example.org/")',
    )
  })

  it('finds a card image tag however its attributes are spaced or wrapped', () => {
    const wrapped = '<meta\n      property="og:image"\n      content="./social.png" />'
    const spaced = '<meta  name="twitter:image"   content="./social.png" />'
    const out = withSiteUrl(`${wrapped}\n${spaced}`, 'https://news.example.org/map/')
    expect(out.match(/content="https:\/\/news\.example\.org\/map\/social\.png"/g)).toHaveLength(2)
  })
})
