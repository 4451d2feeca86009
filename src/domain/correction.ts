/**
 * "Report a correction": a prefilled new-issue form on the map's repository, or an e-mail when
 * the build knows no repository. Pure, so the card, the footer and the tests build the same link.
 */
import { formatDate, type IsoDay } from './dates.ts'

export interface CorrectionContext {
  /** `owner/name` on GitHub, or '' when the build has none. */
  repository: string
  /** The fallback address (src/app/content.ts). */
  email: string
  /** The clinic the reader is looking at, if any. */
  clinic?: { id: string; name: string }
  /** The date the map shows. */
  day: IsoDay
  /** The page's address, so we see what the reader saw. */
  pageUrl: string
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

/**
 * The link. `correctionHref({ repository: 'desk/map', clinic: { id: 'annandale', name: 'Annandale
 * Clinic' }, day: '2025-11-05', ... })` opens github.com/desk/map/issues/new with the title
 * "Correction: Annandale Clinic" and a body naming the clinic, the date shown and the page.
 */
export function correctionHref(c: CorrectionContext): string {
  const title = c.clinic ? `Correction: ${c.clinic.name}` : 'Correction to the strike map'
  const body = [
    c.clinic ? `Clinic: ${c.clinic.name} (${c.clinic.id})` : 'Clinic: (which one, if any)',
    `Date shown: ${formatDate(c.day)} (${c.day})`,
    `Page: ${c.pageUrl}`,
    '',
    'What is wrong, and how do you know? A link to a source helps us check it.',
  ].join('\n')
  const q = (pairs: Record<string, string>) =>
    Object.entries(pairs)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&')
  if (REPOSITORY.test(c.repository))
    return `https://github.com/${c.repository}/issues/new?${q({ title, body, labels: 'correction' })}`
  return `mailto:${c.email}?${q({ subject: title, body })}`
}
