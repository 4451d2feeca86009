/**
 * The search matcher's small rules, worked out by hand: the optimal string alignment distance
 * (insert, delete, substitute, swap neighbours; no edit inside a swap, so "ca" to "abc" is 3),
 * the typo allowance by word length (none up to 3 letters, 1 up to 7, 2 from 8, docs/lookup.md),
 * and the costs of a prefix (0.5), of words out of order (0.25) and of each unmatched word (0.1).
 */
import { describe, expect, it } from 'vitest'
import { editDistance, matchCost, nameWords, parseQuery } from '../../src/domain/lookup-text.ts'

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

describe('the matcher at its edges', () => {
  it('counts the typo allowance by the shorter word, for a word typed whole', () => {
    // "ada" (3 letters) may carry no typo even against the four-letter "adam".
    expect(matchCost(['ada'], ['adam'], false)).toBe(Infinity)
    // Two extra letters on the seven-letter "mankato": one more than a 7-letter word allows.
    expect(matchCost(['mankatoxx'], ['mankato'])).toBe(Infinity)
  })

  it('matches nothing to no words, and takes the first of two equal name words', () => {
    expect(matchCost([], ['faribault'])).toBe(Infinity)
    // river → the first "river", falls → "falls": in order, one name word left over (0.1).
    expect(matchCost(['river', 'falls'], ['river', 'falls', 'river'])).toBeCloseTo(0.1)
  })
})

describe('parseQuery and nameWords', () => {
  it('reads a lone letter as a beginning, not as an abbreviation', () => {
    expect(parseQuery('s').words).toEqual(['s'])
    expect(parseQuery('hts').words).toEqual(['hts'])
    expect(parseQuery('Inver Grove Hts').words).toEqual(['inver', 'grove', 'heights'])
  })

  it('takes a ZIP out of the words even with no space around it', () => {
    const q = parseQuery('Faribault55021MN')
    expect([q.words, q.state, q.zip]).toEqual([['faribault'], 'MN', '55021'])
  })

  it('leaves out the words every clinic name carries', () => {
    expect(nameWords('Allina Health Faribault Clinic')).toEqual(['faribault'])
    expect(nameWords('The Clinics of Elk River and Medical Center at Ramsey')).toEqual([
      'elk',
      'river',
      'center',
      'ramsey',
    ])
  })
})
