import { describe, expect, it } from 'vitest'
import type { StoryEvent } from '../../src/domain/clinic-schema.ts'
import {
  adjacentEventDay,
  clinicEvents,
  eventsFor,
  statusOn,
  timelineRange,
} from '../../src/domain/timeline.ts'
import { clinic } from '../support/clinic.ts'

const coonRapids = clinic({
  evidence: 'confirmed',
  picketed_on: ['2025-06-03', '2025-11-05'],
  struck_on: '2025-11-05',
}).properties
const annandale = clinic({ evidence: 'confirmed', closed_for_strike_on: '2025-11-05' }).properties
const maplewood = clinic({
  evidence: 'closed_before',
  picketed_on: ['2025-06-03'],
  closure_announced_on: '2025-09',
  closed_on: '2025-11-01',
  closed_basis: 'reported',
}).properties
const chaska = clinic({
  evidence: 'inferred',
  last_seen_open: 2025,
  struck_on: '2025-11-05',
  closure_announced_on: '2025-10-24',
  closed_on: '2026-02-01',
  closed_basis: 'scheduled',
}).properties

const status = (p: typeof coonRapids, day: string) => statusOn(p, day).status

describe('statusOn', () => {
  it('is open before anything happens', () => {
    expect(statusOn(coonRapids, '2025-06-02')).toEqual({
      status: 'open',
      today: false,
      history: [],
    })
  })

  it('calls a site known only from old records "not known" on every date, never open', () => {
    const woodbury = clinic({ evidence: 'unverified', last_seen_open: 2016 }).properties
    const springfield = clinic({ evidence: 'unlikely', last_seen_open: 2023 }).properties
    for (const day of ['2025-06-03', '2025-11-05', '2026-02-01'])
      for (const p of [woodbury, springfield]) expect(status(p, day)).toBe('not_known')
  })

  it('dates a status by the event that gave it', () => {
    expect(statusOn(coonRapids, '2025-10-01')).toMatchObject({
      status: 'picketed',
      today: false,
      since: '2025-06-03',
    })
    expect(statusOn(maplewood, '2025-11-05')).toMatchObject({
      status: 'closed',
      today: false,
      since: '2025-11-01',
    })
  })

  it('shows a picket on its day and remembers it afterwards', () => {
    expect(statusOn(coonRapids, '2025-06-03')).toMatchObject({ status: 'picketed', today: true })
    expect(statusOn(coonRapids, '2025-06-04')).toMatchObject({ status: 'picketed', today: false })
  })

  it('shows the strike on 5 Nov, and a struck clinic still reads as struck afterwards', () => {
    expect(statusOn(coonRapids, '2025-11-04')).toMatchObject({ status: 'picketed', today: false })
    expect(statusOn(coonRapids, '2025-11-05')).toMatchObject({ status: 'struck', today: true })
    expect(statusOn(coonRapids, '2025-11-06')).toMatchObject({ status: 'struck', today: false })
    expect(statusOn(coonRapids, '2026-02-28').history.map((h) => h.label)).toEqual([
      'Picketed by its doctors',
      'On strike, with a picket line',
    ])
  })

  it('shows Annandale closed for the strike day', () => {
    expect(status(annandale, '2025-11-05')).toBe('closed_for_strike')
    expect(statusOn(annandale, '2025-11-06')).toMatchObject({
      status: 'closed_for_strike',
      today: false,
    })
  })

  it('applies a month-only announcement from the last day of the month, and a closure from its day', () => {
    expect(status(maplewood, '2025-09-29')).toBe('picketed')
    expect(status(maplewood, '2025-09-30')).toBe('closure_announced')
    expect(status(maplewood, '2025-10-31')).toBe('closure_announced')
    expect(statusOn(maplewood, '2025-11-01')).toMatchObject({ status: 'closed', today: true })
    expect(status(maplewood, '2025-11-02')).toBe('closed')
    expect(status(maplewood, '2025-11-05')).toBe('closed')
  })

  it('lets the strike day beat an announced closure; a scheduled closure never counts as closed', () => {
    expect(status(chaska, '2025-10-23')).toBe('open')
    expect(status(chaska, '2025-10-24')).toBe('closure_announced')
    // Chaska is inferred: its strike is a probable one, counted apart from the confirmed.
    expect(statusOn(chaska, '2025-11-05')).toMatchObject({
      status: 'probably_struck',
      today: true,
      since: '2025-11-05',
    })
    expect(status(chaska, '2025-11-06')).toBe('closure_announced')
    expect(status(chaska, '2026-01-31')).toBe('closure_announced')
    // Its closure on 1 Feb 2026 was only scheduled and no source reports it: still scheduled.
    expect(statusOn(chaska, '2026-02-01')).toMatchObject({
      status: 'closure_announced',
      today: false,
    })
    expect(status(chaska, '2026-11-23')).toBe('closure_announced')
    expect(statusOn(chaska, '2026-02-01').history.at(-1)?.label).toBe(
      'Scheduled to close; no source seen confirms it',
    )
    expect(statusOn(chaska, '2025-11-05').history.at(-1)?.label).toBe(
      'Probably on strike (inferred)',
    )
  })
})

