/**
 * Turns the editor's CSV files into the published GeoJSON, or into a list of every problem,
 * each as `file:LINE column: what is wrong, and what would fix it`. Pure: no file I/O here.
 */
import {
  ClinicPropertiesSchema,
  DatasetSchema,
  EVIDENCE,
  PRECISIONS,
  StoryEventSchema,
  type ClinicFeature,
  type ClinicProperties,
  type Dataset,
  type StoryEvent,
} from '../../src/domain/clinic-schema.ts'
import { readCsv, type CsvRow, type CsvTable } from './csv.ts'
import { effectiveDay } from '../../src/domain/dates.ts'
import { closureEffects } from '../../src/domain/alternatives.ts'
import { isInRegion } from '../../src/domain/story.ts'
import { blockedSourceProblems, parseBlockList } from './blocked-hosts.ts'
import { readChanges } from './changes.ts'
import { disagreeingMeasures } from './disagreeing-measures.ts'
import { checkCells, DECIMAL_RE } from './cell-checks.ts'
import {
  buildDay,
  clinicDateProblems,
  dateWindow,
  eventDateProblems,
  type DateWindow,
} from './date-window.ts'
import type { Gazetteer } from './gazetteer.ts'
import { publicCsv } from './public-csv.ts'
import { readMeasures } from './reported-measures.ts'
import { shown, visible } from './visible.ts'

/**
 * The clinics CSV's header, from the schema (one list of fields): its properties in order, with
 * the point's `lat` and `lon` (the feature's geometry, not properties) after `precision`, which
 * says where they come from.
 */
export const CLINIC_COLUMNS: readonly string[] = Object.keys(ClinicPropertiesSchema.shape).flatMap(
  (field) => (field === 'precision' ? [field, 'lat', 'lon'] : [field]),
)
const EVENT_COLUMNS = ['date', 'title', 'caption', 'clinic_ids', 'on_timeline', 'sources'] as const
const REPORTED_COLUMNS = ['measure', 'value', 'sources', 'notes'] as const

export interface BuildInput {
  clinics: { file: string; text: string }
  events: { file: string; text: string }
  reported: { file: string; text: string }
  gazetteer: Gazetteer
  /** data/blocked-hosts.txt: hosts no value in any file may cite (scripts/lib/blocked-hosts.ts). */
  blockedHosts?: { file: string; text: string }
  /** data/changes.csv, published as `changes`; `today` rules out future dates in it. */
  changes?: { file: string; text: string }
  /** The build's date, `YYYY-MM-DD` (default: today in UTC), the end of the date window. */
  today?: string
}

/** `download` is the public clinics CSV, formula-safe (see public-csv.ts). */
export type BuildResult =
  { ok: true; dataset: Dataset; download: string } | { ok: false; problems: string[] }

type Report = (line: number, column: string, message: string) => void

