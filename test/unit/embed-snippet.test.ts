/** The code a newsroom pastes: an iframe whose title and address cannot break out of their quotes. */
import { describe, expect, it } from 'vitest'
import { embedSnippet } from '../../src/domain/embed-snippet.ts'
import { normalizeText } from '../../src/domain/fold.ts'

describe('embedSnippet', () => {
  it('escapes the title and the address inside their attributes', () => {
    const code = embedSnippet('https://example.org/map/?embed=1&q="a"', 'Strike <map> & "closures"')
    expect(
      code.startsWith(
        '<iframe title="Strike &lt;map&gt; &amp; &quot;closures&quot;" src="https://example.org/map/?embed=1&amp;q=&quot;a&quot;" style="width:100%;min-width:100%;border:none" height="760" scrolling="no" loading="lazy"></iframe>\n<script>',
      ),
    ).toBe(true)
    // The height listener answers our datawrapper-height messages, for pages without Pym.
    expect(code).toContain("e.data['datawrapper-height']")
    expect(code.endsWith('</script>')).toBe(true)
  })
})

describe('normalizeText', () => {
  it('folds case, accents, punctuation and every "St." so "st paul" finds "St. Paul"', () => {
    expect(normalizeText('  St. Paul ')).toBe('saint paul')
    expect(normalizeText('West St. Paul, MN')).toBe('west saint paul mn')
    expect(normalizeText('St Anthony–St Paul')).toBe('saint anthony saint paul')
    expect(normalizeText('Crème Brûlée')).toBe('creme brulee')
    expect(normalizeText('Stillwater')).toBe('stillwater')
  })
})
