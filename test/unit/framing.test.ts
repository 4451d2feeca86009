/**
 * Coverage, tense and corrections (issue 11): expected numbers come from a plain reading of
 * data/clinics.csv columns and data/reported.csv, never from the code under test.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT, dek, periodLine } from '../../src/app/content.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { correctionHref } from '../../src/domain/correction.ts'
import { coverageOf, coverageSentences } from '../../src/domain/coverage.ts'
import { filterNote } from '../../src/domain/filter-note.ts'
import { readCsv } from '../../scripts/lib/csv.ts'
import { readChanges } from '../../src/domain/changes.ts'

const rows = readCsv(readFileSync('data/clinics.csv', 'utf8')).rows.map((r) => r.values)
const reported = readCsv(readFileSync('data/reported.csv', 'utf8')).rows.map((r) => r.values)
const dataset = JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset

describe('coverage', () => {
  const struck = Number(reported.find((r) => r.measure === 'clinics_struck')?.value)
  const confirmed = rows.filter((r) => r.evidence === 'confirmed' && r.struck_on).length
  const probable = rows.filter((r) => r.evidence === 'inferred' && r.struck_on).length
  const closedForDay = rows.filter((r) => r.closed_for_strike_on && !r.struck_on)

  it('counts confirmed, probable and closed-for-the-day clinics apart, from the rows', () => {
    const c = coverageOf(dataset.features, dataset.summary)
    expect(c).toMatchObject({ reported: struck, confirmed, probable })
    expect(c.closedForStrike).toHaveLength(closedForDay.length)
    expect(c.identified).toBe(confirmed + probable + closedForDay.length)
    expect(c.missing).toBe(struck - confirmed - probable - closedForDay.length)
  })

  it('says what the map shows and why the rest is missing', () => {
    const { lead, why } = coverageSentences({
      reported: 61,
      identified: 20,
      confirmed: 7,
      probable: 12,
      closedForStrike: ['Annandale'],
      missing: 41,
    })
    expect(lead).toBe(
      'This map shows 20 of the 61 clinics that struck on 5 Nov 2025: 7 confirmed by reporting, 12 probably struck, and Annandale, which Allina closed for the day.',
    )
    expect(why).toBe('The other 41 are missing: the union has not published its list.')
  })

  it('says in a still that it is filtered or searched', () => {
    const all = { statuses: 8, kinds: 3, evidence: 5 }
    const none = { q: '', statuses: Array(8), kinds: Array(3), evidence: Array(5) }
    expect(filterNote(none, all, 39, 39)).toBeUndefined()
    expect(filterNote({ ...none, q: ' lakeville ' }, all, 3, 39)).toBe(
      'Filtered: clinics matching “lakeville”; 3 of 39 sites shown',
    )
    expect(filterNote({ ...none, statuses: Array(2) }, all, 8, 39)).toBe(
      'Filtered: some statuses hidden; 8 of 39 sites shown',
    )
  })
})

describe('tense against the checked date', () => {
  const withChaska = (updated: string): Dataset => ({
    ...dataset,
    summary: { ...dataset.summary, updated },
  })

  it('a scheduled closure whose day has passed by the checked date reads as unconfirmed', () => {
    // Chaska's row: closed_on 2026-02-01, closed_basis scheduled.
    expect(rows.find((r) => r.id === 'chaska')).toMatchObject({
      closed_on: '2026-02-01',
      closed_basis: 'scheduled',
    })
    expect(dek(withChaska('2026-11-23'))).toContain(
      'Chaska was scheduled to close on 1 Feb 2026; no source seen confirms it',
    )
    expect(dek(withChaska('2026-01-15'))).toContain('Chaska is scheduled to close on 1 Feb 2026')
  })

  it('says what period the map covers and when the data was last checked', () => {
    expect(periodLine(withChaska('2026-11-23'))).toMatch(
      /^The map covers the dispute from 3 Jun 2025 to 1 Feb 2026\. Data last checked \w+ 23 November 2026\.$/,
    )
  })

  it('has one headline and no placeholder byline', () => {
    expect(CONTENT.headline).toBe("Where Allina's doctors struck")
    expect(CONTENT.byline).not.toMatch(/News Apps Desk/)
  })
})

describe('Report a correction', () => {
  const base = {
    email: 'corrections@example.org',
    clinic: { id: 'annandale', name: 'Allina Health Annandale Clinic' },
    day: '2025-11-05',
    pageUrl: 'https://desk.github.io/map/?clinic=annandale',
  }

  it('opens the repository issue form prefilled with the clinic, the date shown and the page', () => {
    const url = new URL(correctionHref({ ...base, repository: 'desk/strike-map' }))
    expect(url.origin + url.pathname).toBe('https://github.com/desk/strike-map/issues/new')
    expect(url.searchParams.get('title')).toBe('Correction: Allina Health Annandale Clinic')
    const body = url.searchParams.get('body') ?? ''
    expect(body).toContain('Clinic: Allina Health Annandale Clinic (annandale)')
    expect(body).toContain('Date shown: 5 Nov 2025 (2025-11-05)')
    expect(body).toContain('Page: https://desk.github.io/map/?clinic=annandale')
  })

  it('falls back to e-mail without a repository, and refuses a malformed one', () => {
    for (const repository of ['', 'not a repo', 'a/b/c', 'javascript:alert(1)']) {
      const href = correctionHref({ ...base, repository })
      expect(href.startsWith('mailto:corrections@example.org?subject=')).toBe(true)
      expect(decodeURIComponent(href)).toContain('Date shown: 5 Nov 2025')
    }
  })
})

describe('change log', () => {
  it('reads entries newest first, skips damaged ones, and is empty when absent', () => {
    expect(readChanges({})).toEqual([])
    const entry = (date: string) => ({
      date,
      clinic_ids: ['chaska'],
      what_changed: `Change of ${date}.`,
      sources: ['https://www.fox9.com/'],
    })
    const changes = readChanges({
      changes: [entry('2026-11-23'), { date: 5 }, entry('2026-12-01')],
    })
    expect(changes.map((c) => c.date)).toEqual(['2026-12-01', '2026-11-23'])
  })
})
