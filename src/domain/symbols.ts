/**
 * The map's visual encoding, as plain data shared by the legend and the markers. Every status
 * differs by shape as well as colour (never colour alone); colours are Okabe-Ito, distinguishable
 * with the common colour-vision deficiencies. Paths are drawn in a 20x20 box.
 */
import type { Evidence } from './vocabulary.ts'
import type { Status } from './timeline.ts'
import { CURRENT_SINCE_YEAR } from './story.ts'

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'dot'

export interface StatusSymbol {
  /** Legend and list name of the state, without a date (see legend.ts for the dated wording). */
  label: string
  shape: Shape
  /** CSS custom property holding the colour (themes may adjust it). */
  colorVar: string
  /** Light-theme colour, also the fallback. */
  color: string
}

const STRUCK = { shape: 'circle', colorVar: '--status-struck', color: '#D55E00' } as const
const GREY = { shape: 'dot', colorVar: '--status-open', color: '#8C8C8C' } as const

export const STATUS_SYMBOLS: Record<Status, StatusSymbol> = {
  struck: { label: 'Struck, confirmed by reporting', ...STRUCK },
  probably_struck: { label: 'Probably struck', ...STRUCK },
  closed_for_strike: {
    label: 'Closed for the strike',
    shape: 'square',
    colorVar: '--status-closed-for-strike',
    color: '#CC79A7',
  },
  picketed: {
    label: 'Picketed',
    shape: 'triangle',
    colorVar: '--status-picketed',
    color: '#E69F00',
  },
  closure_announced: {
    label: 'Scheduled to close',
    shape: 'diamond',
    colorVar: '--status-closure-announced',
    color: '#0072B2',
  },
  closed: { label: 'Closed', shape: 'cross', colorVar: '--status-closed', color: '#3B3B3B' },
  open: { label: 'No event reported yet', ...GREY },
  not_known: { label: 'Not known: older records only, not counted', ...GREY },
}

/** SVG path data per shape, centred in a 20x20 view box. */
export const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M10 3a7 7 0 1 0 0.001 0Z',
  square: 'M4 4h12v12H4Z',
  triangle: 'M10 2.5 17.5 16.5H2.5Z',
  diamond: 'M10 2 18 10 10 18 2 10Z',
  cross: 'M5.5 3 10 7.5 14.5 3 17 5.5 12.5 10 17 14.5 14.5 17 10 12.5 5.5 17 3 14.5 7.5 10 3 5.5Z',
  dot: 'M10 6a4 4 0 1 0 0.001 0Z',
}

/** How evidence changes a symbol: solid when a source says so, hollow when inferred, faint when not counted. */
export const EVIDENCE_STYLES: Record<
  Evidence,
  { fill: 'solid' | 'hollow'; faint: boolean; label: string; short: string }
> = {
  confirmed: { fill: 'solid', faint: false, label: 'Confirmed by a source', short: 'confirmed' },
  inferred: {
    fill: 'hollow',
    faint: false,
    label: 'Inferred: probably struck, not named by a source',
    short: 'probably',
  },
  unverified: {
    fill: 'hollow',
    faint: true,
    label: `Unverified: not shown open since ${CURRENT_SINCE_YEAR}`,
    short: 'unverified',
  },
  unlikely: {
    fill: 'hollow',
    faint: true,
    label: 'Unlikely: outside the strike',
    short: 'unlikely',
  },
  closed_before: {
    fill: 'solid',
    faint: false,
    label: 'Closed before the strike',
    short: 'closed before',
  },
}

export const KIND_LABELS = {
  primary_care: 'Primary care',
  urgent_care: 'Urgent care',
  both: 'Primary and urgent care',
  unknown: 'Kind of care not stated',
} as const

/**
 * The one description of how a symbol is drawn, in SHAPE_PATHS' 20-unit box. The legend, the
 * list, the static key, the DOM markers and the canvas markers all read it, so the key cannot
 * drift from the map (issue 11): a test draws each and compares them with {@link symbolLook}.
 */
export const ENCODING = {
  /** Stroke of a solid shape: a thin halo in the background colour, so it stands off the map. */
  haloWidth: 1.5,
  /** Stroke of a hollow shape, in the status colour. */
  hollowWidth: 3,
  /** Whole-symbol opacity of a site that is not counted (unverified, unlikely). */
  faintOpacity: 0.6,
  /** The dashed ring of an approximate position, in the status colour. */
  ring: { r: 12, width: 1.2, dash: '2.5 2', opacity: 0.9 },
  /** Shape size in CSS pixels on the DOM map, in the legend and the list. */
  size: { counted: 19, faint: 13, today: 6, selected: 4 },
  /** Smaller on the canvas: thousands of symbols must leave the basemap visible. */
  canvasSize: { counted: 10, faint: 7, today: 3, selected: 4 },
} as const

export interface SymbolInput {
  status: Status
  evidence: Evidence
  approximate?: boolean
  today?: boolean
  selected?: boolean
}

export interface SymbolLook {
  shape: Shape
  /** CSS paint of the shape's fill and stroke (`var(--token, fallback)`). */
  fill: string
  stroke: string
  strokeWidth: number
  /** The status colour, for the ring and for renderers that resolve tokens themselves. */
  colorVar: string
  color: string
  hollow: boolean
  faint: boolean
  opacity: number
  /** Dashed ring for an approximate position. */
  ring: boolean
  /** Shape size in CSS pixels on the DOM map / legend; the drawn box is 26/20 of it. */
  size: number
  canvasSize: number
}

/** How a clinic's symbol is drawn. `symbolLook({ status: 'probably_struck', evidence: 'inferred' })` is a hollow orange circle. */
export function symbolLook(i: SymbolInput): SymbolLook {
  const symbol = STATUS_SYMBOLS[i.status]
  const style = EVIDENCE_STYLES[i.evidence]
  const hollow = style.fill === 'hollow'
  const colour = `var(${symbol.colorVar}, ${symbol.color})`
  const grow = (s: { counted: number; faint: number; today: number; selected: number }) =>
    (style.faint ? s.faint : s.counted) + (i.today ? s.today : 0) + (i.selected ? s.selected : 0)
  return {
    shape: symbol.shape,
    fill: hollow ? 'var(--bg, #ffffff)' : colour,
    stroke: hollow ? colour : 'var(--marker-halo, #ffffff)',
    strokeWidth: hollow ? ENCODING.hollowWidth : ENCODING.haloWidth,
    colorVar: symbol.colorVar,
    color: symbol.color,
    hollow,
    faint: style.faint,
    opacity: style.faint ? ENCODING.faintOpacity : 1,
    ring: i.approximate ?? false,
    size: grow(ENCODING.size),
    canvasSize: grow(ENCODING.canvasSize),
  }
}

/** The drawn box of a symbol: the 20-unit shape plus room for the ring, as SVG attributes. */
export const SYMBOL_VIEWBOX = '-3 -3 26 26'
export function boxSize(look: SymbolLook): number {
  return Math.round((look.size * 26) / 20)
}

/** The evidence a status's legend symbol is drawn with: what the map's clinics in it have. */
export function legendEvidence(status: Status): Evidence {
  if (status === 'probably_struck') return 'inferred'
  if (status === 'not_known') return 'unverified'
  return 'confirmed'
}
