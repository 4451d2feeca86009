/**
 * The benchmark's results as Markdown tables: printed by `npm run bench` and written, with how
 * they were measured, to docs/benchmarks.md.
 */
import { kb, type BudgetLine, type Weights } from '../lib/weights.ts'
import type { LighthouseScores } from './lighthouse.ts'
import type { Machine } from './machine.ts'
import { ms, type Summary } from './stats.ts'

export interface StepResult {
  dataset: string
  action: string
  toFrame: Summary
  toCommit: Summary
}

export interface Results {
  command: string
  date: string
  /** Clinics in the real dataset. */
  clinics: number
  machine: Machine
  weights: Weights
  budgets: BudgetLine[]
  /** JS fetched by import() during the first load (not in the budget), gzipped bytes. */
  lazyJs: { path: string; gzip: number }[]
  firstMarker: { app: Summary; floor: Summary }
  steps: StepResult[]
  lighthouse: LighthouseScores | { error: string }
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

export function weightTable(r: Results): string {
  const rows = (['js', 'css', 'data', 'basemap', 'html'] as const).map((kind) => [
    kind === 'js' ? 'JS' : kind === 'css' ? 'CSS' : kind,
    kb(r.weights.gzip[kind]),
    r.weights.assets
      .filter((a) => a.kind === kind)
      .map((a) => `\`${a.path}\``)
      .join(', '),
  ])
  const budgets = r.budgets.map((b) => [
    b.label,
    kb(b.gzip),
    kb(b.limit),
    b.ok ? 'within' : `**over by ${kb(b.gzip - b.limit)}**`,
  ])
  const lazy = r.lazyJs.map((a) => `\`${a.path}\` ${kb(a.gzip)}`).join(', ') || 'none'
  return [
    table(['kind', 'gzip -9', 'files'], rows),
    '',
    table(['budget', 'weight', 'limit', ''], budgets),
    '',
    `Also fetched during the first load, by \`import()\` once the data had arrived (not in the budget: the page is drawn without waiting for it): ${lazy}.`,
  ].join('\n')
}

export function firstMarkerTable(r: Results): string {
  const { app, floor } = r.firstMarker
  const row = (name: string, s: Summary) => [name, ms(s.median), ms(s.p95), String(s.n)]
  return [
    table(
      ['page', 'median', 'p95', 'runs'],
      [row('the app', app), row('floor: plain Leaflet, same points and basemap', floor)],
    ),
    '',
    `Cost of the app over the floor: **${(app.median / floor.median).toFixed(2)}x** (medians).`,
  ].join('\n')
}

export function stepTable(r: Results): string {
  return table(
    ['data', 'action', 'median', 'p95', 'steps', 'React commit median', 'commit p95'],
    r.steps.map((s) => [
      s.dataset,
      s.action,
      ms(s.toFrame.median),
      ms(s.toFrame.p95),
      String(s.toFrame.n),
      ms(s.toCommit.median),
      ms(s.toCommit.p95),
    ]),
  )
}

export function lighthouseTable(r: Results): string {
  const l = r.lighthouse
  if ('error' in l) return `Lighthouse could not run here: ${l.error}`
  return table(
    ['performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
    [
      [
        String(l.performance),
        String(l.accessibility),
        String(l.bestPractices),
        String(l.seo),
        ms(l.lcp),
        ms(l.tbt),
        l.cls.toFixed(3),
      ],
    ],
  ).concat(
    `\n\nFailed audits (outside performance): ${l.failed.join(', ') || 'none'}.`,
    l.failed.some((f) => f.endsWith('target-size'))
      ? ' The target-size audit flags the clinic markers, which overlap where clinics are a few' +
          ' streets apart; the clinic list is their full-size equivalent (docs/decisions.md,' +
          ' "Markers are the one exception to 24 px targets"). Every other control is held to 24 px' +
          ' by an end-to-end test.'
      : '',
  )
}

export function machineTable(r: Results): string {
  const m = r.machine
  return table(
    ['', ''],
    [
      ['CPU', `${m.cpu}, ${m.cores} cores (\`nproc\`)`],
      ['memory', `${m.memoryGiB} GiB`],
      ['OS', m.os],
      ['Node', m.node],
      ['Chromium', `${m.chromium} (Debian package, headless)`],
      ['load average at start', `${m.load} (1 min; above ${m.cores} means other work was running)`],
    ],
  )
}

/** docs/benchmarks.md: the numbers, the command, the machine and the method. */
export function markdown(r: Results, options: { runs: number; steps: number; lhRuns: number }) {
  return `# Benchmarks

Written by \`${r.command}\` on ${r.date}. Do not edit: the next run replaces this file.
Weights are deterministic and their budgets are checked by \`npm test\` (step "bundle budgets");
the timings are measurements, not assertions.

## Machine

${machineTable(r)}

The machine's 2 cores are shared with other developers' builds and test runs, so timings are
noisy: expect 20-50% differences between runs. Compare numbers taken in the same run (the app
against the floor, the real data against 10,000 clinics), not runs against each other.

## Transfer weight of the first view

What \`dist/index.html\` loads before any reader action (entry script, its static imports and
modulepreloads, stylesheets, \`data/clinics.geojson\` and \`basemap.json\`), gzipped at level 9;
1 KB = 1000 bytes.

${weightTable(r)}

## Time to first marker

Headless Chromium, 1280x800, a fresh context (empty cache) per run, the build served from
127.0.0.1 by \`scripts/lib/static-server.ts\` (text gzipped, as GitHub Pages serves it), tiles blocked. Time from
navigation start to the first \`.clinic-marker\` element in the DOM (a MutationObserver added
before the page's scripts). The floor (\`scripts/bench/floor.html\`, built by the bench into a
temporary folder, never into \`dist/\`) draws the same ${r.clinics} points as Leaflet divIcon markers over
the same \`basemap.json\`, with no React and no validation. ${options.runs} runs each, interleaved.

${firstMarkerTable(r)}

## One date-slider step, one filter change

The real page driven in Chromium: a step sets the slider one day on (an \`input\` event, as a
drag or an arrow key makes), a filter change ticks or unticks "Struck". Each is timed in the page
from just before the event to the second animation frame after it (React commits synchronously
for input events; the first frame renders the change, the second runs once it is drawn), with
frame pacing off (\`--disable-gpu-vsync --disable-frame-rate-limit\`) so a time is the work, not
a multiple of 16.7 ms. "React commit" is the synchronous part alone. ${options.steps} steps each,
from the strike day. The 10,000 clinics are \`scripts/bench/synthetic.ts\` (copies of the real
ones at random positions in the region, valid under the shared schema), served in place of
\`data/clinics.geojson\`; past 1,000 clinics the map draws them on a canvas and the list shows its
first 200 rows.

${stepTable(r)}

## Lighthouse 12

Mobile form factor, simulated throttling (the defaults), tiles blocked, against the same local
server (gzip as on GitHub Pages, but no HTTP caching and no CDN); the median of
${options.lhRuns} runs.

${lighthouseTable(r)}
`
}
