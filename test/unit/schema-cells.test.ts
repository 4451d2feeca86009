/**
 * The clinic schema's cell rules, row by row without a build: an empty required value, an empty
 * optional one, spaces around a value, a source URL the URL rules refuse, the coordinate year's
 * range, and a closing day with or without an announcement. Messages typed from the schema's
 * wording (what an editor reads after `npm run data`).
 */
import { describe, expect, it } from 'vitest'
import { ClinicPropertiesSchema, type ClinicProperties } from '../../src/domain/clinic-schema.ts'
import { clinic } from '../support/clinic.ts'

function problems(o: Partial<ClinicProperties>): string[] {
  const r = ClinicPropertiesSchema.safeParse({ ...clinic().properties, ...o })
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('clinic row cells', () => {
  it('refuses an empty name, takes an empty street, refuses spaces around a value', () => {
    expect(problems({ name: '' })).toEqual([expect.stringMatching(/^name: is empty; /)])
    expect(problems({ street: '' })).toEqual([])
    expect(problems({ name: ' Allina Health Test Clinic' })).toEqual([
      'name: has spaces at the start or end; remove them',
    ])
    expect(problems({ notes: 'First line.\nSecond line.' })).toEqual([])
  })

  it('refuses a source the URL rules refuse, with their message', () => {
    expect(problems({ sources: ['http://example.org/'] })).toEqual([
      'sources.0: must be a full https:// address',
    ])
  })

  it('takes coordinate years 1990 to 2100, whole, and refuses the rest', () => {
    const base = { precision: 'point', coord_source_url: 'https://example.org/' } as const
    for (const y of [1990, 2024, 2100]) expect(problems({ ...base, coord_year: y })).toEqual([])
    for (const y of [1989, 2101, 2024.5])
      expect(problems({ ...base, coord_year: y })).toEqual([
        'coord_year: must be a four-digit year',
      ])
  })

  it('takes a closing day with no announcement, and refuses one before its announcement', () => {
    const closed = {
      evidence: 'closed_before',
      closed_on: '2025-11-01',
      closed_basis: 'reported',
    } as const
    expect(problems(closed)).toEqual([])
    expect(problems({ ...closed, closure_announced_on: '2025-11' })).toEqual([
      'closed_on: is before closure_announced_on; a clinic cannot close before its closure is announced',
    ])
    expect(problems({ ...closed, closure_announced_on: '2025-10' })).toEqual([])
  })
})
