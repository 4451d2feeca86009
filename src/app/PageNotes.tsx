import { memo } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { BUILD } from './build-config.ts'
import { CONTENT, credits, dek } from './content.ts'

/**
 * Below the graphic: how to use the map (a reader who needs it finds it after trying) and, on
 * phones, the full dek and byline that the first screen had no room for.
 * Memoised: its only input is the dataset, so a date step does not rebuild its text.
 */
export const PageNotes = memo(function PageNotes({ dataset }: { dataset: Dataset }) {
  return (
    <section className="page-notes" aria-labelledby="page-notes-title">
      <div className="page-notes__dek">
        <p>{dek(dataset)}</p>
        {credits(BUILD).byline && <p>{credits(BUILD).byline}</p>}
      </div>
      <h2 id="page-notes-title">Using this map</h2>
      <p>{CONTENT.howTo}</p>
    </section>
  )
})
