/**
 * The ids an embed echoes to its parent page. Expected verdicts are written by hand from the
 * rule (letters, digits, `_`, `-`; 1 to 64 characters). A green run does not prove the real Pym
 * parent is safe: test/e2e/pym.spec.ts drives pym.js 1.3.2 itself.
 */
import { describe, expect, it } from 'vitest'
import { embedId, isEmbedId } from '../../src/domain/embed-id.ts'

describe('ids echoed to the parent page', () => {
  it.each([
    'allina-strike-map',
    'map',
    'datawrapper-chart-Ab3dE',
    'a',
    'x'.repeat(64),
    'pym_container_1',
  ])('keeps a plain token: %s', (id) => {
    expect(isEmbedId(id)).toBe(true)
    expect(embedId(id, 'fallback')).toBe(id)
  })

  it.each([
    // The probe's payload: Pym's parent would read a navigateTo message out of the id.
    ['the Pym delimiter with a message', 'mapxPYMxnavigateToxPYMxhttps://evil.example/# '],
    ['a space (ends the message type in Pym)', 'map here'],
    ['a colon and slashes', 'https://evil.example'],
    ['a newline', 'map\nheight'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['JSON punctuation', '{"a":1}'],
    ['a dot', 'chart.1'],
    ['a non-ASCII letter', 'cartе'], // Cyrillic е
    ['a zero-width space', 'map\u200b'],
    ['the empty string', ''],
    ['65 characters', 'x'.repeat(65)],
  ])('drops %s', (_what, id) => {
    expect(isEmbedId(id)).toBe(false)
    expect(embedId(id, 'allina-strike-map')).toBe('allina-strike-map')
  })

  it('falls back when the parameter is absent', () => {
    expect(embedId(null, 'allina-strike-map')).toBe('allina-strike-map')
    expect(embedId(undefined, 'allina-strike-map')).toBe('allina-strike-map')
  })
})
