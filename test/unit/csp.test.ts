/**
 * The Content-Security-Policy the build writes (scripts/lib/csp.ts). Expected policies are typed
 * out by hand. test/e2e/csp.spec.ts checks the path-free build in Chromium; the path-limited
 * one (a build with SITE_URL) is checked here as text only.
 */
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, tileOrigin } from '../../scripts/lib/csp.ts'

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

describe('the page’s Content-Security-Policy', () => {
  it('without SITE_URL: our own origin, the tile host, nothing else', () => {
    expect(contentSecurityPolicy(TILES)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; " +
        "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'",
    )
  })

  it('with SITE_URL: limited to the site’s own path, not every Pages site of the account', () => {
    expect(contentSecurityPolicy(TILES, 'https://newsroom.github.io/strike-map')).toBe(
      "default-src 'none'; script-src https://newsroom.github.io/strike-map/assets/; " +
        'style-src https://newsroom.github.io/strike-map/assets/; ' +
        'img-src https://newsroom.github.io/strike-map/ data: https://tile.openstreetmap.org; ' +
        'connect-src https://newsroom.github.io/strike-map/; ' +
        "object-src 'none'; base-uri 'none'; form-action 'none'",
    )
  })

  it('never lets an address end a directive early', () => {
    expect(() => contentSecurityPolicy(TILES, 'https://a.example/x;script-src *')).toThrow(
      /cannot go into the CSP/,
    )
    expect(() => contentSecurityPolicy(TILES, "https://a.example/it's")).toThrow(
      /cannot go into the CSP/,
    )
  })

  it('a {s} subdomain template becomes a wildcard host', () => {
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.example.org',
    )
  })

  it('a SITE_URL given with its trailing slash gives the same policy', () => {
    expect(contentSecurityPolicy(TILES, 'https://newsroom.github.io/strike-map/')).toContain(
      'connect-src https://newsroom.github.io/strike-map/;',
    )
  })

  it('takes the tile origin only from an https address that starts with it', () => {
    expect(tileOrigin('http://tile.example.org/https://cdn.example.org/{z}.png')).toBe('')
    expect(tileOrigin('tiles/{z}/{x}/{y}.png')).toBe('')
  })
})
