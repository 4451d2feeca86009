/**
 * Reading what a reader types into the search box: a ZIP, a trailing state, words folded the
 * way the data's names are, and a typo-tolerant word match. Pure; tuned on the data's own names
 * (docs/lookup.md, scripts/tune-matcher.ts).
 */
import { normalizeText } from './fold.ts'

export type UsState = 'MN' | 'WI'

/** Words that name a state, when they end the query: "Faribault, MN", "River Falls Wisconsin". */
const STATE_WORDS: Record<string, UsState> = {
  mn: 'MN',
  minn: 'MN',
  minnesota: 'MN',
  wi: 'WI',
  wis: 'WI',
  wisc: 'WI',
  wisconsin: 'WI',
}

/** Abbreviations readers type for the words GeoNames spells out ("W St Paul", "Mounds View"). */
const ABBREVIATIONS: Record<string, string> = {
  w: 'west',
  e: 'east',
  n: 'north',
  s: 'south',
  hts: 'heights',
  mt: 'mount',
  ft: 'fort',
}

/** Words every clinic name carries; they tell clinics apart no better than "the". */
const FILLER = new Set([
  'allina',
  'health',
  'clinic',
  'clinics',
  'medical',
  'the',
  'of',
  'and',
  'in',
  'at',
])

export interface ParsedQuery {
  /** Folded words, state and ZIP taken out, filler words dropped. */
  words: string[]
  state: UsState | undefined
  /** A five-digit ZIP anywhere in the query ("55104", "55104-1234", "St Paul MN 55104"). */
  zip: string | undefined
  /** The folded query, nothing removed: for exact full-name matches. */
  folded: string
}

/** `parseQuery('Faribault, MN')` is `{ words: ['faribault'], state: 'MN', zip: undefined, … }`. */
export function parseQuery(query: string): ParsedQuery {
  const zip = /(?:^|\D)(\d{5})(?:-\d{4})?(?!\d)/.exec(query)?.[1]
  const folded = normalizeText(query)
  let words = normalizeText(zip ? query.replace(/\d{5}(-\d{4})?/, ' ') : query)
    .split(' ')
    .filter(Boolean)
  let state: UsState | undefined
  const last = words[words.length - 1]
  if (last !== undefined && STATE_WORDS[last]) {
    state = STATE_WORDS[last]
    words = words.slice(0, -1)
  }
  // Only among other words: a lone "s" is a reader starting to type, not "south".
  if (words.length > 1) words = words.map((w) => ABBREVIATIONS[w] ?? w)
  words = words.filter((w) => !FILLER.has(w))
  return { words, state, zip, folded }
}

/** Name words without the filler: `nameWords('Allina Health Faribault Clinic')` is `['faribault']`. */
export function nameWords(name: string): string[] {
  return normalizeText(name)
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w))
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`: the optimal string
 * alignment distance. Gives up past `max`, returning `max + 1`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1)
      row.push(d)
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > max) return max + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length] ?? 0
}

/**
 * How many typos a word of this length may carry and still match. Tuned on the search's own
 * words (scripts/tune-matcher.ts, run in docs/lookup.md): 57% of words up to 3 letters have
 * another real word one edit away, so none; 4-7 letters, 6-22% at one edit but 43-91% at two,
 * so one; 8 letters and more, 16-21% at two, so two.
 */
function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2
}

/** Cost of a partial word (the reader is still typing), so whole words rank first. */
const PARTIAL = 0.5
/** Cost of words taken out of order: "River Fals" is River Falls before Fall River. */
const OUT_OF_ORDER = 0.25
/** Cost of each name word the query leaves unmatched: "Saint Paul" above "West Saint Paul". */
const UNMATCHED = 0.1

/** Cost of one query word against one name word, Infinity when they do not match. */
function wordCost(q: string, c: string, partial: boolean): number {
  if (q === c) return 0
  if (partial && q.length >= 2 && c.startsWith(q)) return PARTIAL
  const max = allowedEdits(Math.min(q.length, c.length))
  const d = editDistance(q, c, max)
  if (d <= max) return d
  if (partial && q.length >= 5 && q.length < c.length) {
    const p = editDistance(q, c.slice(0, q.length), allowedEdits(q.length))
    if (p <= allowedEdits(q.length)) return p + PARTIAL
  }
  return Infinity
}

/**
 * How far the query's words are from a name's words: every query word must match a different
 * name word (a typo or, for the last word while typing, a beginning). Lower is better; Infinity
 * is no match. `matchCost(['faribalt'], ['faribault'])` is 1.
 */
export function matchCost(
  query: readonly string[],
  name: readonly string[],
  partial = true,
): number {
  if (query.length === 0 || query.length > name.length) return Infinity
  const used = new Set<number>()
  let total = 0
  let last = -1
  for (const [i, q] of query.entries()) {
    let best = Infinity
    let at = -1
    for (const [j, c] of name.entries()) {
      if (used.has(j)) continue
      const cost = wordCost(q, c, partial && i === query.length - 1)
      if (cost < best) [best, at] = [cost, j]
    }
    if (at < 0) return Infinity
    used.add(at)
    total += best + (at < last ? OUT_OF_ORDER : 0)
    last = at
  }
  return total + UNMATCHED * (name.length - query.length)
}
