import { memo } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { BUILD } from './build-config.ts'
import { credits, dek } from './content.ts'

// How to use the map: here rather than in content.ts, whose words all ride in the first view's
// JS; this part loads after it (issue 14, first-view bytes).
const HOW_TO =
  'Drag the date to follow the dispute from the June pickets to the closures. Tick or untick statuses to filter, type a city to find a clinic, and select a clinic for what happened there and the sources.'

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
      <p>{HOW_TO}</p>
    </section>
  )
})