function list(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** A `;` list with each item given once: a source twice is a slip, and collides as a React key. */
function listOnce(report: Report) {
  return (value: string, line: number, column: string): string[] => {
    const items = list(value)
    const twice = items.find((item, i) => items.indexOf(item) !== i)
    if (twice !== undefined) report(line, column, `lists ${shown(twice)} twice; keep it once`)
    return items
  }
}

function optional(value: string | undefined): string | undefined {
  const v = value ?? ''
  return v === '' ? undefined : v
}

/** A number column: empty is undefined; anything but plain decimal digits is NaN (no 0x2D). */
function numberOrUndefined(value: string | undefined): number | undefined {
  const v = optional(value)
  return v === undefined ? undefined : DECIMAL_RE.test(v) ? Number(v) : NaN
}

function readTable(
  source: { file: string; text: string },
  columns: readonly string[],
  problems: string[],
  report: Report,
): CsvTable {
  // Header names and values come from the file: escape them before they reach a terminal.
  const push = (message: string) => problems.push(visible(message))
  const table = readCsv(source.text)
  for (const p of table.problems)
    push(`${source.file}:${p.line}${p.column ? ` ${p.column}` : ''}: ${p.message}`)
  if (table.header.length === 0) return table
  const missing = columns.filter((c) => !table.header.includes(c))
  // No known name at all: the header row was deleted or replaced. One line says so, instead of
  // every column reported missing and every value reported as an unknown column.
  if (missing.length === columns.length) {
    push(
      `${source.file}:1: the first line is not the header (no column name is known); the first line must be: ${columns.join(',')}`,
    )
    return { ...table, rows: [] }
  }
  const extra = table.header.filter((c) => !columns.includes(c))
  for (const c of missing)
    push(`${source.file}:1 ${c}: column is missing; the header must be: ${columns.join(',')}`)
  for (const c of extra)
    push(
      `${source.file}:1 ${c}: unknown column; remove it or rename it to one of: ${columns.join(',')}`,
    )
  if (missing.length > 0) table.rows = []
  checkCells(table, report)
  return table
}

function reportIssues(
  report: Report,
  line: number,
  issues: readonly { path: PropertyKey[]; message: string }[],
) {
  for (const issue of issues) report(line, String(issue.path[0] ?? 'row'), issue.message)
}

function buildClinic(
  row: CsvRow,
  gazetteer: Gazetteer,
  window: DateWindow,
  report: Report,
): ClinicFeature | undefined {
  const v = row.values
  const before = { count: 0 }
  const note: Report = (line, column, message) => {
    before.count++
    report(line, column, message)
  }
  const precision = v.precision ?? ''
  let lat = numberOrUndefined(v.lat)
  let lon = numberOrUndefined(v.lon)
  let coordSource = optional(v.coord_source)
  let coordUrl = optional(v.coord_source_url)
  for (const [column, value] of [
    ['lat', lat],
    ['lon', lon],
  ] as const) {
    if (value !== undefined && !Number.isFinite(value))
      note(row.line, column, 'is not a number; write decimal degrees such as 44.9043')
  }
  if (precision === 'point') {
    if (lat === undefined || lon === undefined)
      note(
        row.line,
        lat === undefined ? 'lat' : 'lon',
        'is empty but precision is point; give both lat and lon from the source, or use precision zip or city',
      )
    else if (Number.isFinite(lat) && Number.isFinite(lon) && !isInRegion(lon, lat)) {
      const swapped = isInRegion(lat, lon) ? '; lat and lon look swapped' : ''
      note(row.line, 'lat', `${lat}, ${lon} lies outside Minnesota and western Wisconsin${swapped}`)
    }
  } else if (precision === 'zip' || precision === 'city') {
    if (lat !== undefined || lon !== undefined) {
      note(
        row.line,
        lat !== undefined ? 'lat' : 'lon',
        `is set but precision is ${precision}; the build looks these up itself: clear lat and lon, or use precision point with its source`,
      )
    } else {
      const place =
        precision === 'zip'
          ? v.zip && /^\d{5}$/.test(v.zip) // else the schema says what a ZIP must be
            ? gazetteer.zip(v.zip)
            : undefined
          : gazetteer.city(v.city ?? '', v.state ?? '')
      if (typeof place === 'string') note(row.line, precision === 'zip' ? 'zip' : 'city', place)
      else if (place) {
        ;({ lat, lon } = place)
        coordSource = place.source
        coordUrl = place.url
      }
    }
  }
  const candidate = {
    id: v.id,
    name: v.name,
    name_basis: v.name_basis,
    kind: v.kind,
    street: optional(v.street),
    city: v.city,
    state: v.state,
    zip: optional(v.zip),
    precision,
    coord_source: coordSource ?? '',
    coord_source_url: coordUrl,
    coord_year: numberOrUndefined(v.coord_year),
    evidence: v.evidence,
    evidence_reason: v.evidence_reason,
    last_seen_open: numberOrUndefined(v.last_seen_open),
    picketed_on: listOnce(note)(v.picketed_on ?? '', row.line, 'picketed_on'),
    struck_on: optional(v.struck_on),
    closed_for_strike_on: optional(v.closed_for_strike_on),
    closure_announced_on: optional(v.closure_announced_on),
    closed_on: optional(v.closed_on),
    closed_basis: optional(v.closed_basis),
    notes: optional(v.notes),
    sources: listOnce(note)(v.sources ?? '', row.line, 'sources'),
    row_updated: v.row_updated,
  }
  const coordProblems = before.count
  const parsed = ClinicPropertiesSchema.safeParse(candidate)
  if (!parsed.success) {
    // A coordinate already reported above leaves coord_source unresolved: say it once.
    const followOn = (i: { path: PropertyKey[] }) =>
      coordProblems > 0 && i.path[0] === 'coord_source'
    reportIssues(
      note,
      row.line,
      parsed.error.issues.filter((i) => !followOn(i)),
    )
  }
  if (parsed.success)
    for (const p of clinicDateProblems(parsed.data, window)) note(row.line, p.column, p.message)
  if (before.count > 0 || !parsed.success || lat === undefined || lon === undefined)
    return undefined
  return feature(parsed.data, lon, lat)
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6

/** Fixed key order, so the file diffs cleanly when one row changes. */
function feature(p: ClinicProperties, lon: number, lat: number): ClinicFeature {
  const properties = Object.fromEntries(
    (Object.keys(ClinicPropertiesSchema.shape) as (keyof ClinicProperties)[])
      .filter((k) => p[k] !== undefined)
      .map((k) => [k, p[k]]),
  ) as ClinicProperties
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] },
    properties,
  }
}

