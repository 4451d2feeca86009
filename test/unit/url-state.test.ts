import { describe, expect, it } from 'vitest'
import {
  defaultViewState,
  parseViewState,
  readQuery,
  serializeViewState,
  type UrlContext,
} from '../../src/domain/url-state.ts'
import { isUnfiltered, NO_FILTERS, type Filters } from '../../src/domain/filters.ts'

const filtersOf = ({ statuses, kinds, evidence, q }: Filters): Filters => ({
  statuses,
  kinds,
  evidence,
  q,
})

const ctx: UrlContext = {
  min: '2025-06-01',
  max: '2026-02-28',
  defaultDate: '2025-11-05',
  clinicIds: new Set(['coon-rapids', 'chaska']),
}
const defaults = defaultViewState(ctx)

describe('URL state', () => {
  it('leaves defaults out: the default view has an empty query string', () => {
    expect(serializeViewState(defaults, ctx)).toBe('')
    expect(parseViewState('', ctx)).toEqual(defaults)
  })

  it('has one set of filter defaults: the default view is unfiltered, and Reset returns to it', () => {
    expect(filtersOf(defaults)).toEqual(NO_FILTERS)
    expect(isUnfiltered(parseViewState('?date=2025-11-02', ctx))).toBe(true)
    // The search box's words are the same field in the URL, the view and the filters.
    const typed = parseViewState('?q=lakeville&status=struck', ctx)
    expect(filtersOf(typed)).toEqual({ ...NO_FILTERS, q: 'lakeville', statuses: ['struck'] })
    expect(serializeViewState({ ...typed, ...NO_FILTERS }, ctx)).toBe('')
  })

  it('round-trips a full view', () => {
    const search =
      '?date=2025-11-02&status=closure_announced,closed&kind=urgent&evidence=confirmed,inferred&q=st%20paul&clinic=chaska&theme=dark&panel=list'
    const state = parseViewState(search, ctx)
    expect(state).toEqual({
      date: '2025-11-02',
      statuses: ['closure_announced', 'closed'],
      kinds: ['urgent'],
      evidence: ['confirmed', 'inferred'],
      q: 'st paul',
      clinic: 'chaska',
      theme: 'dark',
      panel: 'list',
      embed: false,
      showTitle: true,
      screenshot: false,
      tiles: true,
    })
    expect(serializeViewState(state, ctx)).toBe(search)
  })

  it('writes lists in one canonical order and keeps an empty selection', () => {
    const state = parseViewState('?status=closed,struck', ctx)
    expect(serializeViewState(state, ctx)).toBe('?status=struck,closed')
    expect(parseViewState('?status=none', ctx).statuses).toEqual([])
    expect(serializeViewState({ ...defaults, statuses: [] }, ctx)).toBe('?status=none')
  })

  it('clamps dates to the timeline and ignores impossible ones', () => {
    expect(parseViewState('?date=2024-01-01', ctx).date).toBe('2025-06-01')
    expect(parseViewState('?date=2030-01-01', ctx).date).toBe('2026-02-28')
    expect(parseViewState('?date=2025-02-30', ctx).date).toBe('2025-11-05')
    expect(parseViewState('?date=yesterday', ctx).date).toBe('2025-11-05')
  })

  it('ignores garbage: unknown values, unknown clinics, repeated keys, broken escapes, huge text', () => {
    const state = parseViewState(
      '?status=bogus&kind=&evidence=confirmed,,x&clinic=nowhere&theme=neon&panel=3d&date=2025-06-03&date=2025-07-01&q=%E0%A4%A&junk=1',
      ctx,
    )
    expect(state).toEqual({ ...defaults, evidence: ['confirmed'], date: '2025-06-03' })
    expect(parseViewState(`?q=${'x'.repeat(5000)}`, ctx).q).toHaveLength(80)
    expect(parseViewState('?q=%00%1Fabc%7F', ctx).q).toBe('abc')
    expect(parseViewState('?%=%&&=&===', ctx)).toEqual(defaults)
  })

  it('reads the embed and screenshot modes; screenshots use the offline basemap unless tiles=1', () => {
    expect(parseViewState('?embed=1&title=0', ctx)).toMatchObject({
      embed: true,
      showTitle: false,
      screenshot: false,
      tiles: true,
    })
    expect(parseViewState('?screenshot=1', ctx)).toMatchObject({ screenshot: true, tiles: false })
    expect(parseViewState('?screenshot=1&tiles=1', ctx)).toMatchObject({
      screenshot: true,
      tiles: true,
    })
    expect(parseViewState('?tiles=0', ctx).tiles).toBe(false)
    expect(parseViewState('?embed=yes&title=no&screenshot=true', ctx)).toMatchObject({
      embed: false,
      showTitle: true,
      screenshot: false,
    })
    for (const search of [
      '?embed=1&title=0',
      '?screenshot=1',
      '?screenshot=1&tiles=1',
      '?tiles=0',
    ]) {
      expect(serializeViewState(parseViewState(search, ctx), ctx)).toBe(search)
    }
  })

  it('reads the first of repeated keys and decodes plus signs as spaces', () => {
    expect(readQuery('?a=1&a=2&b=x+y')).toEqual(
      new Map([
        ['a', '1'],
        ['b', 'x y'],
      ]),
    )
  })

  it('opens a bare link on the strike day with everything shown, the map panel, title and tiles on', () => {
    expect(parseViewState('', ctx)).toEqual({
      date: '2025-11-05',
      statuses: [
        'struck',
        'probably_struck',
        'closed_for_strike',
        'picketed',
        'closure_announced',
        'closed',
        'open',
        'not_known',
      ],
      kinds: ['primary', 'urgent', 'not_stated'],
      evidence: ['confirmed', 'inferred', 'unverified', 'unlikely', 'closed_before'],
      q: '',
      clinic: undefined,
      theme: undefined,
      panel: 'map',
      embed: false,
      showTitle: true,
      screenshot: false,
      tiles: true,
    })
  })

  it('ignores a date that is not a day, and keeps one at either end of the slider', () => {
    expect(parseViewState('?date=soon', ctx).date).toBe('2025-11-05')
    expect(parseViewState('?date=2025-02-30', ctx).date).toBe('2025-11-05')
    expect(parseViewState('?date=2025-06-01', ctx).date).toBe('2025-06-01')
    expect(parseViewState('?date=2026-02-28', ctx).date).toBe('2026-02-28')
    expect(parseViewState('?date=2025-05-31', ctx).date).toBe('2025-06-01')
    expect(parseViewState('?date=2026-03-01', ctx).date).toBe('2026-02-28')
  })

  it('reads a bare key as empty, skips empty pairs, decodes keys, and strips only the leading "?"', () => {
    expect(readQuery('?embed&&a+b=1&q=why%3F')).toEqual(
      new Map([
        ['embed', ''],
        ['a b', '1'],
        ['q', 'why?'],
      ]),
    )
    expect(readQuery('q=why?')).toEqual(new Map([['q', 'why?']]))
    // A malformed escape drops its own pair only.
    expect(readQuery('?q=%E0%A4%A&panel=list')).toEqual(new Map([['panel', 'list']]))
  })

  it('has a default view with no query, no embed, a title, no screenshot and tiles on', () => {
    expect(defaultViewState(ctx)).toMatchObject({
      q: '',
      embed: false,
      showTitle: true,
      screenshot: false,
      tiles: true,
      panel: 'map',
      date: '2025-11-05',
    })
  })

  it('trims a pasted query at both ends, and reads a pair with no key as the empty key', () => {
    expect(parseViewState('?q=%20%20st%20paul%20', ctx).q).toBe('st paul')
    expect(readQuery('?=x&q=a')).toEqual(
      new Map([
        ['', 'x'],
        ['q', 'a'],
      ]),
    )
  })
})
