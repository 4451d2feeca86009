/**
 * The legend's counts and wording on every kind of date: before, on and after each event, and a
 * scheduled closure against a reported one. Six clinics shaped like real rows of
 * data/clinics.csv; every expected count and phrase below is worked out by hand from them.
 */
import { describe, expect, it } from 'vitest'
import { clinicsOn } from '../../src/domain/filters.ts'
import { legendOf } from '../../src/domain/legend.ts'
import { clinic } from '../support/clinic.ts'

const features = [
  clinic({
    id: 'coon-rapids',
    evidence: 'confirmed',
    picketed_on: ['2025-06-03', '2025-11-05'],
    struck_on: '2025-11-05',
  }),
  clinic({
    id: 'bloomington',
    evidence: 'inferred',
    last_seen_open: 2025,
    picketed_on: ['2025-06-03'],
    struck_on: '2025-11-05',
  }),
  clinic({
    id: 'maplewood',
    evidence: 'closed_before',
    picketed_on: ['2025-06-03'],
    closure_announced_on: '2025-09',
    closed_on: '2025-11-01',
    closed_basis: 'reported',
  }),
  clinic({ id: 'annandale', evidence: 'confirmed', closed_for_strike_on: '2025-11-05' }),
  clinic({
    id: 'chaska',
    evidence: 'inferred',
    last_seen_open: 2025,
    struck_on: '2025-11-05',
    closure_announced_on: '2025-10-24',
    closed_on: '2026-02-01',
    closed_basis: 'scheduled',
  }),
  clinic({ id: 'woodbury', evidence: 'unverified', last_seen_open: 2016 }),
]