/**
 * `ids` is undefined when some clinic row's id was refused (or no row could be read): then an
 * event naming that clinic would be reported as naming no clinic, which misleads. The id's own
 * message comes first; the event is judged on the next build.
 */
function buildEvent(
  row: CsvRow,
  ids: Set<string> | undefined,
  window: DateWindow,
  report: Report,
): StoryEvent | undefined {
  const v = row.values
  const timeline = v.on_timeline ?? ''
  if (timeline !== 'yes' && timeline !== 'no') report(row.line, 'on_timeline', 'must be yes or no')
  const clinicIds = listOnce(report)(v.clinic_ids ?? '', row.line, 'clinic_ids')
  for (const id of clinicIds)
    if (ids && !ids.has(id))
      report(row.line, 'clinic_ids', `names ${shown(id)}, which is not an id in the clinics file`)
  const date = v.date ?? ''
  const parsed = StoryEventSchema.safeParse({
    date,
    day: /^\d{4}-\d{2}(-\d{2})?$/.test(date) ? effectiveDay(date) : date,
    title: v.title,
    caption: v.caption,
    clinic_ids: clinicIds,
    on_timeline: timeline === 'yes',
    sources: listOnce(report)(v.sources ?? '', row.line, 'sources'),
  })
  if (!parsed.success) {
    // `day` is derived from `date`: report it under the column the editor can change, once.
    const issues = parsed.error.issues
    const dateBad = issues.some((i) => i.path[0] === 'date')
    reportIssues(
      report,
      row.line,
      issues
        .filter((i) => !(dateBad && i.path[0] === 'day'))
        .map((i) => (i.path[0] === 'day' ? { ...i, path: ['date'] } : i)),
    )
    return undefined
  }
  const late = eventDateProblems(parsed.data, window)
  for (const p of late) report(row.line, p.column, p.message)
  return late.length > 0 ? undefined : parsed.data
}

function countBy<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
  for (const v of values) out[v]++
  return out
}

/**
 * A report that prints safely (control characters escaped) and says one thing per cell: the
 * first problem found in a cell is the one to fix; a second about the same value is a follow-on.
 */
function reporter(file: string, problems: string[]): Report {
  const said = new Set<string>()
  return (line, column, message) => {
    const cell = `${line} ${column}`
    if (said.has(cell)) return
    said.add(cell)
    problems.push(visible(`${file}:${line} ${column}: ${message}`))
  }
}

/** The page keys events by day and title: the same event twice is one row too many. */
function refuseDuplicateEvents(rows: { line: number; event: StoryEvent }[], report: Report) {
  const seen = new Map<string, number>()
  for (const { line, event } of rows) {
    const key = `${event.day} ${event.title}`
    const first = seen.get(key)
    if (first === undefined) seen.set(key, line)
    else
      report(
        line,
        'title',
        `repeats the event on line ${first} (same date and title); delete one of the two rows`,
      )
  }
}

