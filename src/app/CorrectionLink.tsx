import { correctionHref } from '../domain/correction.ts'
import type { IsoDay } from '../domain/dates.ts'
import { BUILD } from './build-config.ts'
import { CONTENT } from './content.ts'

interface Props {
  clinic?: { id: string; name: string }
  day: IsoDay
  /** The address of the view the reader is on. */
  pageUrl: string
}

/**
 * "Report a correction": the repository's new-issue form prefilled with the clinic, the date
 * shown and this view's address (an e-mail when the build has no repository).
 */
export function CorrectionLink({ clinic, day, pageUrl }: Props) {
  const href = correctionHref({
    repository: BUILD.repository,
    email: CONTENT.correctionsEmail,
    day,
    pageUrl,
    ...(clinic ? { clinic } : {}),
  })
  const external = BUILD.repository !== ''
  return (
    <a
      className="correction-link"
      href={href}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      Report a correction
    </a>
  )
}
