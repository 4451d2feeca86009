/**
 * The pure half of `npm run data:geocode`: which rows of data/clinics.csv to send to the US
 * Census Bureau's batch geocoder, the CSV file it takes, reading its answer, and writing the
 * matches back into the CSV text. No network or file I/O here (see scripts/data-geocode.ts).
 *
 * Writing back edits cells in place: every byte outside the changed cells stays as it was
 * (column order, quoting, the BOM, LF or CRLF), so a geocoded row is a one-line diff. That
 * needs each cell's offsets, which readCsv (scripts/lib/csv.ts) does not give; hence the small
 * scanner below, and a module somewhat over the house's ~250 lines.
 */
import { csvField, readCsv } from './csv.ts'
import { isInRegion } from '../../src/domain/story.ts'
import { isStreetAddress } from './report.ts'

/** The public geocoder; `${base}/locations/addressbatch` is the batch endpoint. */
export const CENSUS_GEOCODER_URL = 'https://geocoding.geo.census.gov/geocoder'
/** The page a reader can follow from `coord_source_url`: the geocoder's own front page. */
const CENSUS_GEOCODER_DOCS = 'https://geocoding.geo.census.gov/geocoder/'
/** The address data the matches come from: the current TIGER address ranges. */
export const CENSUS_BENCHMARK = 'Public_AR_Current'

/** A row of clinics.csv with an address the geocoder could place. */
export interface AddressRow {
  id: string
  street: string
  city: string
  state: string
  zip: string
  precision: string
  coordSource: string
  /** The current point, as written (empty unless precision is point). */
  lat: string
  lon: string
}

/** What {@link selectRows} found: rows to send, rows holding a point already, rows left out. */
export interface Selection {
  /** precision zip or city, with a street address: always sent. */
  candidates: AddressRow[]
  /** precision point, with a street address: sent only with the editor's consent. */
  points: AddressRow[]
  /** rows with a street that is not an address ("Hy-Vee store, ..."), with why. */
  skipped: { id: string; reason: string }[]
}

/** The geocoder's answer for one address. */
export type BatchResult =
  | {
      id: string
      status: 'match'
      quality: 'Exact' | 'Non_Exact'
      matchedAddress: string
      lon: number
      lat: number
    }
  | { id: string; status: 'no_match' }
  | { id: string; status: 'tie' }

export type Match = Extract<BatchResult, { status: 'match' }>

interface Cell {
  start: number
  end: number
  value: string
}

/**
 * Splits CSV text into records of cells with their offsets in `text`. It follows the same
 * rules as readCsv in scripts/lib/csv.ts (the build's reader) so both see the same cells; the
 * offsets are what lets a cell be replaced without touching anything around it.
 */
function scanRecords(text: string): { line: number; cells: Cell[] }[] {
  const records: { line: number; cells: Cell[] }[] = []
  let cells: Cell[] = []
  let i = text.startsWith('\uFEFF') ? 1 : 0
  let start = i
  let value = ''
  let inQuotes = false
  let line = 1
  let recordLine = 1
  for (; i < text.length; i++) {
    const ch = text[i]
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"'
        i++
      } else if (ch === '"') inQuotes = false
      else {
        if (ch === '\n') line++
        value += ch
      }
    } else if (ch === '"' && value === '') inQuotes = true
    else if (ch === ',') {
      cells.push({ start, end: i, value })
      value = ''
      start = i + 1
    } else if (ch === '\n' || ch === '\r') {
      cells.push({ start, end: i, value })
      records.push({ line: recordLine, cells })
      if (ch === '\r' && text[i + 1] === '\n') i++
      cells = []
      value = ''
      start = i + 1
      line++
      recordLine = line
    } else value += ch
  }
  if (value !== '' || cells.length > 0) {
    cells.push({ start, end: text.length, value })
    records.push({ line: recordLine, cells })
  }
  return records.filter((r) => !(r.cells.length === 1 && r.cells[0]?.value.trim() === ''))
}