const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Builds the dataset, or reports every problem found in all three files. */
export function buildDataset(input: BuildInput): BuildResult {
  const problems: string[] = []
  const window = dateWindow(input.today ?? buildDay())
  const reportClinic = reporter(input.clinics.file, problems)
  const clinicTable = readTable(input.clinics, CLINIC_COLUMNS, problems, reportClinic)
  const seen = new Map<string, number>()
  const features: ClinicFeature[] = []
  let idRefused = false
  for (const row of clinicTable.rows) {
    const id = row.values.id ?? ''
    if (!SLUG_RE.test(id)) idRefused = true
    const first = seen.get(id)
    if (first !== undefined)
      reportClinic(
        row.line,
        'id',
        `${shown(id)} is already used on line ${first}; every id must be unique`,
      )
    else seen.set(id, row.line)
    const f = buildClinic(row, input.gazetteer, window, reportClinic)
    if (f && first === undefined) features.push(f)
  }
  if (clinicTable.header.length > 0 && clinicTable.rows.length === 0 && problems.length === 0) {
    problems.push(
      `${input.clinics.file}:2 row: the file has a header but no clinics; add at least one row`,
    )
  }

  const reportEvent = reporter(input.events.file, problems)
  const eventTable = readTable(input.events, EVENT_COLUMNS, problems, reportEvent)
  // An unreadable clinics file (empty, wrong separator, no header) or a refused id is reported
  // once, not again as every id the events name.
  const ids = clinicTable.rows.length > 0 && !idRefused ? new Set(seen.keys()) : undefined
  const read = eventTable.rows.flatMap((row) => {
    const event = buildEvent(row, ids, window, reportEvent)
    return event ? [{ line: row.line, event }] : []
  })
  refuseDuplicateEvents(read, reportEvent)
  const events = read.map((r) => r.event)

  const reportReported = reporter(input.reported.file, problems)
  const reportedTable = readTable(input.reported, REPORTED_COLUMNS, problems, reportReported)
  const measures =
    reportedTable.header.length > 0
      ? readMeasures(reportedTable, listOnce(reportReported), reportReported)
      : undefined
  const disagreeing = disagreeingMeasures(reportedTable.rows, input.reported.file, problems)
  const changes = input.changes && readChanges(input.changes, ids, input.today, problems)
  if (input.blockedHosts) {
    const list = parseBlockList(input.blockedHosts)
    problems.push(...list.problems)
    const files = [input.clinics, input.events, input.reported, input.changes]
    problems.push(
      ...blockedSourceProblems(
        files.filter((f) => f !== undefined),
        list.hosts,
      ),
    )
  }

  if (problems.length > 0 || !measures) return { ok: false, problems }
  const struck = measures.clinics_struck
  const closures = measures.clinics_closed
  const clinicians = measures.clinicians_struck

  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
  const props = features.map((f) => f.properties)
  const byEvidence = countBy(
    EVIDENCE,
    props.map((p) => p.evidence),
  )
  const dataset: Dataset = {
    type: 'FeatureCollection',
    summary: {
      updated: props.map((p) => p.row_updated).reduce((a, b) => (a > b ? a : b)),
      reported: {
        struck: struck.value,
        struck_sources: struck.sources,
        closures: closures.value,
        closures_sources: closures.sources,
        clinicians: clinicians.value,
        clinicians_sources: clinicians.sources,
        ...(disagreeing.length > 0 ? { disagreeing } : {}),
      },
      total: features.length,
      by_evidence: byEvidence,
      by_precision: countBy(
        PRECISIONS,
        props.map((p) => p.precision),
      ),
      identified: byEvidence.confirmed + byEvidence.inferred,
      closures: props.filter((p) => p.closed_on !== undefined).length,
      closure_effects: closureEffects(features),
    },
    events,
    ...(changes ? { changes } : {}),
    features,
  }
  const check = DatasetSchema.safeParse(dataset)
  if (!check.success)
    return {
      ok: false,
      problems: check.error.issues.map((i) => `output ${i.path.join('.')}: ${i.message}`),
    }
  return { ok: true, dataset, download: publicCsv(CLINIC_COLUMNS, clinicTable.rows) }
}