/** The legend's non-empty rows as "label (count)", in legend order, and its heading. */
function legend(day: string) {
  const l = legendOf(clinicsOn(features, day), day)
  const rows = Object.entries(l.counts)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${l.labels[s as keyof typeof l.labels]} (${n})`)
  return { title: l.title, rows }
}

describe('legend counts and wording', () => {
  it('before anything happens: known clinics have no event yet, old records are not known', () => {
    expect(legend('2025-06-02')).toEqual({
      title: 'By 2 Jun 2025: latest news at each clinic',
      rows: ['No event reported yet (5)', 'Not known: older records only, not counted (1)'],
    })
  })

  it('on the picket day, says what happens that day', () => {
    expect(legend('2025-06-03')).toEqual({
      title: 'On 3 Jun 2025',
      rows: [
        'Picketed (3)',
        'No event reported yet (2)',
        'Not known: older records only, not counted (1)',
      ],
    })
  })

  it('in October, a June picket is history and says so; an announced closure is scheduled', () => {
    expect(legend('2025-10-01')).toEqual({
      title: 'By 1 Oct 2025: latest news at each clinic',
      rows: [
        'Picketed on 3 Jun 2025 (2)',
        'Scheduled to close on 1 Nov 2025 (1)',
        'No event reported yet (2)',
        'Not known: older records only, not counted (1)',
      ],
    })
  })

  it('on a reported closure day, the closure is today and the rest is dated', () => {
    expect(legend('2025-11-01')).toEqual({
      title: 'On 1 Nov 2025',
      rows: [
        'Picketed on 3 Jun 2025 (2)',
        'Scheduled to close on 1 Feb 2026 (1)',
        'Closed (1)',
        'No event reported yet (1)',
        'Not known: older records only, not counted (1)',
      ],
    })
  })

  it('on strike day, counts confirmed and probable strikes apart', () => {
    expect(legend('2025-11-05')).toEqual({
      title: 'On 5 Nov 2025',
      rows: [
        'Struck, confirmed by reporting (1)',
        'Probably struck (2)',
        'Closed for the strike (1)',
        'Closed on 1 Nov 2025 (1)',
        'Not known: older records only, not counted (1)',
      ],
    })
  })

  it('the day after, the strike is dated history', () => {
    expect(legend('2025-11-06')).toEqual({
      title: 'By 6 Nov 2025: latest news at each clinic',
      rows: [
        'Struck on 5 Nov 2025, confirmed by reporting (1)',
        'Probably struck on 5 Nov 2025 (1)',
        'Closed for the strike on 5 Nov 2025 (1)',
        'Scheduled to close on 1 Feb 2026 (1)',
        'Closed on 1 Nov 2025 (1)',
        'Not known: older records only, not counted (1)',
      ],
    })
  })

  it('a scheduled closure is never counted as closed, before, on or after its day', () => {
    const closed = (day: string) => legendOf(clinicsOn(features, day), day).counts.closed
    const label = (day: string) => legendOf(clinicsOn(features, day), day).labels.closure_announced
    expect(closed('2026-01-31')).toBe(1)
    expect(label('2026-01-31')).toBe('Scheduled to close on 1 Feb 2026')
    expect(closed('2026-02-01')).toBe(1)
    expect(label('2026-02-01')).toBe('Was scheduled to close on 1 Feb 2026; not confirmed')
    expect(closed('2026-11-23')).toBe(1)
    expect(label('2026-11-23')).toBe('Was scheduled to close on 1 Feb 2026; not confirmed')
  })
})

describe('legend rows beyond the six sample clinics', () => {
  const picket = (id: string, day: string) =>
    clinic({ id, evidence: 'confirmed', picketed_on: [day] })
  const rowsOn = (fs: ReturnType<typeof clinic>[], day: string) => legendOf(clinicsOn(fs, day), day)

  it('lists two picket days with "or", three with commas, each day once', () => {
    const two = [picket('a', '2025-06-03'), picket('b', '2025-07-01'), picket('c', '2025-06-03')]
    expect(rowsOn(two, '2025-10-01').labels.picketed).toBe('Picketed on 3 Jun 2025 or 1 Jul 2025')
    const three = [picket('c', '2025-08-02'), ...two]
    expect(rowsOn(three, '2025-10-01').labels.picketed).toBe(
      'Picketed on 3 Jun 2025, 1 Jul 2025 or 2 Aug 2025',
    )
  })

  it('keeps an undated announcement plain, and says "was scheduled" only when every date has passed', () => {
    const undated = clinic({ id: 'u', evidence: 'confirmed', closure_announced_on: '2025-09' })
    expect(rowsOn([undated], '2025-10-01').labels.closure_announced).toBe('Scheduled to close')
    const scheduled = (id: string, on: string) =>
      clinic({
        id,
        evidence: 'confirmed',
        closure_announced_on: '2025-09',
        closed_on: on,
        closed_basis: 'scheduled',
      })
    const two = [scheduled('a', '2026-02-01'), scheduled('b', '2026-06-01')]
    expect(rowsOn(two, '2026-03-01').labels.closure_announced).toBe(
      'Scheduled to close on 1 Feb 2026 or 1 Jun 2026',
    )
    expect(rowsOn(two, '2026-07-01').labels.closure_announced).toBe(
      'Was scheduled to close on 1 Feb 2026 or 1 Jun 2026; not confirmed',
    )
    // A reported closure still ahead is "scheduled", not "was scheduled".
    const reported = clinic({
      id: 'r',
      evidence: 'confirmed',
      closure_announced_on: '2025-09',
      closed_on: '2026-02-01',
      closed_basis: 'reported',
    })
    expect(rowsOn([reported], '2025-12-01').labels.closure_announced).toBe(
      'Scheduled to close on 1 Feb 2026',
    )
  })

  it("draws each row's symbol the way its clinics are drawn", () => {
    const day = '2025-11-05'
    const l = legendOf(clinicsOn(features, day), day)
    expect(l.evidence).toMatchObject({
      struck: 'confirmed',
      probably_struck: 'inferred',
      closed: 'closed_before',
      not_known: 'unverified',
      // An empty row is drawn as the map would draw its clinics.
      picketed: 'confirmed',
      open: 'confirmed',
    })
    const unlikely = clinic({ id: 'x', evidence: 'unlikely' })
    expect(rowsOn([unlikely], day).evidence.not_known).toBe('unlikely')
    // Clinics drawn hollow and solid in one row: the row falls back to the status's own look.
    const mixed = [
      clinic({ id: 'h', evidence: 'inferred', last_seen_open: 2025, struck_on: '2025-11-05' }),
      clinic({ id: 's', evidence: 'confirmed', struck_on: '2025-11-05' }),
    ]
    expect(rowsOn(mixed, '2025-06-01').evidence.open).toBe('confirmed')
  })
})
