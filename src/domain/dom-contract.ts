/**
 * The DOM names one layer writes and another reads, declared once. The map's markers and the
 * list's rows carry a clinic's id (src/map/marker-icon.ts, src/controls/ClinicList.tsx); the app
 * returns focus to them (src/app/use-return-focus.ts); the basemap keeps its labels off the
 * markers; the screenshot tool, the gallery and the tests wait for the map's ready signal. It
 * lives in the domain so that every layer and the scripts may import it, and holds names only
 * (no DOM; bare strings, since it sits in the first view's bundle): readers build their
 * selectors from them. test/unit/dom-contract.test.ts refuses the raw names elsewhere in src.
 */

/** Attribute on a marker's body and on a list row's button: the clinic's id. */
export const CLINIC_ID = 'data-clinic-id'
/** Class of each DOM marker: Leaflet's icon element, the one that takes focus. */
export const MARKER = 'clinic-marker'
/** Class of the clinic list's `<ol>`. */
export const LIST = 'clinic-list'
/** Attribute set to "true" on `<html>` once the map has drawn (src/map/MapReady.tsx). */
export const MAP_READY = 'data-map-ready'
/** Class of a group button standing for overlapping markers (src/map/TargetGroups.tsx). */
export const GROUP = 'clinic-group'
/** Attribute on a group button: its members' clinic ids, space-separated. */
export const GROUP_MEMBERS = 'data-members'
/** Attribute on the map's container once the groups for its zoom are placed: how many. */
export const GROUPS_PLACED = 'data-groups'
