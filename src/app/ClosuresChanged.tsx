import { memo } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { formatDate } from '../domain/dates.ts'
import { formatMiles } from '../domain/geo.ts'
import { CURRENT_SINCE_YEAR } from '../domain/story.ts'
import './lookup.css'

/**
 * "What the closures changed": for each closure, the nearest remaining clinic and the added
 * straight-line distance, as the data build computed them (summary.closure_effects).
 * Memoised: its only input is the dataset, so a date step does not rebuild its text.
 */
export const ClosuresChanged = memo(function ClosuresChanged({ dataset }: { dataset: Dataset }) {
  const effects = dataset.summary.closure_effects ?? []
  if (effects.length === 0) return null
  const unidentified = dataset.summary.reported.struck - dataset.summary.identified
  const props = (id: string) => dataset.features.find((f) => f.id === id)?.properties
  return (
    <section className="closures-changed" aria-labelledby="closures-changed-title">
      <h2 id="closures-changed-title">What the closures changed</h2>
      <p>
        For someone living next door to each closed clinic, the nearest Allina clinic that remains
        and how much further it is in a straight line.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Closed clinic</th>
            <th scope="col">Nearest remaining clinic</th>
            <th scope="col">Added distance</th>
          </tr>
        </thead>
        <tbody>
          {effects.map((e) => {
            const closed = props(e.closed)
            return (
              <tr key={e.closed}>
                <th scope="row">
                  {closed?.name ?? e.closed}
                  <span className="closures-changed__when">
                    {closed?.closed_on &&
                      (closed.closed_basis === 'scheduled'
                        ? ` scheduled to close ${formatDate(closed.closed_on)}; not confirmed`
                        : ` closed ${formatDate(closed.closed_on)}`)}
                  </span>
                </th>
                <td>{props(e.nearest)?.name ?? e.nearest}</td>
                <td>{formatMiles(e.miles, e.approximate)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="closures-changed__method">
        Method and limits: straight-line distance between the two clinics’ positions, not travel
        time or transit. “About” where either position is a town centre, not an address. A remaining
        clinic is one in this dataset that sources show open since {CURRENT_SINCE_YEAR} (confirmed
        or inferred) with no closure recorded; clinics of other systems and the {unidentified}{' '}
        unidentified struck clinics are not counted, so the real added distance may be shorter.
      </p>
    </section>
  )
})
