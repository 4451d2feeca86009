import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { contentSecurityPolicy } from './scripts/lib/csp.ts'
import { prerender } from './scripts/lib/vite-prerender.ts'
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
/**
 * Where each download comes from in data/. The CSV readers get is the one the data build writes
 * with formula-safe cells (data/download/clinics.csv), never the editor's file byte for byte.
 */
const SOURCES: Record<string, string> = { 'clinics.csv': 'download/clinics.csv' }
const dataFile = (name: string) => {
  // A data build interrupted mid-publish leaves a marker; `npm run data` finishes it first.
  if (existsSync(fileURLToPath(new URL('./data/.build-commit.json', import.meta.url))))
    throw new Error('data/: a data build was interrupted; run `npm run data` first')
  return fileURLToPath(new URL(`./data/${SOURCES[name] ?? name}`, import.meta.url))
}

/**
 * Serves the dataset and its downloads at <base>/data/ in dev and copies them into the build, so
 * the committed files in data/ are the only copies (no duplicate under public/). At build time it
 * also fills index.html's head from the dataset.
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
        return withSiteUrl(headTags(html, data), process.env.SITE_URL)
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
 * A strict Content-Security-Policy for the built page (scripts/lib/csp.ts), as a <meta> because
 * GitHub Pages cannot send headers. Build only: Vite's dev server injects inline scripts for
 * hot reload, which this policy would block. (frame-ancestors is ignored in a meta, so framing
 * is handled by the page itself: src/app/framing.ts.)
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'strike-map-csp',
    apply: 'build',
    transformIndexHtml(html) {
      // First in <head>, before anything it governs; the charset must stay in the first 1024 bytes.
      const policy = contentSecurityPolicy(TILES.url, process.env.SITE_URL)
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
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
  plugins: [
    react(),
    dataset(),
    prerender(() => JSON.parse(readFileSync(dataFile('clinics.geojson'), 'utf8'))),
    contentSecurityPolicyMeta(),
    slimLeaflet(),
  ],
  define: buildSettings(),
  build: {
    target: 'es2022',
    // The budget step reads the chunk graph from here (scripts/lib/weights.ts).
    manifest: true,
    // Source maps only for `npm run bench` (which attributes bytes to modules), never published.
    sourcemap: process.env.SOURCEMAP === '1',
    // Every browser that runs an es2022 bundle supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
})
