import { memo } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { formatDate } from '../domain/dates.ts'
import { useAfterFirstPaint } from './AfterFirstPaint.tsx'
import { CONTENT, dek, methodology, shortDek } from './content.ts'

/**
 * Headline, dek and byline: all that stands above the graphic, so the map starts on the first
 * screen. The h1 takes focus after a failed load is retried (App.tsx), hence the tabIndex.
 * Memo: the dek is worked out once per dataset.
 */
export const PageHeader = memo(function PageHeader({ dataset }: { dataset: Dataset }) {
  return (
    <header className="page-head">
      <p className="page-head__kicker">{CONTENT.kicker}</p>
      <h1 tabIndex={-1}>{CONTENT.headline}</h1>
      <p className="page-head__dek page-head__dek--full">{dek(dataset)}</p>
      {/* Phones show this one instead (app.css); display:none keeps either from being read twice. */}
      <p className="page-head__dek page-head__dek--short">{shortDek(dataset)}</p>
      {CONTENT.byline && <p className="page-head__byline">{CONTENT.byline}</p>}
    </header>
  )
})

/**
 * Below the graphic: how to use the map (a reader who needs it finds it after trying) and, on
 * phones, the full dek and byline that the first screen had no room for.
 */
export function PageNotes({ dataset }: { dataset: Dataset }) {
  return (
    <section className="page-notes" aria-labelledby="page-notes-title">
      <div className="page-notes__dek">
        <p>{dek(dataset)}</p>
        {CONTENT.byline && <p>{CONTENT.byline}</p>}
      </div>
      <h2 id="page-notes-title">Using this map</h2>
      <p>{CONTENT.howTo}</p>
    </section>
  )
}

/** The credit line under the map: sources, the Updated date and the coverage in one sentence. */
export function SourceLine({ dataset, still = false }: { dataset: Dataset; still?: boolean }) {
  const s = dataset.summary
  const base = import.meta.env.BASE_URL
  return (
    <div className="source-line">
      <p className="source-line__sources">{CONTENT.sourceLine}</p>
      <p className="source-line__updated">
        Updated <time dateTime={s.updated}>{formatDate(s.updated, 'long')}</time>.{' '}
        <strong data-testid="coverage">
          {s.identified} of the {s.reported.struck} struck clinics identified
        </strong>{' '}
        ({s.by_evidence.confirmed} confirmed by reporting, {s.by_evidence.inferred} inferred).
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

/** The methodology and coverage note (memo: static for a dataset), drawn after the map. */
export const PageFooter = memo(function PageFooter({ dataset }: { dataset: Dataset }) {
  if (!useAfterFirstPaint()) return null
  return (
    <footer className="page-foot">
      <section className="methodology" aria-labelledby="methodology-title">
        <h2 id="methodology-title" tabIndex={-1}>
          {CONTENT.methodologyTitle}
        </h2>
        {methodology(dataset).map((para) => (
          <p key={para.slice(0, 24)}>{para}</p>
        ))}
      </section>
    </footer>
  )
})
