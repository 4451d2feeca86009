/**
 * The rules that tie a clinic row's fields together, each refusing one kind of editing slip
 * with a message that names the column to fix (data/README.md, "How to edit"). Each case is a
 * valid row broken in one place; the expected column and words are the rule as the README
 * states it, and a valid row next to each boundary shows the rule does not over-refuse.
 */
import { describe, expect, it } from 'vitest'
import { ClinicPropertiesSchema, type ClinicProperties } from '../../src/domain/clinic-schema.ts'
import { clinic } from '../support/clinic.ts'

const row = (o: Partial<ClinicProperties>) => clinic(o).properties
/** The problems of a row as `column: message`, in the order the rules run. */
function problems(o: Partial<ClinicProperties>): string[] {
  const r = ClinicPropertiesSchema.safeParse(row(o))
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}
const struck = { evidence: 'confirmed', struck_on: '2025-11-05' } as const

describe('cross-field rules of a clinic row', () => {
  it('takes a plain unverified row and a confirmed strike as they are', () => {
    expect(problems({})).toEqual([])
    expect(problems(struck)).toEqual([])
    expect(problems({ evidence: 'confirmed', closed_for_strike_on: '2025-11-05' })).toEqual([])
  })

  it('refuses a strike day without strike evidence, and strike evidence without a day', () => {
    expect(problems({ struck_on: '2025-11-05' })).toEqual([
      'struck_on: is set but evidence is not confirmed or inferred; clear it or raise the evidence',
    ])
    expect(problems({ evidence: 'confirmed' })).toEqual([
      'struck_on: is empty but evidence is confirmed; give the strike day (2025-11-05)',
    ])
  })

  it('needs an inferred site seen open in 2020 or later', () => {
    const inferred = { evidence: 'inferred', struck_on: '2025-11-05' } as const
    expect(problems({ ...inferred, last_seen_open: 2020 })).toEqual([])
    const msg =
      'last_seen_open: must be 2020 or later for inferred evidence; otherwise use unverified'
    expect(problems({ ...inferred, last_seen_open: 2019 })).toEqual([msg])
    expect(problems(inferred)).toEqual([msg])
  })

  it('pairs a closing date with its basis, and never closes before the announcement', () => {
    expect(problems({ closed_on: '2026-02-01' })).toEqual([
      'closed_basis: is empty but closed_on is set; write reported or scheduled',
    ])
    expect(problems({ closed_basis: 'scheduled' })).toEqual([
      'closed_on: is empty but closed_basis is set; give the closing date',
    ])
    const closing = { closed_on: '2026-02-01', closed_basis: 'scheduled' } as const
    expect(problems({ ...closing, closure_announced_on: '2026-02-01' })).toEqual([])
    expect(problems({ ...closing, closure_announced_on: '2026-02-02' })).toEqual([
      'closed_on: is before closure_announced_on; a clinic cannot close before its closure is announced',
    ])
  })

  it('keeps "closed before" for clinics closed before the strike day', () => {
    const before = { evidence: 'closed_before', closed_basis: 'reported' } as const
    expect(problems({ ...before, closed_on: '2025-11-04' })).toEqual([])
    const msg = 'closed_on: must be before 2025-11-05 when evidence is closed_before'
    expect(problems({ ...before, closed_on: '2025-11-05' })).toEqual([msg])
    expect(problems({ evidence: 'closed_before' })).toEqual([msg])
  })

  it('refuses a strike at a clinic already closed on that day', () => {
    const msg = 'struck_on: is on or after closed_on; a closed clinic cannot be struck'
    expect(problems({ ...struck, closed_on: '2025-11-05', closed_basis: 'reported' })).toEqual([
      msg,
    ])
    expect(problems({ ...struck, closed_on: '2025-11-06', closed_basis: 'reported' })).toEqual([])
  })

  it('needs a sourced point to say where and when its coordinates come from, and a ZIP for zip precision', () => {
    expect(problems({ precision: 'point' })).toEqual([
      'coord_source_url: is empty; a sourced point needs the URL it was taken from',
      'coord_year: is empty; give the year of the coordinate source',
    ])
    expect(
      problems({ precision: 'point', coord_source_url: 'https://example.org/', coord_year: 2024 }),
    ).toEqual([])
    expect(problems({ precision: 'zip' })).toEqual([
      'zip: is empty but precision is zip; give the ZIP code or use city',
    ])
    expect(problems({ precision: 'zip', zip: '55433' })).toEqual([])
  })
})
