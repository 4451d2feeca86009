/**
 * The symbol description in Node: what a reader sees of each mark (shape, colour, solid or
 * hollow, faint, size). The component tests draw it in Chromium; this pins the description
 * itself so the mutation run (Node only) can judge `symbolLook`. Expected values come from the
 * design in docs/framing.md ("One encoding": halo 1.5, hollow 3, opacity 0.6, 19/13 px +6 +4,
 * canvas 10/7/+3/+4) and the Okabe-Ito palette, not from the code.
 */
import { describe, expect, it } from 'vitest'
import {
  EVIDENCE_STYLES,
  KIND_LABELS,
  STATUS_SYMBOLS,
  boxSize,
  legendEvidence,
  symbolLook,
} from '../../src/domain/symbols.ts'

describe('symbolLook: how a clinic is drawn', () => {
  it('a confirmed strike is a solid vermilion circle with a thin white halo, full size', () => {
    expect(symbolLook({ status: 'struck', evidence: 'confirmed' })).toEqual({
      shape: 'circle',
      fill: 'var(--status-struck, #D55E00)',
      stroke: 'var(--marker-halo, #ffffff)',
      strokeWidth: 1.5,
      colorVar: '--status-struck',
      color: '#D55E00',
      hollow: false,
      faint: false,
      opacity: 1,
      ring: false,
      size: 19,
      canvasSize: 10,
    })
  })

  it('an inferred strike is the same circle drawn hollow: background fill, stroke of width 3 in the colour', () => {
    const look = symbolLook({ status: 'probably_struck', evidence: 'inferred' })
    expect(look).toMatchObject({
      shape: 'circle',
      fill: 'var(--bg, #ffffff)',
      stroke: 'var(--status-struck, #D55E00)',
      strokeWidth: 3,
      hollow: true,
      faint: false,
      opacity: 1,
      size: 19,
    })
  })

  it('a site not counted is a small faint grey dot (13 px, canvas 7, opacity 0.6)', () => {
    expect(symbolLook({ status: 'not_known', evidence: 'unverified' })).toMatchObject({
      shape: 'dot',
      color: '#8C8C8C',
      hollow: true,
      faint: true,
      opacity: 0.6,
      size: 13,
      canvasSize: 7,
    })
    expect(symbolLook({ status: 'not_known', evidence: 'unlikely' })).toMatchObject({
      faint: true,
      size: 13,
    })
  })

  it('grows on its event day (+6, canvas +3) and when selected (+4 both), and rings an approximate point', () => {
    const base = { status: 'picketed', evidence: 'confirmed' } as const
    expect(symbolLook({ ...base, today: true })).toMatchObject({ size: 25, canvasSize: 13 })
    expect(symbolLook({ ...base, selected: true })).toMatchObject({ size: 23, canvasSize: 14 })
    expect(symbolLook({ ...base, today: true, selected: true })).toMatchObject({
      size: 29,
      canvasSize: 17,
    })
    expect(symbolLook({ ...base, approximate: true }).ring).toBe(true)
    expect(symbolLook(base).ring).toBe(false)
    // A faint site grows from its own smaller size.
    expect(symbolLook({ status: 'not_known', evidence: 'unverified', today: true }).size).toBe(19)
  })

  it('draws the box 26/20 of the shape size, rounded to a whole pixel', () => {
    // 19 * 1.3 = 24.7 -> 25; 13 * 1.3 = 16.9 -> 17; 29 * 1.3 = 37.7 -> 38
    expect(boxSize(symbolLook({ status: 'struck', evidence: 'confirmed' }))).toBe(25)
    expect(boxSize(symbolLook({ status: 'open', evidence: 'unverified' }))).toBe(17)
    expect(
      boxSize(symbolLook({ status: 'struck', evidence: 'confirmed', today: true, selected: true })),
    ).toBe(38)
  })
})

describe('the symbol table a reader decodes', () => {
  it('tells every counted state apart by shape as well as colour, never colour alone', () => {
    const counted = [
      'struck',
      'closed_for_strike',
      'picketed',
      'closure_announced',
      'closed',
      'open',
    ] as const
    const shapes = counted.map((s) => STATUS_SYMBOLS[s].shape)
    const colours = counted.map((s) => STATUS_SYMBOLS[s].color)
    expect(new Set(shapes).size).toBe(counted.length)
    expect(new Set(colours).size).toBe(counted.length)
    // Okabe-Ito: vermilion, reddish purple, orange, blue; dark grey for closed, grey for no event.
    expect(colours).toEqual(['#D55E00', '#CC79A7', '#E69F00', '#0072B2', '#3B3B3B', '#8C8C8C'])
    expect(shapes).toEqual(['circle', 'square', 'triangle', 'diamond', 'cross', 'dot'])
  })

  it('names each state as the legend and list show it', () => {
    expect(
      Object.fromEntries(Object.entries(STATUS_SYMBOLS).map(([k, v]) => [k, v.label])),
    ).toEqual({
      struck: 'Struck, confirmed by reporting',
      probably_struck: 'Probably struck',
      closed_for_strike: 'Closed for the strike',
      picketed: 'Picketed',
      closure_announced: 'Scheduled to close',
      closed: 'Closed',
      open: 'No event reported yet',
      not_known: 'Not known: older records only, not counted',
    })
    expect(STATUS_SYMBOLS.probably_struck.shape).toBe(STATUS_SYMBOLS.struck.shape)
    expect(STATUS_SYMBOLS.not_known.shape).toBe(STATUS_SYMBOLS.open.shape)
    expect(KIND_LABELS.both).toBe('Primary and urgent care')
  })

  it('draws only sourced facts solid: confirmed and closed-before solid, the rest hollow, uncounted faint', () => {
    expect(
      Object.fromEntries(
        Object.entries(EVIDENCE_STYLES).map(([k, v]) => [k, `${v.fill}${v.faint ? ' faint' : ''}`]),
      ),
    ).toEqual({
      confirmed: 'solid',
      inferred: 'hollow',
      unverified: 'hollow faint',
      unlikely: 'hollow faint',
      closed_before: 'solid',
    })
  })

  it('draws each legend row with the evidence its clinics have', () => {
    expect(legendEvidence('probably_struck')).toBe('inferred')
    expect(legendEvidence('not_known')).toBe('unverified')
    expect(legendEvidence('struck')).toBe('confirmed')
    expect(legendEvidence('closed')).toBe('confirmed')
  })
})
