/**
 * Behaviours a hand mutation run (issue 15) showed no test pinned: each test names the small
 * bug it catches. Expected values are worked out by hand from the rule, not from the code.
 */
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../scripts/lib/csv.ts'
import { normalizeText } from '../../src/domain/filters.ts'
import { spreadOffsets } from '../../src/domain/spread.ts'
import { adjacentEventDay, eventDays, statusOn } from '../../src/domain/timeline.ts'
import { clinic } from '../support/clinic.ts'

describe('same-day events: the latest kind of news wins (mutant: first event of the day wins)', () => {
  it('a clinic picketed and closed for the strike on one day reads "closed for the strike"', () => {
    const p = clinic({
      evidence: 'confirmed',
      picketed_on: ['2025-11-05'],
      closed_for_strike_on: '2025-11-05',
    }).properties
    const state = statusOn(p, '2025-11-05')
    expect(state.status).toBe('closed_for_strike')
    expect(state.today).toBe(true)
  })

  it('the next day the strike-day closure is still what the clinic went through', () => {
    const p = clinic({
      evidence: 'confirmed',
      picketed_on: ['2025-06-03'],
      closed_for_strike_on: '2025-11-05',
    }).properties
    expect(statusOn(p, '2025-11-06')).toMatchObject({ status: 'closed_for_strike', today: false })
    expect(statusOn(p, '2025-06-03')).toMatchObject({ status: 'picketed', today: true })
    expect(statusOn(p, '2025-06-02')).toMatchObject({ status: 'open', today: false })
  })

  it('history lists the days oldest first, whatever order the columns give them in', () => {
    const p = clinic({
      evidence: 'confirmed',
      picketed_on: ['2025-06-03'],
      struck_on: '2025-11-05',
      closed_on: '2025-11-01',
    }).properties
    expect(statusOn(p, '2025-12-01').history.map((h) => h.day)).toEqual([
      '2025-06-03',
      '2025-11-01',
      '2025-11-05',
    ])
  })
})

describe('co-located markers (mutant: grouped by longitude alone)', () => {
  it('two clinics on one meridian but 10 km apart are not spread', () => {
    const offsets = spreadOffsets([
      { id: 'north', lon: -93.1, lat: 45.1 },
      { id: 'south', lon: -93.1, lat: 45.0 },
    ])
    expect(offsets.size).toBe(0)
  })

  it('two clinics on one parallel but apart are not spread either', () => {
    expect(
      spreadOffsets([
        { id: 'west', lon: -93.2, lat: 45 },
        { id: 'east', lon: -93.1, lat: 45 },
      ]).size,
    ).toBe(0)
  })
})

describe('search folding (mutant: "St" folded only once)', () => {
  it('every "St" becomes "saint", so "st paul st" matches "Saint Paul Saint…"', () => {
    expect(normalizeText('St. Paul St. Clinic')).toBe('saint paul saint clinic')
    expect(normalizeText('st st')).toBe('saint saint')
  })
})

describe('an unclosed quote is reported where the quote opens (mutant: the record’s line)', () => {
  it('a record starting on line 2 whose second value opens a quote on line 3', () => {
    const problems = readCsv('a,b\n"x\ny","open\nz\n').problems
    expect(problems.map((p) => p.line)).toContain(3)
    expect(problems.find((p) => p.line === 3)?.message).toContain('never closed')
  })
})

describe('event days (one grouping for the ticks, the jump list and Next/Previous)', () => {
  const ev = (day: string, title: string, on_timeline = true) =>
    ({ day, title, on_timeline }) as unknown as Parameters<typeof eventDays>[0][number]
  const events = [
    ev('2025-11-05', 'Strike'),
    ev('2025-06-03', 'Pickets'),
    ev('2025-11-05', 'Rally'),
    ev('2025-09-30', 'Not on the timeline', false),
  ]
  it('groups titles by day in date order and leaves off-timeline events out', () => {
    expect(eventDays(events)).toEqual([
      { day: '2025-06-03', titles: ['Pickets'] },
      { day: '2025-11-05', titles: ['Strike', 'Rally'] },
    ])
  })
  it('Next and Previous step over the same days, strictly after or before', () => {
    expect(adjacentEventDay(events, '2025-06-03', 1)).toBe('2025-11-05')
    expect(adjacentEventDay(events, '2025-11-05', -1)).toBe('2025-06-03')
    expect(adjacentEventDay(events, '2025-11-05', 1)).toBeUndefined()
    expect(adjacentEventDay(events, '2025-10-01', -1)).toBe('2025-06-03')
  })
})
