/**
 * Every sentence of the page an editor may want to change, in one place. Numbers and dates are
 * computed from the dataset passed in, never typed here. The build reads this module too
 * (vite.config.ts): index.html's <title>, description and share-card tags come from the same
 * headline and dek, so the page and its card cannot say different things. Plain module: no
 * import.meta.env here (the build runs it in Node); build settings arrive as arguments.
 */
import type { Dataset } from '../domain/clinic-schema.ts'
import { coverageOf, coverageSentences, placeName } from '../domain/coverage.ts'
import { formatDate } from '../domain/dates.ts'

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** "four" for 4; digits from 11 up, as newsrooms write them. */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n)
}

function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

export const CONTENT = {
  kicker: 'Minnesota · Health care',
  /** The one headline: page, embed, still, <title>, og:title and twitter:title. */
  headline: "Where Allina's doctors struck",
  /** Follows the headline in the browser tab's <title>. */
  titleTail: "the clinics of Minnesota's first doctors' strike",
  /**
   * No byline unless the build names one (BYLINE, see build-config.ts): a placeholder byline
   * reads as a real person or desk that nobody is. The credit line always says who compiled it.
   */
  byline: '',
  /** Credit when no newsroom is configured; with NEWSROOM set it reads "Map and data: <name>". */
  credit: 'Map and data compiled from news reports, union statements and public facility records',
  /**
   * Where corrections go when the build knows no repository (REPOSITORY / GITHUB_REPOSITORY).
   * EDIT before publishing: example.org is reserved and reaches nobody; `npm run build` warns
   * while it is left.
   */
  correctionsEmail: 'corrections@example.org',
  sourceLine:
    'Sources: Doctors Council SEIU; Allina Health; reporting by the Star Tribune, MPR News, Fox 9, KSTP, CBS Minnesota, the St. Paul Union Advocate and the Minnesota Reformer; HIFLD and CMS facility records. Boundaries and ZIP code centres: US Census Bureau. Places: GeoNames (CC BY 4.0).',
}

/** The dek: what happened, in two sentences, from the data. */
export function dek(d: Dataset): string {
  const r = d.summary.reported
  const strike = d.events.find(
    (e) => e.on_timeline && d.features.some((f) => f.properties.struck_on === e.day),
  )
  const byDay = new Map<string, string[]>()
  for (const f of d.features) {
    const p = f.properties
    if (p.closed_on) byDay.set(p.closed_on, [...(byDay.get(p.closed_on) ?? []), placeName(p.name)])
  }
  const closures = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, names]) => {
      const scheduled = d.features.some(
        (f) => f.properties.closed_on === day && f.properties.closed_basis === 'scheduled',
      )
      // Tense against the day the data was last checked, not the reader's clock.
      const past = day <= d.summary.updated
      const verb = !scheduled
        ? 'closed'
        : past
          ? 'was scheduled to close'
          : names.length === 1
            ? 'is scheduled to close'
            : 'are scheduled to close'
      const tail = scheduled && past ? '; no source seen confirms it' : ''
      return `${names.length === 1 ? names[0] : `${numberWord(names.length)} clinics (${joinNames(names.sort())})`} ${verb} on ${formatDate(day)}${tail}`
    })
  const when = strike ? formatDate(strike.day, 'long') : 'one day'
  return `About ${r.clinicians} Allina Health doctors, nurse practitioners and physician assistants held Minnesota's first doctors' strike on ${when}, at ${r.struck} primary and urgent care clinics. Around it, ${joinNames(closures)}.`
}

/**
 * The dek in one sentence, for a phone's first screen, where the map must start in the top 40%
 * (issue 10); the full dek follows the graphic there. Same facts, same sources as {@link dek}.
 */
export function shortDek(d: Dataset): string {
  const r = d.summary.reported
  const strike = d.events.find(
    (e) => e.on_timeline && d.features.some((f) => f.properties.struck_on === e.day),
  )
  const when = strike ? ` on ${formatDate(strike.day)}` : ''
  return `About ${r.clinicians} Allina Health clinicians struck ${r.struck} clinics${when}, in Minnesota's first doctors' strike.`
}

/** The share card's and search results' description: the coverage, from the data. */
export function cardDescription(d: Dataset): string {
  const { lead, why } = coverageSentences(coverageOf(d.features, d.summary))
  return `${lead} ${why}`
}

/** The browser tab's title. */
export function pageTitle(): string {
  return `${CONTENT.headline}: ${CONTENT.titleTail}`
}

/** What the map covers and when its data was last checked, from the data. */
export function periodLine(d: Dataset): string {
  const days = d.events.filter((e) => e.on_timeline).map((e) => e.date)
  const first = days[0]
  const last = days[days.length - 1]
  const span = first && last ? `from ${formatDate(first)} to ${formatDate(last)}` : ''
  return `The map covers the dispute ${span}. Data last checked ${formatDate(d.summary.updated, 'long')}.`
}

/** Settings the build passes in (src/app/build-config.ts in the browser, vite.config.ts in Node). */
export interface BuildSettings {
  byline?: string
  newsroom?: string
}

/** The byline, or none; and the credit line, which every layout shows. */
export function credits(b: BuildSettings): { byline: string; credit: string } {
  return {
    byline: b.byline?.trim() || CONTENT.byline,
    credit: b.newsroom?.trim() ? `Map and data: ${b.newsroom.trim()}` : CONTENT.credit,
  }
}
