/**
 * A Vite plugin that prerenders the page at build time (docs/prerender.md): the built
 * index.html carries the first view a reader sees (headline, dek, coverage line, date control,
 * legend, search, list), rendered in Node by the same React components the browser hydrates.
 *
 * It runs the app's source through a Vite server in SSR mode with the build's own config (same
 * `define`s, same base path, so the HTML matches the browser's first render), loads the dataset
 * through the app's schema, and writes the markup into `<div id="root">`.
 *
 * The map is not prerendered (Leaflet needs a DOM): its module is replaced by a stub here, and
 * the page leaves the map's CSS-sized box empty until Leaflet mounts into it.
 *
 * The strict CSP forbids style attributes and inline <style> (scripts/lib/csp.ts), and React
 * writes style attributes for the few CSS variables the page sets from data (the slider's
 * progress, the event ticks' places). The plugin moves each into a small stylesheet of its own,
 * `assets/prerender-<hash>.css`, matched by a data attribute. The browser hydrates without the
 * attributes (React does not re-check attributes when hydrating) and sets the variables itself
 * through the DOM, which the CSP allows, whenever they change.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fingerprint } from '../../src/domain/fingerprint.ts'
import type { IndexHtmlTransformContext, Plugin, ResolvedConfig } from 'vite'

const MAP_STUB = '\0strike-map-stub'
const ROOT = '<div id="root"></div>'

/** `style="--at:0.5"` → `data-prerender-style="0"`, with the rule in the returned CSS. */
function moveStyleAttributes(markup: string): { markup: string; css: string } {
  const styles: string[] = []
  const out = markup.replace(/ style="([^"]*)"/g, (_, style: string) => {
    let index = styles.indexOf(style)
    if (index < 0) index = styles.push(style) - 1
    return ` data-prerender-style="${index}"`
  })
  // React escapes attribute values (&, <, >, "): unescaped for the stylesheet.
  const css = styles
    .map((s, i) => `[data-prerender-style="${i}"]{${unescapeAttribute(s)}}`)
    .join('\n')
  return { markup: out, css }
}

function unescapeAttribute(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/**
 * Puts `markup` into index.html's empty #root and links its moved styles (`css`, to be written
 * to `cssFile`) at the end of <head>.
 */
function withPrerender(
  html: string,
  rendered: string,
  stamp: string,
): { html: string; css: string; cssFile: string } {
  if (!html.includes(ROOT)) throw new Error(`index.html needs an empty ${ROOT} to prerender into`)
  if (process.env.PRERENDER_DUMP) writeFileSync(process.env.PRERENDER_DUMP, rendered)
  if (/<script/i.test(rendered)) throw new Error('prerender: the page wrote a <script>')
  const { markup, css } = moveStyleAttributes(rendered)
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 8)
  const cssFile = `assets/prerender-${hash}.css`
  const link = css ? `  <link rel="stylesheet" href="./${cssFile}" />\n  ` : ''
  return {
    html: html
      .replace(ROOT, () => `<div id="root" data-dataset="${stamp}">${markup}</div>`)
      .replace('</head>', () => `${link}</head>`),
    css,
    cssFile,
  }
}

/**
 * Links, at the end of <head>, every chunk holding a module in `rendered` (the parts loaded on
 * demand that the prerendered page shows) and their CSS: the CSS is needed from the first paint,
 * or the part restyles when its code comes; the code downloads beside the main script, which
 * waits for it to hydrate the page in one pass (src/main.tsx).
 */
function withChunks(
  html: string,
  bundle: IndexHtmlTransformContext['bundle'],
  rendered: Set<unknown>,
) {
  const files = new Set<string>()
  const add = (fileName: string) => {
    const chunk = bundle?.[fileName]
    if (chunk?.type !== 'chunk' || chunk.isEntry || files.has(fileName)) return
    files.add(fileName)
    for (const file of chunk.viteMetadata?.importedCss ?? []) files.add(file)
    chunk.imports.forEach(add)
  }
  for (const chunk of Object.values(bundle ?? {}))
    if (chunk.type === 'chunk' && chunk.isDynamicEntry && rendered.has(chunk.facadeModuleId))
      add(chunk.fileName)
  const links = [...files]
    .filter((file) => !html.includes(`/${file}"`))
    .map((file) =>
      file.endsWith('.css')
        ? `  <link rel="stylesheet" href="./${file}" />\n  `
        : `  <link rel="modulepreload" href="./${file}" />\n  `,
    )
  return html.replace('</head>', () => `${links.join('')}</head>`)
}

/**
 * The modules src/main.tsx awaits before it hydrates, besides the entry: the schema that
 * src/data/load-dataset.ts checks the dataset with (its own chunk, loaded on demand).
 */
const BEFORE_HYDRATION = [/\/src\/domain\/clinic-schema\.ts$/]

