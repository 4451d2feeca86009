/**
 * The two rules every published string and link obey (src/domain/text-rules.ts, url-rules.ts),
 * called directly: the hostile-data tests reach them through a whole build; these pin each
 * branch's message, which an editor reads to fix the row (wording from data/README.md).
 */
import { describe, expect, it } from 'vitest'
import { hasHiddenCharacter, hiddenCharacterProblem } from '../../src/domain/text-rules.ts'
import { urlProblem } from '../../src/domain/url-rules.ts'

describe('hidden characters', () => {
  it('passes plain text, accents and ordinary spaces', () => {
    expect(hasHiddenCharacter('Allina Health Crème Clinic, St. Paul')).toBe(false)
    expect(hiddenCharacterProblem('Allina Health Crème Clinic, St. Paul')).toBeUndefined()
  })

  it('names the character and the text before it, cut to its last 16 characters', () => {
    expect(hiddenCharacterProblem('Rich\u200Bfield')).toBe(
      'holds a zero-width space (U+200B) after "Rich"; delete it (retype the text around it)',
    )
    // "Allina Health Richfield" is 23 characters; its last 16 are "Health Richfield".
    expect(hiddenCharacterProblem('Allina Health Richfield\u00ADClinic')).toBe(
      'holds a soft hyphen (U+00AD) after "...Health Richfield"; delete it (retype the text around it)',
    )
    expect(hiddenCharacterProblem('Health Richfield\u00AD')).toContain('after "Health Richfield"')
    expect(hiddenCharacterProblem('\tRichfield')).toBe(
      'holds a tab at the start; delete it (retype the text around it)',
    )
  })

  it('gives line breaks, bidi controls, odd spaces and other controls their own advice', () => {
    expect(hiddenCharacterProblem('a\r\nb')).toBe(
      'holds a line break after "a"; write the value on one line (the page shows it as one paragraph)',
    )
    expect(hiddenCharacterProblem('a\nb')).toContain('holds a line break after "a"')
    expect(hiddenCharacterProblem('ab\u202Ec')).toBe(
      'holds a bidi control character (U+202E) after "ab", which can make the text display in a misleading order; delete it',
    )
    expect(hiddenCharacterProblem('St.\u00A0Paul')).toBe(
      'holds an unusual space (U+00A0) after "St."; type an ordinary space instead',
    )
    expect(hasHiddenCharacter('St.\u3000Paul')).toBe(true)
    expect(hiddenCharacterProblem('a\u001Bb')).toBe(
      'holds a control character (U+001B) after "a"; delete it',
    )
    expect(hiddenCharacterProblem('a\uE000')).toBe(
      'holds an invisible or unassigned character (U+E000) after "a"; delete it (retype the text around it)',
    )
    expect(hiddenCharacterProblem('\u2800')).toBe(
      'holds an invisible or unassigned character (U+2800) at the start; delete it (retype the text around it)',
    )
  })
})

describe('source links', () => {
  it('passes an ordinary https article link, with a port or a trailing dot on the host', () => {
    expect(urlProblem('https://www.startribune.com/allina-strike/601516150')).toBeUndefined()
    expect(urlProblem('https://example.org:8443/a?b=c#d')).toBeUndefined()
    expect(urlProblem('https://example.org./a')).toBeUndefined()
  })

  it('refuses each kind of bad link with what to do about it', () => {
    expect(urlProblem('http://example.org/')).toBe('must be a full https:// address')
    expect(urlProblem('https://localhost/')).toBe('must be a full https:// address')
    expect(urlProblem('https://exa_mple.org/')).toBe('must be a full https:// address')
    expect(urlProblem('https://example.org\\@evil.example/')).toBe(
      'holds a backslash, which browsers read as /; write / instead',
    )
    expect(urlProblem('https://user:pw@example.org/')).toMatch(
      /^has a user name or password before the host/,
    )
    expect(urlProblem('https://xn--80ak6aa92e.com/')).toMatch(/^has a host with non-Latin letters/)
    expect(urlProblem('https://exämple.org/')).toMatch(/^has a host with non-Latin letters/)
    expect(urlProblem('https://192.168.1.1/')).toBe(
      'names its host by an IP address; link the site by its name',
    )
    expect(urlProblem('https://[::1].x/')).toBe(
      'names its host by an IP address; link the site by its name',
    )
  })

  it('takes a link of 2000 characters and refuses one of 2001', () => {
    const base = 'https://example.org/'
    expect(urlProblem(base + 'a'.repeat(2000 - base.length))).toBeUndefined()
    expect(urlProblem(base + 'a'.repeat(2001 - base.length))).toBe(
      'is 2001 characters long, over the limit of 2000; link the article itself, not a search or a data export',
    )
  })
})
