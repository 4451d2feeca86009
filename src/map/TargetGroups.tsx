/**
 * Group buttons for clinics whose markers overlap at the current zoom (issue 14 pt 6, WCAG
 * 2.5.8 without its "equivalent" exception; docs/targets.md). The members' symbols stay drawn
 * at their positions but stop being targets; the group is one button of at least 24 px,
 * "4 clinics in Lakeville", that zooms in until its members stand apart. Loaded after the
 * first view (ClinicMarkers.tsx): until it arrives every marker is its own button.
 */
import { memo, useEffect, useMemo, type ReactNode } from 'react'
import * as L from 'leaflet'
import { useMap } from 'react-leaflet'
import type { ClinicView } from '../domain/filters.ts'
import { GROUP, GROUP_MEMBERS, GROUPS_PLACED } from '../domain/dom-contract.ts'
import { isApproximatePosition } from '../domain/position-note.ts'
import { OPEN_RING_ZOOM } from '../domain/spread.ts'
import { boxSize, symbolLook } from '../domain/symbols.ts'
import { groupName, groupTargets, type TargetBox } from '../domain/targets.ts'
import { bindNameTooltip } from './marker-tooltips.ts'
import { useMapZoom } from './use-map-zoom.ts'

const identity = (zoom: number) => zoom

/**
 * Cuts: a lane this wide between two sides' symbol centres always splits a group; a group of
 * more than {@link MOST} is split at its widest lane that leaves a quarter on each side. Chosen
 * on this dataset's first views at the five reader sizes (docs/targets.md).
 */
const LANE = 16
const MOST = 8

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

interface Props {
  views: readonly ClinicView[]
  offsets: Map<string, [number, number]>
  selectedId: string | undefined
  /** Told which clinics a group button stands for (they stop being buttons themselves). */
  onGrouped(ids: ReadonlySet<string>): void
}

/**
 * The group buttons at the map's zoom, from each marker's projected position plus its spread
 * offset. Projected at the zoom (not the viewport), so panning never regroups; zooming does.
 */
export function TargetGroups({ views, offsets, selectedId, onGrouped }: Props): ReactNode {
  const map = useMap()
  // Read again once it listens: groups are never cut for the old zoom over markers drawn at
  // the new one (use-map-zoom.ts).
  const zoom = useMapZoom(map, identity)
  // The points' part that groups depend on; recomputed when the views change (a date step
  // that changes some clinic), but the groups are kept when their cut comes out the same.
  const computed = useMemo(() => {
    const points = views.map((v) => {
      const p = v.feature.properties
      const [lon, lat] = v.feature.geometry.coordinates
      const at = map.project([lat, lon], zoom)
      const [dx, dy] = offsets.get(p.id) ?? [0, 0]
      const look = symbolLook({
        status: v.state.status,
        evidence: p.evidence,
        approximate: isApproximatePosition(p),
        today: v.state.today,
        selected: p.id === selectedId,
      })
      return { id: p.id, x: at.x + dx, y: at.y + dy, size: boxSize(look), place: `${lon},${lat}` }
    })
    const byId = new Map(views.map((v) => [v.feature.id, v.feature]))
    // Two pixels apart: Leaflet rounds a marker's position, and a group's size, to whole pixels.
    return groupTargets(points, { gap: 2, lane: LANE, most: MOST })
      .filter((g) => g.ids.length > 1)
      .map((box) => {
        const members = box.ids.map((id) => byId.get(id)!)
        return {
          box,
          name: groupName(members.map((f) => f.properties.city)),
          area: L.latLngBounds(
            members.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]),
          ).toBBoxString(),
        }
      })
  }, [map, zoom, views, offsets, selectedId])
  const key = computed
    .map((g) => `${g.box.ids.join(' ')}|${g.box.left},${g.box.top},${g.box.right},${g.box.bottom}`)
    .join(';')
  // The same groups while the key holds: a date step that changes a clinic but not the cut
  // neither re-tells the markers (a second render pass) nor redraws a group button.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const groups = useMemo(() => computed, [key])
  useEffect(
    function tellGrouped() {
      onGrouped(new Set(groups.flatMap((g) => g.box.ids)))
      // For the tests and the screenshot tools: the groups for this zoom are in place.
      map.getContainer().setAttribute(GROUPS_PLACED, String(groups.length))
    },
    [map, groups, onGrouped],
  )
  useEffect(
    function ungroupOnUnmount() {
      return () => onGrouped(new Set())
    },
    [onGrouped],
  )
  return groups.map((g) => (
    <TargetGroup key={g.box.ids.join(' ')} box={g.box} name={g.name} area={g.area} zoom={zoom} />
  ))
}

