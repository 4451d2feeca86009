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

  it('draws a struck clinic as a solid orange (#D55E00) shape when confirmed', async () => {
    const screen = await render(<StatusSymbol status="struck" evidence="confirmed" size={24} />)
    const svg = screen.container.querySelector('svg')!
    expect(paintOf(svg)).toEqual({
      fill: 'rgb(213, 94, 0)',
      stroke: 'rgb(213, 94, 0)',
      opacity: '1',
    })
    expect(svg.getBoundingClientRect().width).toBe(24)
  })

  it('draws an inferred clinic hollow: background fill inside an orange outline', async () => {
    const screen = await render(<StatusSymbol status="struck" evidence="inferred" />)
    const paint = paintOf(screen.container.querySelector('svg')!)
    expect(paint.fill).toBe('rgb(255, 255, 255)')
    expect(paint.stroke).toBe('rgb(213, 94, 0)')
  })

  it('fades clinics that are not counted (unverified, unlikely)', async () => {
    const screen = await render(
      <>
        <StatusSymbol status="open" evidence="unverified" />
        <StatusSymbol status="open" evidence="unlikely" />
        <StatusSymbol status="open" evidence="confirmed" />
      </>,
    )
    const opacities = [...screen.container.querySelectorAll('svg')].map((s) => paintOf(s).opacity)
    expect(opacities.map(Number)).toEqual([0.45, 0.45, 1])
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
  })

  it('adds a dashed ring for an approximate location', async () => {
    const screen = await render(<StatusSymbol status="struck" approximate />)
    const ring = screen.container.querySelector('circle')
    expect(ring?.getAttribute('stroke-dasharray')).toBeTruthy()
  })
})