/** The files of the chunks whose module is one of {@link BEFORE_HYDRATION}. */
function hydrationChunks(bundle: IndexHtmlTransformContext['bundle']): Set<string> {
  const files = new Set<string>()
  for (const chunk of Object.values(bundle ?? {}))
    if (
      chunk.type === 'chunk' &&
      BEFORE_HYDRATION.some((re) => re.test(chunk.facadeModuleId ?? ''))
    )
      files.add(chunk.fileName)
  return files
}

const HEAD_TAG =
  /[ \t]*(?:<link\s[^>]*rel="(?:stylesheet|modulepreload|preload)"[^>]*>|<script type="module"[^>]*><\/script>)\n?/g

/**
 * Puts the head's requests in the order the page needs them (issue 14, docs/performance.md's
 * third round), at the place of the first: the stylesheets (they hold the first paint, on
 * which the prerendered text is the largest paint), the entry script and its static imports,
 * the chunks it awaits before hydrating (`first`), the dataset and the basemap, then the parts
 * hydrated after the map. Browsers open a handful of connections to one host over HTTP/1.1 and
 * start requests in document order: the stylesheets came after five other requests, the schema
 * chunk after eighteen, so the first paint and the map waited for the parts' code.
 */
function orderHead(html: string, first: Set<string>): string {
  const end = html.indexOf('</head>')
  const head = html.slice(0, end)
  const tags = [...head.matchAll(HEAD_TAG)].map((m) => m[0].trim())
  const start = head.search(HEAD_TAG)
  if (start < 0) return html
  const rank = (tag: string) => {
    if (/rel="stylesheet"/.test(tag)) return 0
    if (tag.startsWith('<script')) return 1
    const href = /href="\.\/([^"]+)"/.exec(tag)?.[1] ?? ''
    if (/rel="modulepreload"/.test(tag) && /\scrossorigin[\s>]/.test(tag)) return 2 // Vite's own
    if (first.has(href)) return 3
    if (/rel="preload"/.test(tag)) return 4
    return 5
  }
  const ordered = tags
    .map((tag, i) => ({ tag, i, rank: rank(tag) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((t) => `    ${t.tag}\n`)
    .join('')
  const rest = head.slice(start).replace(HEAD_TAG, '')
  return `${head.slice(0, start)}${ordered}${rest}${html.slice(end)}`
}

/**
 * `prerender(() => JSON.parse(readFileSync('data/clinics.geojson', 'utf8')))` in vite.config.ts.
 */
export function prerender(readDataset: () => unknown): Plugin {
  let config: ResolvedConfig
  let styles: { css: string; cssFile: string } | undefined
  return {
    name: 'strike-map-prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle, path }) {
        // Only the app's page: the bench builds its floor pages with this config too.
        if (path !== '/index.html') return html
        const { createServer } = await import('vite')
        const server = await createServer({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
          plugins: [
            {
              name: 'strike-map-prerender-map-stub',
              enforce: 'pre',
              resolveId(source) {
                return /\/map\/StrikeMap\.tsx$/.test(source) ? MAP_STUB : undefined
              },
              load(id) {
                return id === MAP_STUB ? 'export function StrikeMap() { return null }' : undefined
              },
              // Vite's dev server serves a relative base ('./') from '/', so its BASE_URL would
              // be '/': the page's own links must read as the build's, or hydration keeps them.
              transform(code, id) {
                if (!id.includes('/src/') || !code.includes('import.meta.env.BASE_URL')) return
                return code.replaceAll('import.meta.env.BASE_URL', JSON.stringify(config.base))
              },
            },
          ],
        })
        try {
          const schema = (await server.ssrLoadModule(
            '/src/domain/clinic-schema.ts',
          )) as typeof import('../../src/domain/clinic-schema.ts')
          const dataset = schema.DatasetSchema.parse(readDataset())
          // src/app/prerender-entry.tsx (typed by hand: this tsconfig has no JSX).
          const entry = (await server.ssrLoadModule('/src/app/prerender-entry.tsx')) as {
            prerenderPage(dataset: unknown): Promise<string>
          }
          const page = withPrerender(html, await entry.prerenderPage(dataset), fingerprint(dataset))
          styles = page
          // The files the render ran (not just found imported): parts loaded on demand among
          // them are on the prerendered page.
          const rendered = new Set(
            [...server.environments.ssr.moduleGraph.idToModuleMap.values()]
              .filter((m) => m.ssrModule)
              .map((m) => m.file),
          )
          return orderHead(withChunks(page.html, bundle, rendered), hydrationChunks(bundle))
        } finally {
          await server.close()
        }
      },
    },
    writeBundle() {
      if (!styles?.css) return
      const file = resolve(config.root, config.build.outDir, styles.cssFile)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, styles.css)
    },
  }
}
