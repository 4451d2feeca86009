/**
 * The DOM strings one layer writes and another reads, declared once. The map's markers and the
 * list's rows carry a clinic's id (src/map/marker-icon.ts, src/controls/ClinicList.tsx); the app
 * returns focus to them (src/app/use-return-focus.ts); the basemap keeps its labels off the
 * markers; the screenshot tool, the gallery and the tests wait for the map's ready signal. It
 * lives in the domain so that every layer and the scripts may import it, and it holds strings
 * only (no DOM). test/unit/dom-contract.test.ts refuses these strings typed anywhere else in src.
 */

/** On a marker's body and a list row's button: the clinic's id. */
export const CLINIC_ID_ATTRIBUTE = 'data-clinic-id'
/** {@link CLINIC_ID_ATTRIBUTE} as an `element.dataset` key. */
export const CLINIC_ID_KEY = 'clinicId'
/** Each DOM marker: Leaflet's icon element, the one that takes focus. */
export const MARKER_CLASS = 'clinic-marker'
/** The clinic list's `<ol>`. */
export const LIST_CLASS = 'clinic-list'
/** `<html data-map-ready="true">` once the map has drawn (src/map/MapReady.tsx), as a `dataset` key. */
export const MAP_READY_KEY = 'mapReady'

// Selectors for the readers of the contract (the app, the tools, the tests), written out whole
// rather than built from the names above: plain strings minify to less in the first view.
/** Any element that carries a clinic's id. */
export const CLINIC_ID_SELECTOR = '[data-clinic-id]'
export const MARKER_SELECTOR = '.clinic-marker'
export const LIST_SELECTOR = '.clinic-list'
export const MAP_READY_SELECTOR = 'html[data-map-ready="true"]'

/** The element carrying this clinic's id; escape the id first (`CSS.escape`) if it may need it. */
export function clinicIdSelector(id: string): string {
  return `[data-clinic-id="${id}"]`
}

/** JSX props that put a clinic's id on an element. */
export function clinicIdProps(id: string): Record<typeof CLINIC_ID_ATTRIBUTE, string> {
  return { [CLINIC_ID_ATTRIBUTE]: id }
}
