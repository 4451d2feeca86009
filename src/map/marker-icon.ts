/**
 * Builds a clinic marker's icon as DOM nodes (never an HTML string: names come from data).
 * Shape and colour show the status, fill shows the evidence, a dashed ring an approximate
 * position; the visually hidden text gives the focusable marker its accessible name.
 */
import * as L from 'leaflet'
import type { Evidence } from '../domain/clinic-schema.ts'
import { CLINIC_ID, MARKER } from '../domain/dom-contract.ts'
import {
  boxSize,
  ENCODING,
  SHAPE_PATHS,
  SYMBOL_VIEWBOX,
  symbolLook,
  type SymbolLook,
} from '../domain/symbols.ts'
import type { Status } from '../domain/timeline.ts'

const SVG = 'http://www.w3.org/2000/svg'

export interface MarkerLook {
  status: Status
  evidence: Evidence
  /** Dashed ring: a city centre or an unchecked old address (src/domain/position-note.ts). */
  approximate: boolean
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

/** The drawn look of a marker: the one description in src/domain/symbols.ts. */
function markerLook(look: MarkerLook): SymbolLook {
  return symbolLook(look)
}

/** The ring and shape as SVG nodes, attribute for attribute as StatusSymbol.tsx draws them. */
function shapeNodes(look: SymbolLook): SVGElement {
  const { ring } = ENCODING
  const g = svgEl('g', { opacity: String(look.opacity) })
  if (look.ring)
    g.append(
      svgEl('circle', {
        class: 'symbol-ring clinic-marker__approx',
        cx: '10',
        cy: '10',
        r: String(ring.r),
        fill: 'none',
        stroke: `var(${look.colorVar}, ${look.color})`,
        'stroke-width': String(ring.width),
        'stroke-dasharray': ring.dash,
        opacity: String(ring.opacity),
      }),
    )
  g.append(
    svgEl('path', {
      class: 'symbol-shape clinic-marker__shape',
      d: SHAPE_PATHS[look.shape],
      fill: look.fill,
      stroke: look.stroke,
      'stroke-width': String(look.strokeWidth),
      'stroke-linejoin': 'round',
    }),
  )
  return g
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
  const drawn = markerLook(look)
  const box = boxSize(drawn)
  const root = document.createElement('span')
  root.className = 'clinic-marker__body'
  root.setAttribute(CLINIC_ID, id)
  const svg = svgEl('svg', {
    viewBox: SYMBOL_VIEWBOX,
    width: String(box),
    height: String(box),
    'aria-hidden': 'true',
    focusable: 'false',
  })
  svg.append(shapeNodes(drawn))
  const name = document.createElement('span')
  name.className = 'visually-hidden'
  name.textContent = look.label
  root.append(svg, name)
  const [dx, dy] = look.offset
  // A target of at least 24 px (WCAG 2.5.8) around a smaller symbol, centred by map.css.
  const target = Math.max(24, box)
  return L.divIcon({
    html: root,
    className: [
      MARKER,
      `clinic-marker--${look.status}`,
      drawn.faint ? 'clinic-marker--faint' : '',
      look.today ? 'clinic-marker--today' : '',
      look.selected ? 'clinic-marker--selected' : '',
    ]
      .filter(Boolean)
      .join(' '),
    iconSize: [target, target],
    iconAnchor: [target / 2 - dx, target / 2 - dy],
    tooltipAnchor: [dx, dy - box / 2],
  })
}
