/**
 * The canvas renderer behind CanvasMarkers.tsx: Leaflet's own, painting each circle marker as
 * its status's shape (SHAPE_PATHS, as the DOM markers and the legend draw them) from a cached
 * image per look.
 */
import type * as L from 'leaflet'
import { Canvas } from 'virtual:leaflet-canvas'
import { SHAPE_PATHS, type Shape } from '../domain/symbols.ts'

/** A marker's look, in the 20x20 units of SHAPE_PATHS (stroke widths as in map.css). */
export interface ShapeOptions extends L.CircleMarkerOptions {
  shape: Shape
  fillColor: string
  color: string
  /** Stroke width in shape units. */
  weight: number
  /** A wider stroke under the shape marking the selected clinic, or none. */
  ring: string | undefined
  /** The dashed ring of an approximate position (ENCODING.ring, colour resolved), or none. */
  approx: { r: number; width: number; dash: string; opacity: number; color: string } | undefined
  /** The image drawn, from {@link spriteOf}: found once per look, not on every redraw. */
  sprite: Sprite
  /**
   * Filtered out: kept on the canvas but neither painted nor hit (with `interactive: false`).
   * Hiding thousands of markers this way is one redraw; removing them is thousands of layer
   * removals, and adding them back re-projects each one.
   */
  hidden?: boolean
}

// The Leaflet 1.9.4 internals the renderer overrides (src/layer/vector/Canvas.js, _updateCircle).
interface CanvasInternals {
  _drawing: boolean
  _ctx: CanvasRenderingContext2D
}
interface MarkerInternals {
  _point: L.Point
  _radius: number
  _empty(): boolean
  options: ShapeOptions
}

export interface Sprite {
  image: ImageBitmap
  /** Side of the square image, CSS pixels. */
  size: number
}

/** Room around the shape for the stroke and the selection ring, CSS pixels. */
const PAD = 3
const sprites = new Map<string, Sprite>()

/**
 * The marker's image, drawn once per look and reused: copying a small bitmap is many times
 * cheaper than filling and stroking a path for each of 10,000 markers on every redraw.
 */
export function spriteOf(o: Omit<ShapeOptions, 'sprite'>): Sprite {
  const radius = o.radius ?? 10
  const key = `${o.shape}|${o.fillColor}|${o.color}|${o.weight}|${o.ring}|${o.opacity}|${radius}|${o.approx?.color}`
  let sprite = sprites.get(key)
  if (sprite) return sprite
  const size = 2 * (radius + PAD)
  const ratio = Math.max(1, window.devicePixelRatio || 1)
  const side = Math.ceil(size * ratio)
  const canvas = new OffscreenCanvas(side, side)
  const ctx = canvas.getContext('2d')
  if (ctx) {
    const scale = (radius / 10) * ratio // the radius spans half of SHAPE_PATHS' 20-unit box
    ctx.setTransform(scale, 0, 0, scale, PAD * ratio, PAD * ratio)
    ctx.globalAlpha = o.opacity ?? 1
    ctx.lineJoin = 'round'
    if (o.approx) {
      ctx.save()
      ctx.globalAlpha *= o.approx.opacity
      ctx.setLineDash(o.approx.dash.split(' ').map(Number))
      ctx.lineWidth = o.approx.width
      ctx.strokeStyle = o.approx.color
      ctx.beginPath()
      ctx.arc(10, 10, o.approx.r, 0, 2 * Math.PI)
      ctx.stroke()
      ctx.restore()
    }
    const path = new Path2D(SHAPE_PATHS[o.shape])
    if (o.ring) {
      ctx.lineWidth = o.weight + 4
      ctx.strokeStyle = o.ring
      ctx.stroke(path)
    }
    ctx.fillStyle = o.fillColor
    ctx.fill(path)
    ctx.lineWidth = o.weight
    ctx.strokeStyle = o.color
    ctx.stroke(path)
  }
  // A bitmap, not the canvas: drawing from a canvas makes Chromium snapshot it on every copy.
  sprite = { image: canvas.transferToImageBitmap(), size }
  sprites.set(key, sprite)
  return sprite
}

/** Leaflet's canvas renderer, painting each circle marker as its status's shape. */
export const ShapeCanvas = Canvas.extend({
  _updateCircle(this: CanvasInternals, layer: MarkerInternals) {
    if (!this._drawing || layer.options.hidden || layer._empty()) return
    const { image, size } = layer.options.sprite
    // Whole pixels: a fractional position makes the browser resample every copy (3x slower).
    const x = Math.round(layer._point.x - size / 2)
    const y = Math.round(layer._point.y - size / 2)
    this._ctx.drawImage(image, x, y, size, size)
  },
}) as unknown as new (options?: L.RendererOptions) => L.Canvas
