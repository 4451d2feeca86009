/**
 * The URL's query string is the one home of shareable state. Parsing never throws: anything
 * unknown, malformed or out of range falls back to the default or is clamped. Serializing leaves
 * defaults out and writes lists in a fixed order, so one view has one URL.
 */
import { EVIDENCE } from './vocabulary.ts'
import { isDay, type IsoDay } from './dates.ts'
import { KIND_FILTERS, NO_FILTERS, type Filters } from './filters.ts'
import { STATUSES } from './timeline.ts'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]
export const PANELS = ['map', 'list'] as const
export type Panel = (typeof PANELS)[number]

/** Everything a link carries: the filters (src/domain/filters.ts) and the rest of the view. */
export interface ViewState extends Filters {
  date: IsoDay
  clinic: string | undefined
  theme: Theme | undefined
  panel: Panel
  /** `?embed=1`: the graphic alone, for an iframe in an article. */
  embed: boolean
  /** `&title=0` hides the title (an article has its own headline); credits always stay. */
  showTitle: boolean
  /** `?screenshot=1`: a still for publication: no controls, offline basemap, no animation. */
  screenshot: boolean
  /** Raster tiles over the basemap; off by default in screenshot mode (`&tiles=1` forces on). */
  tiles: boolean
}

export interface UrlContext {
  min: IsoDay
  max: IsoDay
  defaultDate: IsoDay
  clinicIds: ReadonlySet<string>
}

export const MAX_QUERY = 80

/**
 * The query, trimmed and cut to MAX_QUERY code units without splitting a character outside the
 * BMP (an emoji cut in half is a lone surrogate, and encodeURIComponent throws on it).
 */
function clipQuery(text: string): string {
  const cut = text.trim().slice(0, MAX_QUERY)
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd()
}

export function defaultViewState(ctx: UrlContext): ViewState {
  return {
    date: ctx.defaultDate,
    ...NO_FILTERS,
    clinic: undefined,
    theme: undefined,
    panel: 'map',
    embed: false,
    showTitle: true,
    screenshot: false,
    tiles: true,
  }
}

/** A comma list of known values, kept in canonical order; `none` is the empty selection. */
function parseList<T extends string>(
  raw: string | null,
  all: readonly T[],
): readonly T[] | undefined {
  if (raw === null) return undefined
  if (raw === 'none') return []
  const wanted = new Set(raw.split(','))
  const picked = all.filter((v) => wanted.has(v))
  return picked.length > 0 ? picked : undefined
}

function oneOf<T extends string>(raw: string | null, all: readonly T[]): T | undefined {
  return all.find((v) => v === raw)
}

function clampDay(raw: string | null, ctx: UrlContext): IsoDay {
  if (raw === null || !isDay(raw)) return ctx.defaultDate
  return raw < ctx.min ? ctx.min : raw > ctx.max ? ctx.max : raw
}

/**
 * Query-string pairs, first occurrence of a key winning. A pair with a malformed escape
 * (`%E0%A4%A`) is skipped rather than failing the whole URL.
 */
export function readQuery(search: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const [rawKey, rawValue] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]
    try {
      const key = decodeURIComponent(rawKey.replace(/\+/g, ' '))
      if (!out.has(key)) out.set(key, decodeURIComponent(rawValue.replace(/\+/g, ' ')))
    } catch {
      continue
    }
  }
  return out
}

/** Drops control characters (tabs, NULs, DEL) that a pasted or forged link may carry. */
function withoutControlChars(text: string): string {
  return [...text].filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f).join('')
}

/** Reads a query string (`?date=2025-11-05&status=struck`) into a valid state. */
export function parseViewState(search: string, ctx: UrlContext): ViewState {
  const d = defaultViewState(ctx)
  const query = readQuery(search)
  const params = { get: (key: string) => query.get(key) ?? null }
  const clinic = params.get('clinic')
  const screenshot = params.get('screenshot') === '1'
  const q = clipQuery(withoutControlChars(params.get('q') ?? ''))
  return {
    date: clampDay(params.get('date'), ctx),
    statuses: parseList(params.get('status'), STATUSES) ?? d.statuses,
    kinds: parseList(params.get('kind'), KIND_FILTERS) ?? d.kinds,
    evidence: parseList(params.get('evidence'), EVIDENCE) ?? d.evidence,
    q,
    clinic: clinic !== null && ctx.clinicIds.has(clinic) ? clinic : undefined,
    theme: oneOf(params.get('theme'), THEMES),
    panel: oneOf(params.get('panel'), PANELS) ?? d.panel,
    embed: params.get('embed') === '1',
    showTitle: params.get('title') !== '0',
    screenshot,
    tiles: params.get('tiles') === '1' || (params.get('tiles') !== '0' && !screenshot),
  }
}

function writeList<T extends string>(
  params: Map<string, string>,
  key: string,
  value: readonly T[],
  all: readonly T[],
) {
  if (value.length === all.length) return
  params.set(key, value.length === 0 ? 'none' : all.filter((v) => value.includes(v)).join(','))
}

/** The query string for a state, defaults left out: `''` for the default view. */
export function serializeViewState(state: ViewState, ctx: UrlContext): string {
  const params = new Map<string, string>()
  if (state.date !== ctx.defaultDate) params.set('date', state.date)
  writeList(params, 'status', state.statuses, STATUSES)
  writeList(params, 'kind', state.kinds, KIND_FILTERS)
  writeList(params, 'evidence', state.evidence, EVIDENCE)
  const q = clipQuery(state.q)
  if (q !== '') params.set('q', q)
  if (state.clinic) params.set('clinic', state.clinic)
  if (state.theme) params.set('theme', state.theme)
  if (state.panel !== 'map') params.set('panel', state.panel)
  if (state.embed) params.set('embed', '1')
  if (!state.showTitle) params.set('title', '0')
  if (state.screenshot) params.set('screenshot', '1')
  if (state.tiles !== !state.screenshot) params.set('tiles', state.tiles ? '1' : '0')
  // Commas stay readable in lists; everything else is escaped.
  const text = [...params]
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`)
    .join('&')
  return text === '' ? '' : `?${text}`
}