/** The file as rows of named cells; throws with the reader's problems if it is not clean. */
function table(text: string): { header: string[]; rows: Map<string, Map<string, Cell>> } {
  const checked = readCsv(text)
  if (checked.problems.length > 0)
    throw new Error(
      `the CSV file has problems; run npm run data and fix them first (line ${checked.problems[0]?.line}: ${checked.problems[0]?.message})`,
    )
  const [head, ...body] = scanRecords(text)
  const header = (head?.cells ?? []).map((c) => c.value.trim())
  if (!header.includes('id')) throw new Error('the CSV file has no id column')
  const rows = new Map<string, Map<string, Cell>>()
  for (const record of body) {
    const named = new Map(header.map((name, i) => [name, record.cells[i]] as const))
    const id = named.get('id')?.value ?? ''
    if (rows.has(id))
      throw new Error(`line ${record.line}: the id ${id} is used twice; run npm run data`)
    // Defensive: both readers must agree, or an edit could land in the wrong cell.
    if (record.cells.length !== header.length)
      throw new Error(`line ${record.line}: could not read the row safely; run npm run data`)
    rows.set(id, named as Map<string, Cell>)
  }
  if (rows.size !== checked.rows.length)
    throw new Error('the CSV file could not be read safely; run npm run data')
  return { header, rows }
}

/**
 * Sorts the rows of clinics.csv text into what the geocoder may place. Rows with no street are
 * not mentioned: they need research, not geocoding (`npm run data:report` lists them).
 */
export function selectRows(csvText: string): Selection {
  const selection: Selection = { candidates: [], points: [], skipped: [] }
  for (const [id, cells] of table(csvText).rows) {
    const get = (column: string) => cells.get(column)?.value ?? ''
    const row: AddressRow = {
      id,
      street: get('street'),
      city: get('city'),
      state: get('state'),
      zip: get('zip'),
      precision: get('precision'),
      coordSource: get('coord_source'),
      lat: get('lat'),
      lon: get('lon'),
    }
    if (row.street === '') continue
    if (!isStreetAddress(row.street)) {
      if (row.precision !== 'point')
        selection.skipped.push({ id, reason: `"${row.street}" is not a street address` })
    } else if (row.precision === 'point') selection.points.push(row)
    else if (row.precision === 'zip' || row.precision === 'city') selection.candidates.push(row)
  }
  return selection
}

/**
 * The file the batch endpoint takes: `Unique ID, Street address, City, State, ZIP`, no header,
 * one address a line. The clinic id is the unique id, so answers map straight back to rows.
 */
export function buildRequestCsv(rows: readonly AddressRow[]): string {
  return rows
    .map((r) => [r.id, r.street, r.city, r.state, r.zip].map(csvField).join(',') + '\n')
    .join('')
}

const MARKUP_OR_BREAK = /[<>\r\n]/

/**
 * Reads the batch endpoint's answer: one CSV line per address,
 * `"id","input address","Match","Exact"|"Non_Exact","matched address","lon,lat","tiger id","side"`,
 * or only the first three fields for `No_Match` and `Tie`. Every id sent must come back exactly
 * once; anything else is an error, so a garbled answer can never write a wrong point.
 */
