/**
 * Thousands of clinics on one canvas (past CANVAS_THRESHOLD in ClinicMarkers.tsx). Each clinic is
 * an L.CircleMarker painted by a canvas renderer that draws the status's shape rather than a
 * circle, so the encoding of the DOM markers (shape and colour for status, solid or hollow for
 * evidence, faint for sites not counted) survives at any count. Markers are updated in place: a
 * date step restyles only the clinics whose state changed.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react'
import * as L from 'leaflet'
import { circleMarker } from 'virtual:leaflet-canvas'
import { tooltip as makeTooltip } from 'virtual:leaflet-tooltip'
import { useMap } from 'react-leaflet'
import type { ClinicView } from '../domain/filters.ts'
import { isApproximatePosition } from '../domain/position-note.ts'
import { ENCODING, symbolLook } from '../domain/symbols.ts'
import { ShapeCanvas, spriteOf, type ShapeOptions } from './shape-canvas.ts'

interface Props {
  views: readonly ClinicView[]
  selectedId: string | undefined
  onSelect(id: string): void
}

export type Palette = (name: string, fallback: string) => string

/**
 * Reads the theme's colours (the canvas cannot use var()). The tokens are `light-dark(...)`
 * pairs, which a custom property's computed value leaves unresolved, so each is resolved by
 * painting it as the `color` of a hidden probe inside the map and reading back the used colour.
 */
export function paletteOf(element: HTMLElement): Palette {
  const known = new Map<string, string>() // reading a computed style is slow; ask once each
  const probe = document.createElement('span')
  probe.hidden = true
  return (name, fallback) => {
    let value = known.get(name)
    if (value === undefined) {
      probe.style.color = `var(${name}, ${fallback})`
      element.append(probe)
      value = getComputedStyle(probe).color || fallback
      probe.remove()
      known.set(name, value)
    }
    return value
  }
}

/** Changes when the page's theme does (`?theme=` sets data-theme; else the system decides). */
function themeKey(): string {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
  return `${document.documentElement.dataset.theme ?? ''}|${dark}`
}

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributeFilter: ['data-theme'] })
  const scheme = window.matchMedia?.('(prefers-color-scheme: dark)')
  scheme?.addEventListener('change', onChange)
  return () => {
    observer.disconnect()
    scheme?.removeEventListener('change', onChange)
  }
}

/** The canvas look of a clinic: the one description in src/domain/symbols.ts, colours resolved. */
export function lookOf(view: ClinicView, selected: boolean, colour: Palette): ShapeOptions {
  const p = view.feature.properties
  const d = symbolLook({
    status: view.state.status,
    evidence: p.evidence,
    approximate: isApproximatePosition(p),
    today: view.state.today,
    selected,
  })
  const c = colour(d.colorVar, d.color)
  const look = {
    shape: d.shape,
    radius: d.canvasSize / 2,
    fillColor: d.hollow ? colour('--bg', '#ffffff') : c,
    color: d.hollow ? c : colour('--marker-halo', '#ffffff'),
    weight: d.strokeWidth,
    ring: selected ? colour('--fg', '#1a1a1a') : undefined,
    approx: d.ring ? { ...ENCODING.ring, color: c } : undefined,
    opacity: d.opacity,
  }
  return { ...look, sprite: spriteOf(look) }
}

/** Hides or shows a marker in place: no paint and no hit while hidden (see ShapeOptions). */
function setHidden(marker: L.CircleMarker, hidden: boolean): void {
  const options = marker.options as ShapeOptions
  options.hidden = hidden
  options.interactive = !hidden
  marker.redraw()
}

interface Drawn {
  marker: L.CircleMarker
  /** The view it was drawn from: the day index keeps one object while a clinic's state holds. */
  view: ClinicView
  /** With the view's status and today, the look it is drawn with. */
  theme: string
  selected: boolean
  /** The drawClinics pass that last found it among the views (older: filtered out, hidden). */
  pass: number
  /** On the map now (false while filtered out). */
  shown: boolean
}

interface Canvas {
  renderer: L.Canvas
  /** A feature group, so clicks and hovers on any marker reach one listener. */
  group: L.FeatureGroup
  drawn: Map<string, Drawn>
  /** Counts drawClinics passes (see Drawn.pass). */
  pass: number
  /** Colours read for a theme: reading styles forces a style pass, so not on every step. */
  palette?: { theme: string; colour: Palette }
  /** Which clinic each marker draws, for the group's listeners. */
  clinics: WeakMap<L.Layer, { id: string; name: string }>
}

