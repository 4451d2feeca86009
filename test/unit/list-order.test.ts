/**
 * The list's alphabetical order (src/app/layout.ts `byName`), which a date step recomputes: the
 * dataset's names are ranked once and each step places its views by rank. Expected orders are
 * written by hand.
 */
import { describe, expect, it } from 'vitest'
import { byName } from '../../src/app/layout.ts'
import type { ClinicView } from '../../src/domain/filters.ts'
import { clinic } from '../support/clinic.ts'

const names = ['Clinic 10', 'clinic 2', 'Andover', 'Élan', 'Blaine']
const all = names.map((name, i) => clinic({ id: `c${i}`, name }))
const view = (f: (typeof all)[number]) => ({ feature: f, state: {} }) as unknown as ClinicView
const order = (views: ClinicView[]) => views.map((v) => v.feature.properties.name)

describe('the list in name order', () => {
  it('sorts by name ignoring case and accents, numbers by value', () => {
    expect(order(byName(all.map(view), all))).toEqual([
      'Andover',
      'Blaine',
      'clinic 2',
      'Clinic 10',
      'Élan',
    ])
  })

  it('keeps only the views given (a filtered day), in the same order', () => {
    const some = [all[3], all[0], all[2]].map((f) => view(f!))
    expect(order(byName(some, all))).toEqual(['Andover', 'Clinic 10', 'Élan'])
  })

  it('gives the same order on a second day, from the ranks kept for the dataset', () => {
    byName(all.map(view), all)
    expect(order(byName([view(all[4]!), view(all[1]!)], all))).toEqual(['Blaine', 'clinic 2'])
  })

  it('never drops a view whose clinic is not among the ranked ones, and still sorts it in', () => {
    const stranger = clinic({ id: 'x', name: 'Buffalo' })
    expect(order(byName([view(all[4]!), view(stranger), view(all[2]!)], all))).toEqual([
      'Andover',
      'Blaine',
      'Buffalo',
    ])
  })
})
