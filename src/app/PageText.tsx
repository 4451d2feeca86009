import { lazy, Suspense } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { formatDate } from '../domain/dates.ts'
import { BUILD } from './build-config.ts'
import { CONTENT, credits, dek, periodLine } from './content.ts'

// The change log and the correction link sit below the fold: loaded on demand (JS budget).
const FooterExtras = lazy(() => import('./FooterExtras.tsx'))

/** Headline, dek, how to use the map and the byline. */
export function PageHeader({ dataset }: { dataset: Dataset }) {
  const { byline } = credits(BUILD)
  return (
    <header className="page-head">
      <p className="page-head__kicker">{CONTENT.kicker}</p>
      <h1>{CONTENT.headline}</h1>
      <p className="page-head__dek">{dek(dataset)}</p>
      <p className="page-head__howto">{CONTENT.howTo}</p>
      <p className="page-head__period">{periodLine(dataset)}</p>
      {byline && <p className="page-head__byline">{byline}</p>}
    </header>
  )
}

/** The credit line under the map: sources, who compiled it and when the data was last checked. */
export function SourceLine({ dataset, still = false }: { dataset: Dataset; still?: boolean }) {
  const s = dataset.summary
  const base = import.meta.env.BASE_URL
  return (
    <div className="source-line">
      <p className="source-line__sources">{CONTENT.sourceLine}</p>
      <p className="source-line__updated">
        {credits(BUILD).credit}. Data last checked{' '}
        <time dateTime={s.updated}>{formatDate(s.updated, 'long')}</time>.
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

/** The methodology and coverage note, the change log and "Report a correction". */
export function PageFooter({
  dataset,
  day,
  pageUrl,
}: {
  dataset: Dataset
  day: string
  pageUrl: string
}) {
  return (
    <footer className="page-foot">
      <Suspense fallback={null}>
        <FooterExtras dataset={dataset} day={day} pageUrl={pageUrl} />
      </Suspense>
    </footer>
  )
}
