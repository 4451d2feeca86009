/**
 * Cuts Leaflet 1.9.4's single ES module (leaflet-src.esm.js) into a first-view part and parts
 * loaded on demand, for scripts/lib/vite-leaflet.ts. A bundler cannot split one module across
 * chunks, and Leaflet keeps its canvas renderer, circle markers, popups and tile layers alive
 * through side-effect statements (`Map.include`, `Circle.include`, `preferCanvas && canvas()`),
 * so tree-shaking alone leaves them all in the first view. Here each block is cut out by its
 * first and last lines; a carved block becomes a module of its own that imports, from Leaflet,
 * the top-level names it uses (Leaflet exports them under a `__carved_` prefix for it).
 *
 * @example
 *   const { main, parts } = carveLeaflet(source)
 *   parts.canvas // 'import { __carved_Path as Path, ... } from "leaflet"; var CircleMarker = ...'
 */

/** A block of whole lines, from the line `from` matches to the end of the statement `through` starts. */
type Part = 'canvas' | 'tiles' | 'tooltip'

interface Cut {
  part: Part | 'drop'
  from: RegExp
  through: RegExp
}

const CUTS: readonly Cut[] = [
  // Circle markers and circles: only the canvas of thousands of clinics draws them.
  {
    part: 'canvas',
    from: /^var CircleMarker = Path\.extend\(\{$/,
    through: /^function circle\(latlng, options, legacyOptions\) \{$/,
  },
  // Layers' toGeoJSON(): nothing here turns layers back into GeoJSON.
  {
    part: 'drop',
    from: /^Marker\.include\(PointToGeoJSON\);$/,
    through: /^LayerGroup\.include\(\{$/,
  },
  {
    part: 'canvas',
    from: /^var Canvas = Renderer\.extend\(\{$/,
    through: /^function canvas\(options\) \{$/,
  },
  // Tooltips (and DivOverlay, their base): bound to the markers once they are drawn
  // (src/map/marker-tooltips.ts); loading the module adds bindTooltip() to every layer.
  {
    part: 'tooltip',
    from: /^var DivOverlay = Layer\.extend\(\{$/,
    through: /^Layer\.include\(\{$/,
  },
  {
    part: 'tooltip',
    from: /^var Tooltip = DivOverlay\.extend\(\{$/,
    through: /^Layer\.include\(\{$/,
  },
  // Popups: the map never opens one (details are a card, names a tooltip).
  { part: 'drop', from: /^var Popup = DivOverlay\.extend\(\{$/, through: /^Layer\.include\(\{$/ },
  // Tile layers: drawn once the first marker has painted (src/map/Tiles.tsx).
  {
    part: 'tiles',
    from: /^var GridLayer = Layer\.extend\(\{$/,
    through: /^tileLayer\.wms = tileLayerWMS;$/,
  },
  // VML, Internet Explorer 8's vector format: its detection, element factory and renderer
  // mixin. Every browser this map supports has SVG.
  {
    part: 'drop',
    from: /^var vml = !svg\$1 && \(function \(\) \{$/,
    through: /^\}\(\)\);$/,
  },
  { part: 'drop', from: /^var vmlCreate = \(function \(\) \{$/, through: /^\}\)\(\);$/ },
  { part: 'drop', from: /^var vmlMixin = \{$/, through: /^var vmlMixin = \{$/ },
  { part: 'drop', from: /^if \(Browser\.vml\) \{$/, through: /^if \(Browser\.vml\) \{$/ },
  // Single statements that keep unused classes alive: other projections than Web Mercator, the
  // default marker image (every marker here has a divIcon), iOS Safari's long-press contextmenu
  // simulation (nothing here listens for contextmenu).
  ...[
    /^CRS\.EPSG3395 = EPSG3395;$/,
    /^CRS\.EPSG900913 = EPSG900913;$/,
    /^CRS\.EPSG4326 = EPSG4326;$/,
    /^CRS\.Simple = Simple;$/,
    /^Icon\.Default = IconDefault;$/,
    /^Map\.addInitHook\('addHandler', 'tapHold', TapHold\);$/,
    /^Map\.TapHold = TapHold;$/,
  ].map((line) => ({ part: 'drop' as const, from: line, through: line })),
]

/** Single-line edits to the remaining code, each expected exactly once. */
const EDITS: readonly [RegExp, string][] = [
  // Without the canvas in the first view, paths always get SVG (preferCanvas is never set here).
  [
    /return \(this\.options\.preferCanvas && canvas\(options\)\) \|\| svg\(options\);/,
    'return svg(options);',
  ],
  // No marker here is draggable (react-leaflet only touches `dragging` when `draggable` changes).
  [/\tif \(MarkerDrag\) \{/, '\tif (false) {'],
  [/\ticon: new IconDefault\(\),/, '\ticon: undefined,'],
  // With VML gone (above), the browser flag is false and SVG elements are the only kind.
  [/\tvml: vml,/, '\tvml: false,'],
  [/var create = Browser\.vml \? vmlCreate : svgCreate;/, 'var create = svgCreate;'],
]

/** Names Leaflet exports that now live elsewhere, and where. */
const CARVED_EXPORTS: Record<string, Part | 'drop'> = {
  CircleMarker: 'canvas',
  circleMarker: 'canvas',
  Circle: 'canvas',
  circle: 'canvas',
  Canvas: 'canvas',
  canvas: 'canvas',
  DivOverlay: 'tooltip',
  Tooltip: 'tooltip',
  tooltip: 'tooltip',
  Popup: 'drop',
  popup: 'drop',
  GridLayer: 'tiles',
  gridLayer: 'tiles',
  TileLayer: 'tiles',
  tileLayer: 'tiles',
}

const CLOSING = /^\}\)?;?$/
const DECLARED = /^(?:var|let|const|function\*?|class)\s+([\w$]+)/

export interface Carved {
  main: string
  parts: Record<Part, string>
}

/** Splits the source; throws, naming the line, when Leaflet no longer has the expected shape. */
export function carveLeaflet(source: string): Carved {
  // Leaflet's build mixes CRLF and LF line ends.
  const lines = source.split(/\r?\n/)
  const owner: (Cut['part'] | undefined)[] = lines.map(() => undefined)
  for (const cut of CUTS) {
    const start = lines.findIndex((l) => cut.from.test(l))
    if (start < 0 || lines.findIndex((l, i) => i > start && cut.from.test(l)) >= 0)
      throw new Error(`Leaflet: expected one line matching ${cut.from}`)
    const last = lines.findIndex((l, i) => i >= start && cut.through.test(l))
    if (last < 0) throw new Error(`Leaflet: no line matching ${cut.through} after ${cut.from}`)
    let end = last
    if (!/;\s*$/.test(lines[last] ?? ''))
      while (end < lines.length && !CLOSING.test(lines[end] ?? '')) end++
    for (let i = start; i <= end; i++) owner[i] = cut.part
  }
  const declaredIn = (part: Cut['part'] | undefined) =>
    new Set(
      lines
        .flatMap((l, i) => (owner[i] === part ? [DECLARED.exec(l)?.[1] ?? ''] : []))
        .filter(Boolean),
    )
  const mainNames = declaredIn(undefined)
  const shared = new Set<string>()
  const parts = {} as Record<Part, string>
  for (const part of ['canvas', 'tiles', 'tooltip'] as const) {
    const code = lines.filter((_, i) => owner[i] === part).join('\n')
    const own = declaredIn(part)
    const needs = [...mainNames].filter((n) =>
      new RegExp(`(?<![.\\w$])${n.replace('$', '\\$')}(?![\\w$])`).test(code),
    )
    for (const n of needs) shared.add(n)
    const imports = needs.map((n) => `__carved_${n} as ${n}`).join(', ')
    parts[part] =
      `import { ${imports} } from 'leaflet';\n${code}\nexport { ${[...own].join(', ')} };\n`
  }
  let main = lines.filter((_, i) => owner[i] === undefined).join('\n')
  for (const [pattern, replacement] of EDITS) {
    if ((main.match(new RegExp(pattern, 'g')) ?? []).length !== 1)
      throw new Error(`Leaflet: expected one match of ${pattern}`)
    main = main.replace(pattern, replacement)
  }
  // Every name that left keeps its export as a stub that says where it went (tree-shaken when
  // unused, as react-leaflet's Popup, Circle and TileLayer components are here).
  const stubs = Object.entries(CARVED_EXPORTS)
    .map(
      ([name, part]) =>
        `var ${name} = /* @__PURE__ */ carvedOut(${JSON.stringify(name)}, ${JSON.stringify(part)});`,
    )
    .join('\n')
  main +=
    `\nfunction carvedOut(name, part) { return function () { throw new Error('L.' + name + ' is not in the first-view Leaflet: ' + (part === 'drop' ? 'left out' : 'import it from virtual:leaflet-' + part) + ' (scripts/lib/leaflet-carve.ts)') } }\n` +
    `${stubs}\nexport { ${[...shared].map((n) => `${n} as __carved_${n}`).join(', ')} };\n`
  return { main, parts }
}
