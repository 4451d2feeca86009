/**
 * The editor's to-do report (scripts/lib/report.ts) on four hand-made rows, without a build:
 * each list, its count, its "(none)", and the word rules (a street address starts with a house
 * number; a disagreement is "disagree", "instead", "versus", "contradict" or "places her at").
 * Expected lines are written by hand from the rows below.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatReport, isStreetAddress, todoLine } from '../../scripts/lib/report.ts'
import { formatSummary } from '../../scripts/lib/summary.ts'
import type { ClinicProperties, Dataset } from '../../src/domain/clinic-schema.ts'

function dataset(rows: Partial<ClinicProperties>[]): Dataset {
  const real = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset
  const base = real.features[0]
  if (!base) throw new Error('no clinic in data/clinics.geojson')
  return {
    ...real,
    features: rows.map((p) => ({
      ...base,
      properties: {
        ...base.properties,
        precision: 'point',
        name_basis: 'source',
        last_seen_open: 2025,
        notes: undefined,
        street: undefined,
        zip: undefined,
        ...p,
      } as ClinicProperties,
    })),
  }
}

const ROWS: Partial<ClinicProperties>[] = [
  {
    id: 'a-point',
    evidence: 'confirmed',
    last_seen_open: 2023,
    notes: 'Plain notes. Nothing to see.',
  },
  {
    id: 'b-zip',
    evidence: 'inferred',
    precision: 'zip',
    zip: '55044',
    street: '755 Crossroads Campus Drive',
    city: 'Lakeville',
    notes: 'Opened in 2010. KSTP places her at Blaine. The Star Tribune agrees.',
  },
  {
    id: 'c-city',
    evidence: 'unverified',
    precision: 'city',
    street: 'Hy-Vee store, Pilot Knob Road',
    last_seen_open: 2022,
    name_basis: 'pattern',
    name: 'Allina Health Eagan Clinic',
    notes:
      'Dr. Lee works on St. Paul Ave. in Eagan. Sources disagree on the year. "Quoted" instead.',
  },
  { id: 'd-none', evidence: 'unlikely', precision: 'city', last_seen_open: undefined },
]

describe('formatReport', () => {
  it('opens with the reported totals and the coverage summary, indented', () => {
    const d = dataset(ROWS)
    const lines = formatReport(d)
    expect(lines[0]).toBe(
      `Coverage against the reported totals (${d.summary.reported.struck} struck, ${d.summary.reported.closures} closures):`,
    )
    const summary = formatSummary(d).split('\n')
    expect(lines.slice(1, 1 + summary.length)).toEqual(summary.map((l) => `  ${l}`))
    expect(lines[1 + summary.length]).toBe('')
  })

  it('lists each kind of gap with its count, row by row, in the dataset order', () => {
    const lines = formatReport(dataset(ROWS))
    const from = lines.indexOf('Placed only at a ZIP centroid or city centre: 3')
    expect(lines.slice(from - 1)).toEqual([
      '',
      'Placed only at a ZIP centroid or city centre: 3',
      '  - b-zip (inferred): ZIP 55044 centroid; has a street address, 755 Crossroads Campus Drive, Lakeville: try npm run data:geocode',
      '  - c-city (unverified): city centre; "Hy-Vee store, Pilot Knob Road" is not a street address: find the number',
      '  - d-none (unlikely): city centre; no street address: find one',
      '',
      'Not shown open since before 2023 (latest evidence of being open is older than two years before the strike day, 2025-11-05, or there is none): 2',
      '  - c-city (unverified): last seen open 2022',
      '  - d-none (unlikely): no source shows it open',
      '',
      'Name formed by pattern (no source shows the official name): 1',
      '  - c-city (unverified): Allina Health Eagan Clinic',
      '',
      'Sources disagree (rule: notes containing "disagree", "instead", "versus" or "contradict", or a source that "places her/him/them at" somewhere): 2',
      '  - b-zip (inferred): KSTP places her at Blaine.',
      '  - c-city (unverified): Sources disagree on the year. "Quoted" instead.',
    ])
  })

  it('says (none) under a list with no rows', () => {
    const lines = formatReport(dataset([{ id: 'only', evidence: 'confirmed' }]))
    const tail = lines.slice(lines.indexOf('Placed only at a ZIP centroid or city centre: 0'))
    expect(tail).toEqual([
      'Placed only at a ZIP centroid or city centre: 0',
      '  (none)',
      '',
      'Not shown open since before 2023 (latest evidence of being open is older than two years before the strike day, 2025-11-05, or there is none): 0',
      '  (none)',
      '',
      'Name formed by pattern (no source shows the official name): 0',
      '  (none)',
      '',
      'Sources disagree (rule: notes containing "disagree", "instead", "versus" or "contradict", or a source that "places her/him/them at" somewhere): 0',
      '  (none)',
    ])
  })

  it('finds each disagreement word, whole words only, and quotes just those sentences', () => {
    const quoted = (notes: string) => {
      const lines = formatReport(dataset([{ id: 'x', evidence: 'confirmed', notes }]))
      const at = lines.findIndex((l) => l.startsWith('Sources disagree'))
      return lines[at + 1]
    }
    expect(quoted('One. KSTP versus WCCO on the date. Three.')).toBe(
      '  - x (confirmed): KSTP versus WCCO on the date.',
    )
    expect(quoted('Reports contradicted each other.')).toBe(
      '  - x (confirmed): Reports contradicted each other.',
    )
    expect(quoted('Two reports DISAGREEING. Fine.')).toBe(
      '  - x (confirmed): Two reports DISAGREEING.',
    )
    expect(quoted('MPR placed them at Fridley.')).toBe(
      '  - x (confirmed): MPR placed them at Fridley.',
    )
    expect(quoted('KARE place him at Edina.')).toBe('  - x (confirmed): KARE place him at Edina.')
    // Not the words of the rule: "placed the clinic at", "steady", "conversus".
    for (const notes of ['A paper placed the clinic at Eagan.', 'Insteadfast.', 'Conversus note.'])
      expect(quoted(notes), notes).toBe('  (none)')
  })

  it('keeps a sentence whole across an abbreviation, and splits only before a capital or quote', () => {
    const quoted = (notes: string) =>
      formatReport(dataset([{ id: 'x', evidence: 'confirmed', notes }])).at(-1)
    expect(quoted('Opened 2010. Near St. Paul the sources disagree. Closed 2020.')).toBe(
      '  - x (confirmed): Near St. Paul the sources disagree.',
    )
    expect(quoted('Opened.  Sources disagree.\nClosed.')).toBe(
      '  - x (confirmed): Sources disagree.',
    )
    expect(quoted('Fine. Then it moved. a versus b. Closed.')).toBe(
      '  - x (confirmed): Then it moved. a versus b.',
    )
    expect(quoted('Fine. "Versus" was the word. Closed.')).toBe(
      '  - x (confirmed): "Versus" was the word.',
    )
    // A text that ends on an abbreviation keeps its last sentence.
    expect(quoted('Fine. They disagree about Bandana Blvd.')).toBe(
      '  - x (confirmed): They disagree about Bandana Blvd.',
    )
  })
})

describe('todoLine', () => {
  it('counts each list in one line', () => {
    expect(todoLine(dataset(ROWS))).toBe(
      'To do: 3 sites only at a city or ZIP centre, 2 not shown open since before 2023, 1 names formed by pattern, 2 with sources that disagree (npm run data:report lists them).',
    )
    expect(todoLine(dataset([{ id: 'only', evidence: 'confirmed' }]))).toBe(
      'To do: 0 sites only at a city or ZIP centre, 0 not shown open since before 2023, 0 names formed by pattern, 0 with sources that disagree (npm run data:report lists them).',
    )
  })
})

describe('isStreetAddress', () => {
  it('takes a house number, an optional letter, a space, then the street', () => {
    for (const s of ['1021 Bandana Blvd. E.', '8100 W 78th St', '12B Main St', '5 A'])
      expect(isStreetAddress(s), s).toBe(true)
    for (const s of [
      'Hy-Vee store, Pilot Knob Road',
      '',
      '12',
      '12 ',
      'Suite 5 Main',
      '12BC Main',
      ' 12 Main',
    ])
      expect(isStreetAddress(s), s).toBe(false)
    expect(isStreetAddress('12  Main St')).toBe(true) // two spaces, as pasted
    expect(isStreetAddress(undefined)).toBe(false)
  })
})
