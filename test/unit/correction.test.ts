/**
 * "Report a correction": the whole prefilled form an editor receives, with and without a clinic,
 * as GitHub issue and as e-mail. The texts are typed here from what an editor should read.
 */
import { describe, expect, it } from 'vitest'
import { correctionHref } from '../../src/domain/correction.ts'

const base = {
  repository: 'desk/strike-map',
  email: 'corrections@example.org',
  day: '2025-11-05' as const,
  pageUrl: 'https://desk.github.io/map/',
}
const ASK = 'What is wrong, and how do you know? A link to a source helps us check it.'

describe('correctionHref', () => {
  it('files a labelled issue whose body names the clinic, the date, the page, then asks', () => {
    const url = new URL(
      correctionHref({ ...base, clinic: { id: 'chaska', name: 'Chaska Clinic' } }),
    )
    expect(url.searchParams.get('labels')).toBe('correction')
    expect(url.searchParams.get('body')).toBe(
      `Clinic: Chaska Clinic (chaska)\nDate shown: 5 Nov 2025 (2025-11-05)\nPage: https://desk.github.io/map/\n\n${ASK}`,
    )
  })

  it('asks which clinic when none is open, in the issue and in the e-mail', () => {
    const url = new URL(correctionHref(base))
    expect(url.searchParams.get('title')).toBe('Correction to the strike map')
    expect(url.searchParams.get('body')?.split('\n')[0]).toBe('Clinic: (which one, if any)')
    const mail = new URL(correctionHref({ ...base, repository: '' }))
    expect(mail.searchParams.get('subject')).toBe('Correction to the strike map')
    expect(mail.searchParams.get('body')?.split('\n')).toHaveLength(5)
  })
})
