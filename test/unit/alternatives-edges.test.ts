/**
 * Alternatives at their edges: a clinic is never its own alternative, and the summary's closure
 * effects come sorted by the closed clinic's id whatever the order of the rows.
 */
import { describe, expect, it } from 'vitest'
import { closureEffects, openAlternatives } from '../../src/domain/alternatives.ts'
import { clinic } from '../support/clinic.ts'

const open = (id: string, lon: number) =>
  clinic({ id, evidence: 'confirmed', last_seen_open: 2025 }, [lon, 45])
const closing = (id: string, lon: number) =>
  clinic({ id, evidence: 'closed_before', closed_on: '2025-11-01', closed_basis: 'reported' }, [
    lon,
    45,
  ])

describe('alternatives', () => {
  it('never offers a clinic as its own alternative', () => {
    const here = open('here', -93.2)
    const ids = openAlternatives(
      here,
      [here, open('near', -93.25), open('far', -93.5)],
      '2025-11-05',
    ).map((r) => r.view.feature.id)
    expect(ids).toEqual(['near', 'far'])
  })

  it('sorts closure effects by the closed clinic’s id', () => {
    const effects = closureEffects([
      closing('zumbrota', -93.0),
      open('blaine', -93.2),
      closing('anoka', -93.4),
    ])
    expect(effects.map((e) => [e.closed, e.nearest])).toEqual([
      ['anoka', 'blaine'],
      ['zumbrota', 'blaine'],
    ])
  })
})
