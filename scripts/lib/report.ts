/**
 * The editor's to-do list behind `npm run data:report`: what the dataset still lacks, computed
 * from the built dataset alone. Pure: it takes a {@link Dataset} and returns text lines.
 *
 * The coverage lines are {@link formatSummary}'s, the same text `npm run data` writes into
 * data/README.md, so the two can never disagree.
 */
import type { ClinicProperties, Dataset } from '../../src/domain/clinic-schema.ts'
import { STRIKE_DAY } from '../../src/domain/story.ts'
import { formatSummary } from './summary.ts'

/**
 * Rows whose `last_seen_open` is before this year count as stale: older than two years before
 * the strike day (2025-11-05 gives 2023). `last_seen_open` holds only a year, so the cut is by
 * year.
 */
const STALE_BEFORE_YEAR = Number(STRIKE_DAY.slice(0, 4)) - 2

/**
 * How a row's notes record that sources disagree. The notes are free text, so this is a word
 * rule, kept narrow on purpose: "disagree", "instead", "versus", "contradict", or a second
 * source placing the same person elsewhere ("KSTP places her at ..."). A note that disagrees
 * in other words is missed; write one of these words when recording a disagreement.
 */
const DISAGREEMENT =
  /\b(disagree\w*|instead|versus|contradict\w*)\b|\bplace[sd]? (her|him|them) at\b/i

/** The rule above in words, printed with the list so the editor knows what was searched. */
const DISAGREEMENT_RULE =
  'notes containing "disagree", "instead", "versus" or "contradict", or a source that "places her/him/them at" somewhere'

/** True when a row's notes record a disagreement between sources (see {@link DISAGREEMENT}). */
function hasDisagreement(p: ClinicProperties): boolean {
  return DISAGREEMENT.test(p.notes ?? '')
}

/** True when no source shows the site open since {@link STALE_BEFORE_YEAR}, or ever. */
function isStale(p: ClinicProperties): boolean {
  return p.last_seen_open === undefined || p.last_seen_open < STALE_BEFORE_YEAR
}

/**
 * True when `street` reads as a street address the geocoder can use: it starts with a house
 * number ("755 Crossroads Campus Drive", not "Hy-Vee store, Pilot Knob Road").
 */
export function isStreetAddress(street: string | undefined): boolean {
  return /^\d+[A-Za-z]?\s+\S/.test(street ?? '')
}

// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATION = /\b(St|Dr|Ave|Blvd|Rd|Mt|Jr|Sr|No|Co|Inc)\.$/

/** The sentences of `text` that match `pattern`, so the report quotes only what matters. */
function sentencesMatching(text: string, pattern: RegExp): string[] {
  const sentences: string[] = []
  let current = ''
  for (const piece of text.split(/(?<=\.)\s+(?=[A-Z"])/)) {
    current = current === '' ? piece : `${current} ${piece}`
    if (!ABBREVIATION.test(current)) {
      sentences.push(current)
      current = ''
    }
  }
  if (current !== '') sentences.push(current)
  return sentences.filter((s) => pattern.test(s))
}

function section(title: string, rows: ClinicProperties[], detail: (p: ClinicProperties) => string) {
  const lines = ['', `${title}: ${rows.length}`]
  if (rows.length === 0) lines.push('  (none)')
  for (const p of rows) lines.push(`  - ${p.id} (${p.evidence}): ${detail(p)}`)
  return lines
}

function placement(p: ClinicProperties): string {
  const where = p.precision === 'zip' ? `ZIP ${p.zip ?? ''} centroid` : 'city centre'
  if (isStreetAddress(p.street))
    return `${where}; has a street address, ${p.street}, ${p.city}: try npm run data:geocode`
  if (p.street) return `${where}; "${p.street}" is not a street address: find the number`
  return `${where}; no street address: find one`
}

/**
 * The report as lines of text: coverage against the reported totals, then one list per kind of
 * gap, each row named by id with its evidence and what to do. Rows keep the dataset's order (by
 * id). `formatReport(dataset).join('\n')` is what `npm run data:report` prints.
 */
/** The to-do list in one line of counts, for the generated block in data/README.md. */
export function todoLine(dataset: Dataset): string {
  const rows = dataset.features.map((f) => f.properties)
  const count = (test: (p: ClinicProperties) => boolean) => rows.filter(test).length
  return `To do: ${count((p) => p.precision !== 'point')} sites only at a city or ZIP centre, ${count(isStale)} not shown open since before ${STALE_BEFORE_YEAR}, ${count((p) => p.name_basis === 'pattern')} names formed by pattern, ${count(hasDisagreement)} with sources that disagree (npm run data:report lists them).`
}

export function formatReport(dataset: Dataset): string[] {
  const rows = dataset.features.map((f) => f.properties)
  const approximate = rows.filter((p) => p.precision !== 'point')
  return [
    `Coverage against the reported totals (${dataset.summary.reported.struck} struck, ${dataset.summary.reported.closures} closures):`,
    ...formatSummary(dataset)
      .split('\n')
      .map((l) => `  ${l}`),
    ...section('Placed only at a ZIP centroid or city centre', approximate, placement),
    ...section(
      `Not shown open since before ${STALE_BEFORE_YEAR} (latest evidence of being open is older than two years before the strike day, ${STRIKE_DAY}, or there is none)`,
      rows.filter(isStale),
      (p) =>
        p.last_seen_open === undefined
          ? 'no source shows it open'
          : `last seen open ${p.last_seen_open}`,
    ),
    ...section(
      'Name formed by pattern (no source shows the official name)',
      rows.filter((p) => p.name_basis === 'pattern'),
      (p) => p.name,
    ),
    ...section(`Sources disagree (rule: ${DISAGREEMENT_RULE})`, rows.filter(hasDisagreement), (p) =>
      sentencesMatching(p.notes ?? '', DISAGREEMENT).join(' '),
    ),
  ]
}
