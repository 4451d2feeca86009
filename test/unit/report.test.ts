/**
 * `npm run data:report` on test/fixtures/report, a small file with one row per kind of gap and
 * rows that sit just outside each rule. Expected ids are read off the fixture by hand.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { runReport } from '../../scripts/data-report.ts'
import { buildDataset } from '../../scripts/lib/build-dataset.ts'
import { loadGazetteer } from '../../scripts/lib/gazetteer.ts'
import { formatReport, isStreetAddress } from '../../scripts/lib/report.ts'
import { formatSummary } from '../../scripts/lib/summary.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'

const DIR = 'test/fixtures/report'
let dataset: Dataset
let lines: string[]

beforeAll(() => {
  const read = (name: string) => ({
    file: `${DIR}/${name}`,
    text: readFileSync(`${DIR}/${name}`, 'utf8'),
  })
  const result = buildDataset({
    clinics: read('clinics.csv'),
    events: read('events.csv'),
    reported: read('reported.csv'),
    gazetteer: loadGazetteer(),
  })
  if (!result.ok) throw new Error(result.problems.join('\n'))
  dataset = result.dataset
  lines = formatReport(dataset)
})

/** The ids listed under the section whose title starts with `title`. */
function idsUnder(title: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(title))
  expect(start, `section "${title}"`).toBeGreaterThanOrEqual(0)
  const ids: string[] = []
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}- ([a-z0-9-]+) \(/.exec(line)
    if (!m?.[1]) break
    ids.push(m[1])
  }
  return ids
}

describe('the data report', () => {
  it('opens with the coverage summary, the same text npm run data writes', () => {
    expect(lines[0]).toBe('Coverage against the reported totals (61 struck, 5 closures):')
    const coverage = formatSummary(dataset)
      .split('\n')
      .map((l) => `  ${l}`)
    expect(lines.slice(1, 1 + coverage.length)).toEqual(coverage)
    expect(lines).toContain(
      '  Strike: 5 of the 61 struck clinics identified (4 confirmed by a source, 1 inferred).',
    )
    expect(lines).toContain('  Closures: 1 of the 5 reported.')
  })

  it('lists rows placed only at a ZIP centroid or city centre', () => {
    expect(idsUnder('Placed only at a ZIP centroid or city centre: 5')).toEqual([
      'annandale',
      'blaine',
      'everyday-clinic-eagan',
      'maplewood',
      'richfield',
    ])
    expect(lines).toContain(
      '  - blaine (inferred): city centre; has a street address, 12 Main Street, Blaine: try npm run data:geocode',
    )
    expect(lines).toContain(
      '  - maplewood (closed_before): ZIP 55109 centroid; no street address: find one',
    )
  })

  it('lists rows not shown open since before 2023, stating the rule', () => {
    // blaine, last seen open in 2023, is just inside the two years.
    expect(idsUnder('Not shown open since before 2023')).toEqual([
      'everyday-clinic-eagan',
      'shoreview',
    ])
    expect(lines.join('\n')).toContain('older than two years before the strike day, 2025-11-05')
  })

  it('lists names formed by pattern', () => {
    expect(idsUnder('Name formed by pattern')).toEqual([
      'annandale',
      'blaine',
      'everyday-clinic-eagan',
      'west-st-paul',
    ])
  })

  it('lists disagreements recorded in the notes, quoting the sentence and naming the rule', () => {
    // annandale's notes say "placed the clinic at": not a disagreement.
    expect(idsUnder('Sources disagree (rule: notes containing "disagree", "instead"')).toEqual([
      'blaine',
      'richfield',
      'shoreview',
    ])
    expect(lines).toContain(
      '  - blaine (inferred): The Star Tribune places organizer Beth Gunhus at a Blaine clinic; KSTP places her at Inver Grove Heights.',
    )
    expect(lines).toContain(
      '  - richfield (confirmed): Strike-day coverage puts a picket "in Minneapolis" instead.',
    )
  })

  it('tells a street address from a description', () => {
    expect(isStreetAddress('1021 Bandana Blvd. E.')).toBe(true)
    expect(isStreetAddress('8100 W 78th St')).toBe(true)
    expect(isStreetAddress('Hy-Vee store, Pilot Knob Road')).toBe(false)
    expect(isStreetAddress('')).toBe(false)
  })

  it('prints the same lines from the CLI, and fails on a broken file', () => {
    const out: string[] = []
    expect(runReport(DIR, (l) => out.push(l))).toBe(true)
    expect(out).toEqual(lines)
    const problems: string[] = []
    expect(runReport('test/fixtures/worst', (l) => problems.push(l))).toBe(false)
    expect(problems.at(-1)).toMatch(/problem\(s\)/)
  })
})

describe('the to-do line in data/README.md', () => {
  it('counts the same rows the report lists, in the committed README', () => {
    const readme = readFileSync('data/README.md', 'utf8')
    const csv = readFileSync('data/clinics.csv', 'utf8')
    // Independent count from the CSV: rows whose precision column is not "point".
    const approx = csv
      .trim()
      .split('\n')
      .slice(1)
      .filter((l) => /,(zip|city),/.test(l)).length
    expect(readme).toContain(`To do: ${approx} sites only at a city or ZIP centre`)
  })
})
