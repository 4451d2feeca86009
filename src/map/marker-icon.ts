/**
 * Builds a clinic marker's icon as DOM nodes (never an HTML string: names come from data).
 * Shape and colour show the status, fill shows the evidence, a dashed ring an approximate
 * position; the visually hidden text gives the focusable marker its accessible name.
 */
import * as L from 'leaflet'
import type { Evidence, Precision } from '../domain/clinic-schema.ts'
import { EVIDENCE_STYLES, SHAPE_PATHS, STATUS_SYMBOLS } from '../domain/symbols.ts'
import type { Status } from '../domain/timeline.ts'

const SVG = 'http://www.w3.org/2000/svg'

export interface MarkerLook {
  status: Status
  evidence: Evidence
  precision: Precision
  today: boolean
  selected: boolean
  offset: [number, number]
  label: string
}

function svgEl(name: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, name)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  return el
}

/** The marker's size in pixels: bigger for the day's events, smaller for sites not counted. */
export function markerSize(look: Pick<MarkerLook, 'evidence' | 'today' | 'selected'>): number {
  const base = EVIDENCE_STYLES[look.evidence].faint ? 13 : 19
  return base + (look.today ? 6 : 0) + (look.selected ? 4 : 0)
}

const cache = new Map<string, L.DivIcon>()

/**
 * The icon for a look, cached: react-leaflet replaces a marker's element whenever it receives a
 * new icon object, which would drop keyboard focus on every render.
 */
export function clinicIcon(id: string, look: MarkerLook): L.DivIcon {
  const key = `${id}|${JSON.stringify(look)}`
  let icon = cache.get(key)
  if (!icon) {
    icon = buildIcon(id, look)
    cache.set(key, icon)
  }
  return icon
}

function buildIcon(id: string, look: MarkerLook): L.DivIcon {
  const symbol = STATUS_SYMBOLS[look.status]
  const style = EVIDENCE_STYLES[look.evidence]
  const size = markerSize(look)
  const box = Math.round((size * 26) / 20)
  const root = document.createElement('span')
  root.className = 'clinic-marker__body'
  root.dataset.clinicId = id
  root.style.setProperty('--c', `var(${symbol.colorVar}, ${symbol.color})`)
  const svg = svgEl('svg', {
    viewBox: '-3 -3 26 26',
    width: String(box),
    height: String(box),
    'aria-hidden': 'true',
    focusable: 'false',
  })
  if (look.precision !== 'point')
    svg.append(svgEl('circle', { cx: '10', cy: '10', r: '12', class: 'clinic-marker__approx' }))
  svg.append(
    svgEl('path', {
      d: SHAPE_PATHS[symbol.shape],
      class: `clinic-marker__shape clinic-marker__shape--${style.fill}`,
    }),
  )
  const name = document.createElement('span')
  name.className = 'visually-hidden'
  name.textContent = look.label
  root.append(svg, name)
  const [dx, dy] = look.offset
  return L.divIcon({
    html: root,
    className: [
      'clinic-marker',
      `clinic-marker--${look.status}`,
      style.faint ? 'clinic-marker--faint' : '',
      look.today ? 'clinic-marker--today' : '',
      look.selected ? 'clinic-marker--selected' : '',
    ]
      .filter(Boolean)
      .join(' '),
    iconSize: [box, box],
    iconAnchor: [box / 2 - dx, box / 2 - dy],
    tooltipAnchor: [dx, dy - box / 2],
  })
}
