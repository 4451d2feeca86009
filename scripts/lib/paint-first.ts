/**
 * Paint first, then run (issue 14, docs/performance.md's fourth round). The built page is
 * prerendered, so what a reader needs first is already in its HTML; but on a fast connection
 * the entry script (118 KB gz) arrived before the browser's first paint, and the paint then
 * waited for it to run: the reader saw nothing until React and Leaflet had evaluated (and
 * Lighthouse's simulation charged the script's whole download to the largest paint).
 *
 * The built index.html therefore asks for the entry script as a modulepreload (it downloads at
 * once, exactly as before) and runs a tiny module instead, which imports the entry once the
 * first paint is reported. Nothing else changes: the same chunks, the same order.
 */
import { createHash } from 'node:crypto'

/** How long a page that reports no paint waits before it starts anyway. */
const FALLBACK_MS = 1000

const ENTRY_TAG = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/

/**
 * The starter's source: the entry is imported once the browser reports its first paint (Paint
 * Timing), or after a second for a page that never paints (a background tab, a frame scrolled
 * far out of view, a browser without Paint Timing). A frame callback is not enough: Chromium
 * runs them while the page's stylesheets still hold its first paint. `entry` is the entry's
 * file name, beside the starter in assets/.
 */
export function starterSource(entry: string): string {
  const name = JSON.stringify(`./${entry}`)
  return [
    'let started = false',
    `const start = () => { if (!started) { started = true; import(${name}) } }`,
    "try { new PerformanceObserver(start).observe({ type: 'paint', buffered: true }) } catch {}",
    `setTimeout(start, ${FALLBACK_MS})`,
    '',
  ].join('\n')
}

/**
 * `html` with its entry script swapped for a modulepreload of it and the starter, and the
 * starter file to write (`file`, under the build's folder). Throws if the page has no entry
 * script of the shape Vite writes, so a change in Vite fails the build, not the page.
 */
export function paintFirst(html: string): { html: string; file: string; source: string } {
  const match = ENTRY_TAG.exec(html)
  if (!match?.[1]) throw new Error('paint-first: index.html has no <script type="module"> entry')
  const entry = match[1]
  const source = starterSource(entry.slice('assets/'.length))
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8)
  const file = `assets/start-${hash}.js`
  const tags =
    `<link rel="modulepreload" crossorigin href="./${entry}">\n` +
    `    <script type="module" src="./${file}"></script>`
  return { html: html.replace(ENTRY_TAG, () => tags), file, source }
}
