import { useMemo } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { ChangesSection } from './ChangesSection.tsx'
import { methodology } from './content-methodology.ts'
import { CorrectionLink } from './CorrectionLink.tsx'

interface Props {
  dataset: Dataset
  day: string
  pageUrl: string
}

/**
 * The end of the page: how the map was made, "Changes to this data" and "Report a correction".
 * Below the fold, so
 * PageText.tsx loads it on demand, outside the first view's JS budget.
 */
export default function FooterExtras({ dataset, day, pageUrl }: Props) {
  // The day changes on every date step, the text only with the dataset.
  const paragraphs = useMemo(() => methodology(dataset), [dataset])
  return (
    <>
      <section className="methodology" aria-labelledby="methodology-title">
        <h2 id="methodology-title" tabIndex={-1}>
          How this map was made
        </h2>
        {paragraphs.map((para) => (
          <p key={para.slice(0, 24)}>{para}</p>
        ))}
      </section>
      <ChangesSection dataset={dataset} />
      <p className="page-foot__correction">
        Something wrong or missing? <CorrectionLink day={day} pageUrl={pageUrl} />
      </p>
    </>
  )
}