const ev = (date: string, day: string, on_timeline = true): StoryEvent => ({
  date,
  day,
  title: date,
  caption: 'x',
  clinic_ids: [],
  on_timeline,
  sources: ['https://example.org/'],
})
const events = [
  ev('2023-10-13', '2023-10-13', false),
  ev('2025-06-03', '2025-06-03'),
  ev('2025-09', '2025-09-30'),
  ev('2025-11-05', '2025-11-05'),
  ev('2026-02-01', '2026-02-01'),
]

describe('the timeline', () => {
  it('spans whole months from the first to the last timeline event, leaving out background', () => {
    expect(timelineRange(events)).toEqual({ min: '2025-06-01', max: '2026-02-28' })
  })

  it('captions a day with its own event, or the latest one before it', () => {
    expect(eventsFor(events, '2025-11-05')).toMatchObject({
      exact: true,
      events: [{ day: '2025-11-05' }],
    })
    expect(eventsFor(events, '2025-10-01')).toMatchObject({
      exact: false,
      events: [{ day: '2025-09-30' }],
    })
    expect(eventsFor(events, '2025-06-01')).toEqual({ exact: false, events: [] })
  })

  it('steps to the previous and next event days', () => {
    expect(adjacentEventDay(events, '2025-11-05', 1)).toBe('2026-02-01')
    expect(adjacentEventDay(events, '2025-11-05', -1)).toBe('2025-09-30')
    expect(adjacentEventDay(events, '2025-06-03', -1)).toBeUndefined()
    expect(adjacentEventDay(events, '2026-02-01', 1)).toBeUndefined()
  })
})

describe("a clinic's dated facts, as its details panel lists them", () => {
  it("lists each fact once, in date order, in the panel's words", () => {
    const row = (e: { day: string; kind: string; label: string }) =>
      `${e.day} ${e.kind}: ${e.label}`
    expect(clinicEvents(coonRapids).map(row)).toEqual([
      '2025-06-03 picketed: Picketed by its doctors',
      '2025-11-05 struck: On strike, with a picket line',
    ])
    // Chaska's strike is listed before its announcement in the row; the panel puts them in order.
    expect(clinicEvents(chaska).map(row)).toEqual([
      '2025-10-24 closure_announced: Closure announced',
      '2025-11-05 struck: Probably on strike (inferred)',
      '2026-02-01 closure_announced: Scheduled to close; no source seen confirms it',
    ])
    expect(clinicEvents(maplewood).map((e) => [e.date, e.day, e.kind])).toEqual([
      ['2025-06-03', '2025-06-03', 'picketed'],
      ['2025-09', '2025-09-30', 'closure_announced'],
      ['2025-11-01', '2025-11-01', 'closed'],
    ])
    expect(clinicEvents(annandale).map(row)).toEqual([
      '2025-11-05 closed_for_strike: Closed by Allina for the strike day',
    ])
    expect(clinicEvents(clinic({}).properties)).toEqual([])
  })

  it('reads an announced closure as news since its day, never as "today"', () => {
    expect(statusOn(chaska, '2025-10-24')).toMatchObject({
      status: 'closure_announced',
      today: false,
      since: '2025-10-24',
    })
    expect(statusOn(chaska, '2025-11-20')).toMatchObject({
      status: 'closure_announced',
      today: false,
    })
  })

  it('spans the strike month when there is no timeline event, and sorts the events it has', () => {
    expect(timelineRange([])).toEqual({ min: '2025-11-01', max: '2025-11-30' })
    expect(timelineRange([ev('2026-02-01', '2026-02-01'), ev('2025-06-03', '2025-06-03')])).toEqual(
      {
        min: '2025-06-01',
        max: '2026-02-28',
      },
    )
  })
})