export function parseBatchResponse(
  text: string,
  sentIds: readonly string[],
): { ok: true; results: BatchResult[] } | { ok: false; problem: string } {
  const fail = (problem: string) => ({ ok: false as const, problem })
  const expected = new Set(sentIds)
  const results = new Map<string, BatchResult>()
  for (const { line, cells } of scanRecords(text)) {
    const [id = '', , status = '', quality = '', matchedAddress = '', lonLat = ''] = cells.map(
      (c) => c.value.trim(),
    )
    if (!expected.has(id)) return fail(`line ${line}: unexpected id "${id.slice(0, 40)}"`)
    if (results.has(id)) return fail(`line ${line}: id ${id} answered twice`)
    if (status === 'No_Match') results.set(id, { id, status: 'no_match' })
    else if (status === 'Tie') results.set(id, { id, status: 'tie' })
    else if (status === 'Match') {
      const [lon, lat] = lonLat.split(',').map((n) => (n.trim() === '' ? NaN : Number(n)))
      if (quality !== 'Exact' && quality !== 'Non_Exact')
        return fail(
          `line ${line}: match quality "${quality.slice(0, 20)}" is not Exact or Non_Exact`,
        )
      if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat))
        return fail(`line ${line}: coordinates "${lonLat.slice(0, 40)}" are not "lon,lat"`)
      if (matchedAddress === '' || MARKUP_OR_BREAK.test(matchedAddress))
        return fail(`line ${line}: the matched address is empty or not plain text`)
      results.set(id, { id, status: 'match', quality, matchedAddress, lon, lat })
    } else
      return fail(`line ${line}: status "${status.slice(0, 20)}" is not Match, No_Match or Tie`)
  }
  const missing = sentIds.filter((id) => !results.has(id))
  if (missing.length > 0) return fail(`no answer for ${missing.join(', ')}`)
  return { ok: true, results: sentIds.map((id) => results.get(id) as BatchResult) }
}

/** True when a match lies where the build accepts points; a match elsewhere is a wrong match. */
export function isPlausible(match: Match): boolean {
  return isInRegion(match.lon, match.lat)
}

/**
 * Kilometres between a row's current point and a match (haversine), so the editor asked to
 * replace a point sees how far it would move. NaN when the row has no point.
 */
export function distanceKm(row: Pick<AddressRow, 'lat' | 'lon'>, match: Match): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const lat = row.lat === '' ? NaN : Number(row.lat)
  const lon = row.lon === '' ? NaN : Number(row.lon)
  const a =
    Math.sin(rad(match.lat - lat) / 2) ** 2 +
    Math.cos(rad(lat)) * Math.cos(rad(match.lat)) * Math.sin(rad(match.lon - lon) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}

const round6 = (n: number) => String(Math.round(n * 1e6) / 1e6)

/**
 * The cells a match writes into its row, dated `date` (YYYY-MM-DD, the day of the run).
 * `coord_source` names the geocoder, the match quality, the address it matched and the date.
 */
export function matchCells(match: Match, date: string): Record<string, string> {
  return {
    precision: 'point',
    lat: round6(match.lat),
    lon: round6(match.lon),
    coord_source: `US Census Bureau geocoder (${CENSUS_BENCHMARK}), ${match.quality} match to '${match.matchedAddress}', ${date}`,
    coord_source_url: CENSUS_GEOCODER_DOCS,
    coord_year: date.slice(0, 4),
    row_updated: date,
  }
}

/**
 * Returns `csvText` with the given cells replaced, by row id and column name. Only cells whose
 * value changes are rewritten (quoted with csvField only when needed); every other byte is kept.
 * Throws if an id or a column is not in the file.
 */
export function applyEdits(
  csvText: string,
  edits: ReadonlyMap<string, Readonly<Record<string, string>>>,
): string {
  const { rows } = table(csvText)
  const replacements: { start: number; end: number; text: string }[] = []
  for (const [id, values] of edits) {
    const cells = rows.get(id)
    if (!cells) throw new Error(`no row with id ${id}`)
    for (const [column, value] of Object.entries(values)) {
      const cell = cells.get(column)
      if (!cell) throw new Error(`no column ${column}`)
      if (cell.value !== value) replacements.push({ ...cell, text: csvField(value) })
    }
  }
  // From the end backwards, so earlier offsets stay valid.
  replacements.sort((a, b) => b.start - a.start)
  let out = csvText
  for (const r of replacements) out = out.slice(0, r.start) + r.text + out.slice(r.end)
  return out
}
