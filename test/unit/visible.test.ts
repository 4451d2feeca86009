/**
 * Messages quote CSV values; scripts/lib/visible.ts writes each character a terminal would run
 * or reorder as its escape, so the editor sees it. Escapes below are hand-written code points.
 */
import { describe, expect, it } from 'vitest'
import { shown, visible } from '../../scripts/lib/visible.ts'

describe('visible', () => {
  it('writes control, format and private-use characters as \\u escapes of four hex digits', () => {
    expect(visible('a\u001b[2Jb')).toBe('a\\u001b[2Jb')
    expect(visible('bell\u0007')).toBe('bell\\u0007')
    expect(visible('\u202eevil')).toBe('\\u202eevil') // right-to-left override
    expect(visible('x\u200by')).toBe('x\\u200by') // zero-width space
    expect(visible('\ue000')).toBe('\\ue000') // private use
    expect(visible('\u2028\u2029')).toBe('\\u2028\\u2029') // line and paragraph separators
    expect(visible('\u2800')).toBe('\\u2800') // braille blank, looks like a space
    expect(visible('\uffff')).toBe('\\uffff') // not a character
  })

  it('writes a character past U+FFFF as \\u{...}', () => {
    expect(visible('tag\u{e0041}')).toBe('tag\\u{e0041}')
    expect(visible('\u{f0000}')).toBe('\\u{f0000}')
  })

  it('leaves printable text alone, accents, dashes and emoji included', () => {
    const text = 'Café – Nicollet Mall, 5 Nov 2025 😀 "quoted" \\ back'
    expect(visible(text)).toBe(text)
  })
})

describe('shown', () => {
  it('keeps a value of up to 60 characters whole', () => {
    const sixty = 'x'.repeat(60)
    expect(shown(sixty)).toBe(sixty)
  })

  it('cuts a longer value to 57 characters and three dots', () => {
    expect(shown(`${'a'.repeat(57)}bcd`)).toBe(`${'a'.repeat(57)}bcd`)
    expect(shown(`${'a'.repeat(57)}bcde`)).toBe(`${'a'.repeat(57)}...`)
  })

  it('counts the escapes, not the raw characters, and escapes before cutting', () => {
    // 10 ESC characters become 60 visible characters: exactly the limit.
    expect(shown('\u001b'.repeat(10))).toBe('\\u001b'.repeat(10))
    expect(shown(`\u001b${'y'.repeat(60)}`)).toBe(`\\u001b${'y'.repeat(51)}...`)
  })
})
