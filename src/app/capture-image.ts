/**
 * Makes the PNG for Save image. Loaded on click with html-to-image (SaveImageButton.tsx), so
 * none of it weighs on the first view.
 */
import { toPng } from 'html-to-image'

const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
] as const

/**
 * html-to-image copies HTML styles but not the CSS-class paint of SVG shapes (the basemap and
 * markers), which would come out in Leaflet's default blue and black. Write each shape's computed
 * paint onto its attributes for the capture; the returned function puts the originals back.
 */
function bakeSvgPaint(node: HTMLElement): () => void {
  const saved: [Element, string, string | null][] = []
  for (const el of node.querySelectorAll('path, circle, rect, polygon, polyline')) {
    const style = getComputedStyle(el)
    for (const prop of PAINT) {
      saved.push([el, prop, el.getAttribute(prop)])
      el.setAttribute(prop, style.getPropertyValue(prop))
    }
  }
  return () => {
    for (const [el, prop, value] of saved) {
      if (value === null) el.removeAttribute(prop)
      else el.setAttribute(prop, value)
    }
  }
}

/** Resolves after two frames: React has committed and Leaflet has redrawn. */
const nextFrames = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))

/**
 * The graphic as a PNG data URL, at twice its CSS size, tile images left out. It waits (a second
 * at most) for the still's caption, which loads on demand (Explorer.tsx): the file must hold
 * the same parts as screenshot mode.
 */
export async function captureGraphic(node: HTMLElement): Promise<string> {
  await nextFrames()
  for (let i = 0; i < 30 && !node.querySelector('[data-still="date"]'); i++) await nextFrames()
  const restore = bakeSvgPaint(node)
  try {
    return await toPng(node, {
      pixelRatio: 2,
      backgroundColor: getComputedStyle(document.body).backgroundColor,
      filter: (n) => !(n instanceof HTMLElement && n.classList.contains('leaflet-tile-pane')),
    })
  } finally {
    restore()
  }
}