/** Draws `views` on a canvas; a click selects a clinic, hovering names it. */
export function CanvasMarkers({ views, selectedId, onSelect }: Props) {
  const map = useMap()
  const select = useRef(onSelect)
  const layer = useRef<Canvas>(undefined)
  const theme = useSyncExternalStore(subscribeToTheme, themeKey)

  useEffect(
    function followOnSelect() {
      select.current = onSelect
    },
    [onSelect],
  )

  useEffect(
    function addCanvas() {
      const renderer = new ShapeCanvas({ padding: 0.25 })
      const group = L.featureGroup().addTo(map)
      const clinics: Canvas['clinics'] = new WeakMap()
      layer.current = { renderer, group, drawn: new Map(), pass: 0, clinics }
      // One tooltip for all markers: binding one to each of 10,000 markers costs seconds.
      const tooltip = makeTooltip({ direction: 'top', offset: [0, -6] })
      const name = document.createElement('span') // text, never HTML: names come from data
      tooltip.setContent(name)
      group.on('mouseover', (e: L.LeafletMouseEvent) => {
        const target = e.propagatedFrom as L.CircleMarker
        name.textContent = clinics.get(target)?.name ?? ''
        map.openTooltip(tooltip.setLatLng(target.getLatLng()))
      })
      group.on('mouseout', () => map.closeTooltip(tooltip))
      group.on('click', (e: L.LeafletMouseEvent) => {
        const clinic = clinics.get(e.propagatedFrom as L.Layer)
        if (clinic) select.current(clinic.id)
      })
      // The container's name promises focusable markers; in this mode the list is the way in.
      const container = map.getContainer()
      const label = container.getAttribute('aria-label')
      container.setAttribute(
        'aria-label',
        'Map of the clinics, drawn as one image; the clinic list holds the same clinics.',
      )
      return function removeCanvas() {
        map.closeTooltip(tooltip)
        group.remove()
        renderer.remove()
        layer.current = undefined
        if (label === null) container.removeAttribute('aria-label')
        else container.setAttribute('aria-label', label)
      }
    },
    [map],
  )

  useEffect(
    function drawClinics() {
      const current = layer.current
      if (!current) return
      if (current.palette?.theme !== theme)
        current.palette = { theme, colour: paletteOf(map.getContainer()) }
      const { colour } = current.palette
      const pass = ++current.pass
      for (const view of views) {
        const id = view.feature.id
        const selected = id === selectedId
        const drawn = current.drawn.get(id)
        // A clinic whose view is the same object as last time, shown, and not (de)selected
        // needs nothing: a date step touches only the clinics whose state changed (issue 14).
        const same = drawn?.view === view && drawn.theme === theme
        if (same && drawn.shown && !selected && !drawn.selected) {
          drawn.pass = pass
          continue
        }
        const restyle =
          drawn !== undefined &&
          (drawn.theme !== theme ||
            drawn.selected !== selected ||
            drawn.view.state.status !== view.state.status ||
            drawn.view.state.today !== view.state.today)
        let marker = drawn?.marker
        if (!marker) {
          const [lon, lat] = view.feature.geometry.coordinates
          marker = circleMarker([lat, lon], {
            ...lookOf(view, selected, colour),
            renderer: current.renderer,
            bubblingMouseEvents: false,
          })
          current.clinics.set(marker, { id, name: view.feature.properties.name })
        } else if (restyle) {
          marker.setStyle(lookOf(view, selected, colour))
        }
        if (!drawn) current.group.addLayer(marker)
        else if (!drawn.shown) setHidden(marker, false)
        if (selected) marker.bringToFront()
        current.drawn.set(id, { marker, view, theme, selected, pass, shown: true })
      }
      // Filtered-out markers stay on the canvas, hidden: ticking the filter back shows them again.
      for (const drawn of current.drawn.values()) {
        if (!drawn.shown || drawn.pass === pass) continue
        setHidden(drawn.marker, true)
        drawn.shown = false
      }
    },
    [map, views, selectedId, theme],
  )
  return null
}
