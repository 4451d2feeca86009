import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { noscriptHtml } from './scripts/lib/noscript.ts'
import { withSiteUrl } from './scripts/lib/share-urls.ts'
import { cardDescription, CONTENT, pageTitle } from './src/app/content.ts'
import { coverageOf } from './src/domain/coverage.ts'
import { slimLeaflet } from './scripts/lib/vite-leaflet.ts'
import type { Dataset } from './src/domain/clinic-schema.ts'
import { TILES } from './src/map/tiles.ts'

/** Files readers can download, served from data/ in dev and copied into dist/data/ in builds. */
const DOWNLOADS: Record<string, string> = {
  'clinics.geojson': 'application/geo+json',
  'clinics.csv': 'text/csv; charset=utf-8',
  'README.md': 'text/markdown; charset=utf-8',
}
const dataFile = (name: string) => fileURLToPath(new URL(`./data/${name}`, import.meta.url))

/**
 * Serves the dataset and its downloads at <base>/data/ in dev and copies them into the build, so
 * the committed files in data/ are the only copies (no duplicate under public/). At build time it
 * also writes the <noscript> list of clinics into index.html.
 */
function dataset(): Plugin {
  return {
    name: 'strike-map-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = Object.keys(DOWNLOADS).find((n) =>
          req.url?.split('?')[0]?.endsWith(`/data/${n}`),
        )
        if (!name) return next()
        res.setHeader('Content-Type', DOWNLOADS[name] ?? 'application/octet-stream')
        res.end(readFileSync(dataFile(name)))
      })
    },
    generateBundle() {
      for (const name of Object.keys(DOWNLOADS)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(dataFile(name)),
        })
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const data = JSON.parse(readFileSync(dataFile('clinics.geojson'), 'utf8')) as Dataset
        const page = headTags(html, data).replace(
          '<div id="root"></div>',
          `<div id="root"></div>\n${noscriptHtml(data)}`,
        )
        return withSiteUrl(page, process.env.SITE_URL)
      },
    },
  }
}

/** Escapes text for an HTML attribute or element. */
const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Fills index.html's %…% fields from the content module and the dataset: one headline and one
 * dek for the page, the tab and the share cards. A field left unfilled fails the build.
 */
function headTags(html: string, data: Dataset): string {
  const c = coverageOf(data.features, data.summary)
  const fields: Record<string, string> = {
    PAGE_TITLE: pageTitle(),
    HEADLINE: CONTENT.headline,
    DESCRIPTION: cardDescription(data),
    IMAGE_ALT: `Map of the Minneapolis–St. Paul region marking the ${c.identified} of the ${c.reported} struck Allina Health clinics identified so far: ${c.confirmed} confirmed by reporting, ${c.probable} probably struck.`,
  }
  const out = html.replace(/%([A-Z_]+)%/g, (m, key: string) =>
    fields[key] !== undefined ? escapeHtml(fields[key]) : m,
  )
  const left = /%[A-Z_]+%/.exec(out)
  if (left) throw new Error(`index.html: no value for ${left[0]} (vite.config.ts, headTags)`)
  return out
}

/**
 * Build settings the page reads through import.meta.env (src/app/build-config.ts): the
 * repository for "Report a correction" (REPOSITORY, else GitHub Actions' own GITHUB_REPOSITORY,
 * so the Pages workflow needs no extra step), and an optional byline and newsroom name.
 */
function buildSettings(): Record<string, string> {
  const env = process.env
  const settings = {
    VITE_REPOSITORY: env.REPOSITORY ?? env.GITHUB_REPOSITORY ?? '',
    VITE_BYLINE: env.BYLINE ?? '',
    VITE_NEWSROOM: env.NEWSROOM ?? '',
  }
  if (!settings.VITE_REPOSITORY && CONTENT.correctionsEmail.endsWith('@example.org'))
    console.warn(
      'No REPOSITORY or GITHUB_REPOSITORY and no corrections address: "Report a correction" goes to the placeholder in src/app/content.ts.',
    )
  return Object.fromEntries(
    Object.entries(settings).map(([k, v]) => [`import.meta.env.${k}`, JSON.stringify(v)]),
  )
}

/**
 * The tile layer's origin (`https://tile.openstreetmap.org`), read from the layer's own config so
 * the policy and the map cannot drift apart. A `{s}` subdomain becomes a `*.` wildcard.
 */
const TILE_ORIGIN = (/^https:\/\/[^/]+/.exec(TILES.url)?.[0] ?? '').replace('{s}', '*')

/**
 * A strict Content-Security-Policy for the built page, as a <meta> because GitHub Pages cannot
 * send headers. No inline script or style, no eval: everything comes from our own files, and the
 * only other host is the tile server. Build only: Vite's dev server injects inline scripts for
 * hot reload, which this policy would block. (frame-ancestors is ignored in a meta, so embedding
 * stays open, as the embed mode needs.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: ${TILE_ORIGIN}`,
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'strike-map-csp',
    apply: 'build',
    transformIndexHtml(html) {
      // First in <head>, before anything it governs; the charset must stay in the first 1024 bytes.
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      const charset = /<meta charset="[^"]*"\s*\/?>/i
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the CSP meta')
      return html.replace(charset, (m) => `${m}\n    ${meta}`)
    },
  }
}

// base './' makes every asset URL relative, so one build works from any sub-path
// (https://user.github.io/repo/) and from a custom domain without rebuilding.
export default defineConfig({
  base: './',
  plugins: [react(), dataset(), contentSecurityPolicy(), slimLeaflet()],
  define: buildSettings(),
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser that runs an es2022 bundle supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
})
