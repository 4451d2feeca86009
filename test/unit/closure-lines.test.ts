/** The README's closure lines (scripts/lib/closure-lines.ts), on the committed dataset. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { closureLines } from '../../scripts/lib/closure-lines.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'

const committed = () => JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset

describe('closureLines', () => {
  it('is the explanation alone when no closure effect is recorded', () => {
    const d = committed()
    const text = closureLines({ ...d, summary: { ...d.summary, closure_effects: undefined } })
    expect(text.split('\n')).toHaveLength(1)
    expect(text).toMatch(/^What the closures changed: /)
  })

  it('says Chaska is scheduled to close and Maplewood closed, with the nearest clinic', () => {
    // clinics.csv: Chaska scheduled for 2026-02-01, Maplewood closed 2025-11-01 (reported).
    const lines = closureLines(committed()).split('\n')
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}Allina Health Chaska Clinic \(scheduled to close 2026-02-01\) -> /,
      ),
    )
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}Allina Health Maplewood Clinic \(closed 2025-11-01\) -> .+: about \d/,
      ),
    )
  })
})
