// Parts of Leaflet that scripts/lib/leaflet-carve.ts moves out of the first view. They are the
// same classes as Leaflet's own (same types), in modules that only on-demand code imports.
declare module 'virtual:leaflet-canvas' {
  export { Canvas, canvas, Circle, circle, CircleMarker, circleMarker } from 'leaflet'
}
declare module 'virtual:leaflet-tiles' {
  export { GridLayer, gridLayer, TileLayer, tileLayer } from 'leaflet'
}
declare module 'virtual:leaflet-tooltip' {
  export { DivOverlay, Tooltip, tooltip } from 'leaflet'
}
