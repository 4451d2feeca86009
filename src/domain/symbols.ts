/**
 * The map's visual encoding, as plain data shared by the legend and the markers. Every status
 * differs by shape as well as colour (never colour alone); colours are Okabe-Ito, distinguishable
 * with the common colour-vision deficiencies. Paths are drawn in a 20x20 box.
 */
import type { Evidence, Precision } from './clinic-schema.ts'
import type { Status } from './timeline.ts'

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'dot'

export interface StatusSymbol {
  /** Legend and list label for the state on the selected day. */
  label: string
  /** The same when the event is on the selected day itself. */
  todayLabel: string
  shape: Shape
  /** CSS custom property holding the colour (themes may adjust it). */
  colorVar: string
  /** Light-theme colour, also the fallback. */
  color: string
}

export const STATUS_SYMBOLS: Record<Status, StatusSymbol> = {
  struck: {
    label: 'Struck',
    todayLabel: 'On strike today',
    shape: 'circle',
    colorVar: '--status-struck',
    color: '#D55E00',
  },
  closed_for_strike: {
    label: 'Closed for the strike',
    todayLabel: 'Closed for the strike today',
    shape: 'square',
    colorVar: '--status-closed-for-strike',
    color: '#CC79A7',
  },
  picketed: {
    label: 'Picketed',
    todayLabel: 'Picketed today',
    shape: 'triangle',
    colorVar: '--status-picketed',
    color: '#E69F00',
  },
  closure_announced: {
    label: 'Closure announced',
    todayLabel: 'Closure announced',
    shape: 'diamond',
    colorVar: '--status-closure-announced',
    color: '#0072B2',
  },
  closed: {
    label: 'Closed',
    todayLabel: 'Closed today',
    shape: 'cross',
    colorVar: '--status-closed',
    color: '#3B3B3B',
  },
  open: {
    label: 'No strike event',
    todayLabel: 'No strike event',
    shape: 'dot',
    colorVar: '--status-open',
    color: '#8C8C8C',
  },
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
    label: 'Unverified: not shown open since 2020',
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

/** Reader wording for a position's precision; `undefined` for a sourced point. */
export const PRECISION_LABELS: Record<Precision, string | undefined> = {
  point: undefined,
  zip: 'Approximate location: centre of the ZIP code area',
  city: 'Approximate location: city centre',
}

export const KIND_LABELS = {
  primary_care: 'Primary care',
  urgent_care: 'Urgent care',
  both: 'Primary and urgent care',
  unknown: 'Kind of care not stated',
} as const
