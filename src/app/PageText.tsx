import { memo, Suspense } from 'react'
import { lazyPart } from '../data/lazy-part.ts'
import type { Dataset } from '../domain/clinic-schema.ts'
import { useAfterFirstPaint } from './AfterFirstPaint.tsx'
import { BUILD } from './build-config.ts'
import { CONTENT, credits, dek, periodLine, shortDek } from './content.ts'
import { PartBoundary } from './PartBoundary.tsx'

// The methodology, change log and correction link sit below the fold: loaded on demand (JS
// budget), with their own error and retry if the file cannot be fetched.
export const FooterExtras = lazyPart(() => import('./FooterExtras.tsx').then((m) => m.default))

/**
 * Headline, dek, period and byline: all that stands above the graphic, so the map starts on the
 * first screen. The h1 takes focus after a failed load is retried (App.tsx), hence the tabIndex.
 * Memo: the dek is worked out once per dataset.
 */
export const PageHeader = memo(function PageHeader({ dataset }: { dataset: Dataset }) {
  const { byline } = credits(BUILD)
  return (
    <header className="page-head">
      <p className="page-head__kicker">{CONTENT.kicker}</p>
      <h1 tabIndex={-1}>{CONTENT.headline}</h1>
      <p className="page-head__dek page-head__dek--full">{dek(dataset)}</p>
      {/* Phones show this one instead (app.css); display:none keeps either from being read twice. */}
      <p className="page-head__dek page-head__dek--short">{shortDek(dataset)}</p>
      {byline && <p className="page-head__byline">{byline}</p>}
    </header>
  )
})

/** The credit line under the map: sources, who compiled it and when the data was last checked. */
export function SourceLine({ dataset, still = false }: { dataset: Dataset; still?: boolean }) {
  const base = import.meta.env.BASE_URL
  return (
    <div className="source-line" data-still="credits">
      <p className="source-line__sources">{CONTENT.sourceLine}</p>
      {/* The period and the checked date sit with the sources, under the map: above it, they
          pushed the map off the first screen (issue 10). */}
      <p className="source-line__period">{periodLine(dataset)}</p>
      <p className="source-line__updated">
        {credits(BUILD).credit}.
        {!still && (
          <>
            {' '}
            <a className="source-line__more" href="#methodology-title">
              How this map was made
            </a>
          </>
        )}
      </p>
      {!still && (
        <p className="source-line__downloads">
          Download the data:{' '}
          <a href={`${base}data/clinics.geojson`} download>
            GeoJSON
          </a>{' '}
          ·{' '}
          <a href={`${base}data/clinics.csv`} download>
            CSV
          </a>{' '}
          · <a href={`${base}data/README.md`}>sources and notes</a>
        </p>
      )}
    </div>
  )
}

/** The methodology and coverage note, the change log and "Report a correction", after the map. */
export const PageFooter = memo(function PageFooter({
  dataset,
  day,
  pageUrl,
}: {
  dataset: Dataset
  day: string
  pageUrl: string
}) {
  if (!useAfterFirstPaint()) return null
  return (
    <footer className="page-foot">
      <PartBoundary part={FooterExtras} what="How this map was made">
        <Suspense fallback={null}>
          <FooterExtras dataset={dataset} day={day} pageUrl={pageUrl} />
        </Suspense>
      </PartBoundary>
    </footer>
  )
})
