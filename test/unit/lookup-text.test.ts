/**
 * The search matcher's small rules, worked out by hand: the optimal string alignment distance
 * (insert, delete, substitute, swap neighbours; no edit inside a swap, so "ca" to "abc" is 3),
 * the typo allowance by word length (none up to 3 letters, 1 up to 7, 2 from 8, docs/lookup.md),
 * and the costs of a prefix (0.5), of words out of order (0.25) and of each unmatched word (0.1).
 */
import { describe, expect, it } from 'vitest'
import { editDistance, matchCost } from '../../src/domain/lookup-text.ts'

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit, but never edits inside a swap', () => {
    expect(editDistance('ab', 'ba')).toBe(1)
    expect(editDistance('abcd', 'badc')).toBe(2)
    expect(editDistance('ca', 'abc')).toBe(3)
    expect(editDistance('abc', 'acb')).toBe(1)
    expect(editDistance('a', 'a')).toBe(0)
  })

  it('gives up past its limit, by length or on the way', () => {
    expect(editDistance('a', 'abcd', 1)).toBe(2)
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2)
    expect(editDistance('abcd', 'abcx', 1)).toBe(1)
    expect(editDistance('abcd', 'abxy', 2)).toBe(2)
  })
})

describe('matchCost', () => {
  it('lets a word carry typos by its length: 0 up to 3 letters, 1 up to 7, 2 from 8', () => {
    const whole = (q: string, c: string) => matchCost([q], [c], false)
    expect(whole('abx', 'abc')).toBe(Infinity)
    expect(whole('abcx', 'abcd')).toBe(1)
    expect(whole('abcdexy', 'abcdefg')).toBe(Infinity)
    expect(whole('abcdefx', 'abcdefg')).toBe(1)
    expect(whole('abcdefxy', 'abcdefgh')).toBe(2)
    // The allowance follows the shorter word: 4 letters against 9 allows one edit.
    expect(whole('abcd', 'abcdefghi')).toBe(Infinity)
  })

  it('takes a beginning of two letters or more while typing, and a typo in a beginning of five', () => {
    expect(matchCost(['fa'], ['faribault'])).toBe(0.5)
    expect(matchCost(['f'], ['faribault'])).toBe(Infinity)
    expect(matchCost(['fariv'], ['faribault'])).toBe(1.5)
    expect(matchCost(['farv'], ['faribault'])).toBe(Infinity)
    // Only the last word is still being typed.
    expect(matchCost(['fa', 'clinic'], ['faribault', 'clinic'])).toBe(Infinity)
    expect(matchCost(['clinic', 'fa'], ['faribault', 'clinic'])).toBe(0.75)
  })

  it('ranks words in order first, every unmatched word a little lower, and uses each word once', () => {
    expect(matchCost(['river', 'falls'], ['river', 'falls'])).toBe(0)
    expect(matchCost(['falls', 'river'], ['river', 'falls'])).toBe(0.25)
    expect(matchCost(['paul'], ['west', 'saint', 'paul'])).toBeCloseTo(0.2)
    expect(matchCost(['paul', 'paul'], ['saint', 'paul'])).toBe(Infinity)
    expect(matchCost(['a', 'b'], ['a'])).toBe(Infinity)
    expect(matchCost([], ['a'])).toBe(Infinity)
  })
})
