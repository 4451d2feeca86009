/**
 * The dataset fingerprint that decides whether the browser hydrates the prerendered page
 * (src/domain/fingerprint.ts, docs/prerender.md). Expected values come from a reference FNV-1a
 * written here in BigInt arithmetic, itself checked against the algorithm's published test
 * vectors (the FNV authors' list: "" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968).
 */
import { describe, expect, it } from 'vitest'
import { fingerprint } from '../../src/domain/fingerprint.ts'

function referenceFnv1a(text: string): string {
  let hash = 0x811c9dc5n
  for (const byte of Buffer.from(text, 'latin1'))
    hash = ((hash ^ BigInt(byte)) * 0x01000193n) % 2n ** 32n
  return hash.toString(16).padStart(8, '0')
}

describe('fingerprint', () => {
  it('uses a reference that gives the published FNV-1a vectors', () => {
    expect(['', 'a', 'foobar'].map(referenceFnv1a)).toEqual(['811c9dc5', 'e40c292c', 'bf9cf968'])
  })

  it('is the 32-bit FNV-1a of the value’s JSON, as eight hex digits', () => {
    for (const value of [{ a: 1 }, 'a', [1, 2, 3], { type: 'FeatureCollection', features: [] }])
      expect(fingerprint(value)).toBe(referenceFnv1a(JSON.stringify(value)))
    // JSON.stringify('a') is the three characters "a" with quotes, not the vector for a.
    expect(fingerprint('a')).not.toBe('e40c292c')
  })

  it('tells two datasets apart that differ in one character, and keeps leading zeros', () => {
    expect(fingerprint({ checked: '2026-12-01' })).not.toBe(fingerprint({ checked: '2026-12-02' }))
    // The first small integer whose hash has a leading zero digit still gives eight digits.
    const n = [...Array(1000).keys()].find((i) => referenceFnv1a(String(i)).startsWith('0'))
    expect(n).toBeDefined()
    expect(fingerprint(n)).toBe(referenceFnv1a(String(n)))
    expect(fingerprint(n)).toHaveLength(8)
  })
})
