/**
 * A Vite plugin that bundles only the Leaflet this map uses: about 4 KB gzipped of the first
 * view's JS, which issue 5's 125 KB budget needs (React, ReactDOM, Leaflet and react-leaflet
 * alone take about 112 KB of it). Three steps, each checked by the budget step of `npm test`:
 *
 * 1. Leaflet's package `main` is its UMD build, which a bundler must keep whole; its ES module
 *    build lets unused classes drop out. It has no default export, so src/map writes
 *    `import * as L from 'leaflet'`.
 * 2. Leaflet defines every class as `const X = Parent.extend({...})`; Class.extend only builds and
 *    returns the new class, so the calls are declared pure and unused classes (image and video
 *    overlays, rectangles, WMS tiles...) are dropped.
 * 3. The layers and scale controls stay reachable through `L.control.layers` and friends, so
 *    the build swaps those four registrations for a stub that throws, naming this file.
 *
 * 4. The canvas renderer with circle markers, the tile layers, the tooltips and Popup leave the
 *    first view (scripts/lib/leaflet-carve.ts): the first three become the modules
 *    `virtual:leaflet-canvas`, `virtual:leaflet-tiles` and `virtual:leaflet-tooltip`, imported
 *    only by code loaded on demand; Popup is dropped.
 *
 * It also keeps leaflet.css's three PNGs (layers control, default marker icon: never shown here)
 * out of the CSS: inlined they weigh 3 KB gzipped, as files they are never requested.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'
import { carveLeaflet, type Carved } from './leaflet-carve.ts'

/** Parents whose `.extend` calls are pure (every `X.extend(` in Leaflet 1.9.4's ES build). */
const PARENTS = [
  'Class',
  'Evented',
  'Layer',
  'LayerGroup',
  'FeatureGroup',
  'GridLayer',
  'TileLayer',
  'ImageOverlay',
  'DivOverlay',
  'Icon',
  'Path',
  'CircleMarker',
  'Polyline',
  'Polygon',
  'Renderer',
  'Control',
  'Handler',
]

/** The four lines of leaflet-src.esm.js that keep the unused controls alive. */
const UNUSED_CONTROLS = /^(Control\.(?:Layers|Scale)|control\.(?:layers|scale)) = \w+;$/gm

const STUB =
  "function () { throw new Error('The layers and scale controls are left out of this build: see scripts/lib/vite-leaflet.ts') }"

const LEAFLET_ESM = createRequire(import.meta.url).resolve('leaflet/dist/leaflet-src.esm.js')
const PARTS = {
  'virtual:leaflet-canvas': 'canvas',
  'virtual:leaflet-tiles': 'tiles',
  'virtual:leaflet-tooltip': 'tooltip',
} as const

export function slimLeaflet(): Plugin {
  let carved: Carved | undefined
  const carve = () => (carved ??= carveLeaflet(readFileSync(LEAFLET_ESM, 'utf8')))
  return {
    name: 'strike-map-slim-leaflet',
    config: () => ({
      // Dev and component tests must see the same carved Leaflet as the build, not a pre-bundle.
      optimizeDeps: { exclude: ['leaflet'] },
      resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
      build: {
        rolldownOptions: {
          treeshake: { manualPureFunctions: PARENTS.map((parent) => `${parent}.extend`) },
        },
        assetsInlineLimit: (file: string) =>
          file.includes('/node_modules/leaflet/') ? false : undefined,
      },
    }),
    resolveId(source) {
      return source in PARTS ? `\0${source}.js` : null
    },
    load(id) {
      const name = id.replace(/^\0/, '').replace(/\.js$/, '')
      if (!id.startsWith('\0') || !(name in PARTS)) return null
      return { code: carve().parts[PARTS[name as keyof typeof PARTS]], map: null }
    },
    transform(_code, id) {
      // The dev server adds a version query (?v=...) to files under node_modules.
      if (!id.split('?')[0]?.endsWith('/leaflet/dist/leaflet-src.esm.js')) return null
      let found = 0
      const out = carve().main.replace(UNUSED_CONTROLS, (_line, target: string) => {
        found++
        return `${target} = ${STUB};`
      })
      // A Leaflet upgrade that moves these lines must fail the build, not quietly grow it.
      if (found !== 4) this.error(`expected 4 control registrations in Leaflet, found ${found}`)
      return { code: out, map: null }
    },
  }
}
