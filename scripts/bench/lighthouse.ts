/**
 * Lighthouse 12 on the served build, with its defaults: mobile form factor, simulated
 * throttling (slow 4G, 4x CPU). Chromium is Debian's, started by chrome-launcher (Lighthouse's
 * own launcher) headless with the house flags. Tile requests are blocked, as everywhere here.
 */
import { loadavg } from 'node:os'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs'
import { quantile } from './stats.ts'

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** Largest Contentful Paint, ms (simulated). */
  lcp: number
  /** Total Blocking Time, ms (simulated). */
  tbt: number
  cls: number
  /** Failed audits outside performance ("accessibility: target-size"), from the first run. */
  failed: string[]
  /** Each run's performance, LCP and TBT, with the 1-minute load when it started. */
  runs?: { performance: number; lcp: number; tbt: number; load: number }[]
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

async function once(url: string): Promise<LighthouseScores> {
  const chromePath = findChromium()
  if (!chromePath) throw new Error('no Chromium found')
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      blockedUrlPatterns: ['*tile.openstreetmap.org*'],
    })
    if (!result) throw new Error('Lighthouse returned no result')
    const { categories, audits, runtimeError } = result.lhr
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`)
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100)
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN
    const failed = Object.values(categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) =>
        c.auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c.id}: ${ref.id}`),
      )
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      failed,
    }
  } finally {
    chrome.kill()
  }
}

/** `runs` Lighthouse runs; each number is the median over the runs. */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseScores> {
  const results: LighthouseScores[] = []
  const loads: number[] = []
  for (let i = 0; i < runs; i++) {
    // Lighthouse multiplies the CPU time it observes by 4: other work on the machine shows in
    // its figures, so each run's load goes into the report beside it.
    loads.push(Math.round((loadavg()[0] ?? 0) * 100) / 100)
    results.push(await once(url))
  }
  const median = (key: Exclude<keyof LighthouseScores, 'failed' | 'runs'>) =>
    quantile(
      results.map((r) => r[key]),
      0.5,
    )
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('bestPractices'),
    seo: median('seo'),
    lcp: median('lcp'),
    tbt: median('tbt'),
    cls: median('cls'),
    failed: results[0]?.failed ?? [],
    runs: results.map((r, i) => ({
      performance: r.performance,
      lcp: r.lcp,
      tbt: r.tbt,
      load: loads[i] ?? Number.NaN,
    })),
  }
}
