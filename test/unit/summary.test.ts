/**
 * The summary an editor reads after `npm run data`: the lines that depend on what the dataset
 * holds (disagreeing counts, the change log), on the committed dataset with those parts replaced.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatSummary } from '../../scripts/lib/summary.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'

const committed = () => JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset

describe('formatSummary', () => {
  it('has no disagreeing-count line when no count disagrees', () => {
    const d = committed()
    d.summary.reported = { ...d.summary.reported, disagreeing: undefined }
    expect(formatSummary(d)).not.toContain('Disagreeing')
  })

  it('says "none" for the newest change of an empty log, and leaves the line out with no log', () => {
    const d = committed()
    expect(
      formatSummary({ ...d, changes: [] })
        .split('\n')
        .at(-1),
    ).toBe('Changes logged: 0, newest none.')
    const noLog = formatSummary({ ...d, changes: undefined }).split('\n')
    expect(noLog.at(-1)).toMatch(/^(Locations|Disagreeing count)/)
  })
})