interface GroupProps {
  box: TargetBox
  name: string
  /**
   * The members' bounds as Leaflet's "west,south,east,north" string: the button zooms to them.
   * A string, so a date step that keeps the group keeps its marker (and the reader's focus).
   */
  area: string
  zoom: number
}

/**
 * One group button over its members' symbols: its box is the group's target, a badge counts
 * them. A plain Leaflet marker, made here: react-leaflet's Marker in this chunk would move React
 * itself out of the first view's script into a shared one (more bytes, issue 14).
 */
const TargetGroup = memo(function TargetGroup({ box, name, area, zoom }: GroupProps) {
  const map = useMap()
  const w = Math.round(box.right - box.left)
  const h = Math.round(box.bottom - box.top)
  const x = (box.left + box.right) / 2
  const y = (box.top + box.bottom) / 2
  const members = box.ids.join(' ')
  useEffect(
    function drawGroup() {
      const label = `${name}. Zoom to them.`
      const marker = L.marker(map.unproject([x, y], zoom), {
        icon: groupIcon(members.split(' ').length, label, w, h),
        keyboard: true,
        zIndexOffset: 2000,
      })
      /** Far enough in to fit the members, and two levels at least (co-located ones separate). */
      const zoomIn = (around?: L.LatLng) => {
        const [west, south, east, north] = area.split(',').map(Number)
        const bounds = L.latLngBounds([south!, west!], [north!, east!])
        // Clinics at one place part only once their ring opens (spread.ts): zoom to that, not
        // to the street-level "fit" of a single point.
        const onePlace = west === east && south === north
        const fit = onePlace ? OPEN_RING_ZOOM : map.getBoundsZoom(bounds, false, L.point(64, 64))
        const to = Math.min(map.getMaxZoom(), Math.max(fit, map.getZoom() + 2))
        const animate = !prefersReducedMotion()
        // A click keeps the spot under the pointer (the clinic the reader aimed at) in place;
        // a ring that opens is centred instead, so its members open out inside the frame.
        if (around && !onePlace) map.setZoomAround(around, to, { animate })
        else map.setView(bounds.getCenter(), to, { animate })
      }
      marker.on('click', (e: L.LeafletMouseEvent) =>
        zoomIn(e.originalEvent.detail > 0 ? map.mouseEventToLatLng(e.originalEvent) : undefined),
      )
      marker.addTo(map)
      const element = marker.getElement()
      // Read by focusClinic (use-return-focus.ts) and the tests: which clinics it stands for.
      element?.setAttribute(GROUP_MEMBERS, members)
      element?.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return
        e.preventDefault()
        zoomIn()
      })
      const unbind = bindNameTooltip(marker, label)
      return function removeGroup() {
        unbind()
        marker.remove()
      }
    },
    [map, name, area, members, x, y, w, h, zoom],
  )
  return null
})

const icons = new Map<string, L.DivIcon>()

/** Cached, as clinicIcon is: a new icon object would replace the element and drop its focus. */
function groupIcon(count: number, label: string, w: number, h: number): L.DivIcon {
  const key = `${count}|${label}|${w}|${h}`
  let icon = icons.get(key)
  if (!icon) {
    const badge = document.createElement('span')
    badge.className = `${GROUP}__count`
    badge.setAttribute('aria-hidden', 'true')
    badge.textContent = String(count)
    const name = document.createElement('span')
    name.className = 'visually-hidden'
    name.textContent = label
    const root = document.createElement('span')
    root.append(badge, name)
    icon = L.divIcon({ html: root, className: GROUP, iconSize: [w, h] })
    icons.set(key, icon)
  }
  return icon
}
