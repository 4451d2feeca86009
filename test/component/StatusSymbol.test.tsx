import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { StatusSymbol } from '../../src/controls/StatusSymbol.tsx'

function paintOf(svg: Element) {
  const path = svg.querySelector('path')
  if (!path) throw new Error('no path in the symbol')
  const style = getComputedStyle(path)
  const group = path.parentElement
  return {
    fill: style.fill,
    stroke: style.stroke,
    opacity: group ? getComputedStyle(group).opacity : '1',
  }
}

describe('StatusSymbol', () => {
  it('is decorative: an svg hidden from assistive technology', async () => {
    const screen = await render(<StatusSymbol status="struck" />)
    const svg = screen.container.querySelector('svg')
    expect(svg?.getAttribute('aria-hidden')).toBe('true')
  })

  it('draws a struck clinic as a solid orange (#D55E00) shape with a white halo, map-sized', async () => {
    const screen = await render(<StatusSymbol status="struck" evidence="confirmed" />)
    const svg = screen.container.querySelector('svg')!
    expect(paintOf(svg)).toEqual({
      fill: 'rgb(213, 94, 0)',
      stroke: 'rgb(255, 255, 255)',
      opacity: '1',
    })
    // 19 px shape in a 26/20 box with room for the ring, as on the map: round(19 * 1.3) = 25.
    expect(svg.getBoundingClientRect().width).toBe(25)
  })

  it('draws an inferred clinic hollow: background fill inside an orange outline', async () => {
    const screen = await render(<StatusSymbol status="probably_struck" evidence="inferred" />)
    const paint = paintOf(screen.container.querySelector('svg')!)
    expect(paint.fill).toBe('rgb(255, 255, 255)')
    expect(paint.stroke).toBe('rgb(213, 94, 0)')
  })

  it('fades and shrinks clinics that are not counted (unverified, unlikely), as the map does', async () => {
    const screen = await render(
      <>
        <StatusSymbol status="not_known" evidence="unverified" />
        <StatusSymbol status="not_known" evidence="unlikely" />
        <StatusSymbol status="open" evidence="confirmed" />
      </>,
    )
    const svgs = [...screen.container.querySelectorAll('svg')]
    expect(svgs.map((s) => Number(paintOf(s).opacity))).toEqual([0.6, 0.6, 1])
    // 13 px and 19 px shapes: round(13 * 1.3) = 17, round(19 * 1.3) = 25.
    expect(svgs.map((s) => s.getBoundingClientRect().width)).toEqual([17, 17, 25])
  })

  it('gives each status its own shape, not just its own colour', async () => {
    const screen = await render(
      <>
        <StatusSymbol status="struck" />
        <StatusSymbol status="closed_for_strike" />
        <StatusSymbol status="picketed" />
        <StatusSymbol status="closure_announced" />
        <StatusSymbol status="closed" />
        <StatusSymbol status="open" />
      </>,
    )
    const shapes = [...screen.container.querySelectorAll('path')].map((p) => p.getAttribute('d'))
    expect(new Set(shapes).size).toBe(6)
    // Confirmed and probable strikes share shape and colour and differ by fill.
    const pair = await render(
      <>
        <StatusSymbol status="struck" />
        <StatusSymbol status="probably_struck" evidence="inferred" />
      </>,
    )
    const [a, b] = [...pair.container.querySelectorAll('svg')].map(paintOf)
    expect(a?.fill).not.toBe(b?.fill)
  })

  it('adds a dashed ring for an approximate location', async () => {
    const screen = await render(<StatusSymbol status="struck" approximate />)
    const ring = screen.container.querySelector('circle')
    expect(ring?.getAttribute('stroke-dasharray')).toBeTruthy()
  })
})
