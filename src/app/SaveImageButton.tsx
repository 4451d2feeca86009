import { useState } from 'react'

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
 * Saves the graphic (title, date, map, legend, credits) as a PNG, as screenshot mode shows it:
 * controls hidden and the offline basemap only. `onCapturing(true)` asks the page to drop the
 * tile layer for the capture, so neither third-party pixels nor their credit are in the file;
 * tile images are also filtered out in case a tile is still on screen. html-to-image loads
 * only when asked.
 */
export function SaveImageButton({
  target,
  fileName,
  onCapturing,
}: {
  target: () => HTMLElement | null
  fileName: string
  onCapturing?: (capturing: boolean) => void
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const save = async () => {
    const node = target()
    if (!node) return
    setBusy(true)
    setError(undefined)
    const root = document.documentElement
    root.classList.add('is-capturing')
    onCapturing?.(true)
    let restore = () => {}
    try {
      await nextFrames()
      restore = bakeSvgPaint(node)
      const { toPng } = await import('html-to-image')
      const url = await toPng(node, {
        pixelRatio: 2,
        backgroundColor: getComputedStyle(document.body).backgroundColor,
        filter: (n) => !(n instanceof HTMLElement && n.classList.contains('leaflet-tile-pane')),
      })
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      link.click()
    } catch {
      setError('The image could not be made in this browser. Try npm run screenshots instead.')
    } finally {
      restore()
      root.classList.remove('is-capturing')
      onCapturing?.(false)
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" className="tool-button" onClick={save} disabled={busy}>
        {busy ? 'Saving…' : 'Save image'}
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  )
}
