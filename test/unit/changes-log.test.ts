/**
 * The change log a reader sees under the map, read defensively: a damaged entry is dropped,
 * the page never breaks, and the rest is listed newest first.
 */
import { describe, expect, it } from 'vitest'
import { readChanges } from '../../src/domain/changes.ts'

const good = (date: string) => ({
  date,
  clinic_ids: ['chaska'],
  what_changed: `Change of ${date}`,
  sources: ['https://example.org/'],
})

describe('readChanges', () => {
  it('lists valid entries newest first, whatever order the file has', () => {
    const dates = readChanges({
      changes: [good('2026-01-10'), good('2026-03-02'), good('2025-12-01'), good('2026-01-10')],
    }).map((c) => c.date)
    expect(dates).toEqual(['2026-03-02', '2026-01-10', '2026-01-10', '2025-12-01'])
  })

  it('drops each kind of damaged entry and keeps the good one', () => {
    const damaged = [
      null,
      'a string',
      42,
      { ...good('2026-01-01'), date: 20260101 },
      { ...good('2026-01-02'), what_changed: undefined },
      { ...good('2026-01-03'), clinic_ids: 'chaska' },
      { ...good('2026-01-04'), clinic_ids: ['chaska', 7] },
      { ...good('2026-01-05'), sources: 'https://example.org/' },
      { ...good('2026-01-06'), sources: ['https://example.org/', null] },
    ]
    expect(readChanges({ changes: [...damaged, good('2026-02-01')] })).toEqual([good('2026-02-01')])
    expect(readChanges({ changes: 'not a list' })).toEqual([])
  })
})
