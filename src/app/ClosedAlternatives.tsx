import type { ClinicFeature } from '../domain/clinic-schema.ts'
import { formatDate, type IsoDay } from '../domain/dates.ts'
import { formatMiles } from '../domain/geo.ts'
import { statusPhrase } from '../domain/labels.ts'
import { openAlternatives } from '../domain/alternatives.ts'
import { CURRENT_SINCE_YEAR } from '../domain/story.ts'
import { statusOn } from '../domain/timeline.ts'
import './lookup.css'

interface Props {
  clinic: ClinicFeature
  features: readonly ClinicFeature[]
  day: IsoDay
  onSelect(id: string): void
}

/**
 * In the card of a clinic closed or closing on the day: the nearest Allina clinics still open
 * then, with straight-line distance, each a button to its own card. Nothing for other clinics.
 */
export function ClosedAlternatives({ clinic, features, day, onSelect }: Props) {
  const status = statusOn(clinic.properties, day).status
  if (status !== 'closed' && status !== 'closure_announced') return null
  const nearest = openAlternatives(clinic, features, day)
  return (
    <section className="details__alternatives" aria-labelledby="alternatives-title">
      <h3 id="alternatives-title">Nearest Allina clinics open on {formatDate(day)}</h3>
      {nearest.length === 0 ? (
        <p>No identified Allina clinic in this dataset was open that day.</p>
      ) : (
        <ul>
          {nearest.map((r) => (
            <li key={r.view.feature.id}>
              <button
                type="button"
                className="details__link"
                onClick={() => onSelect(r.view.feature.id)}
              >
                {r.view.feature.properties.name}
              </button>
              <span className="details__alt-detail">
                {formatMiles(r.miles, r.about)} straight-line ·{' '}
                {statusPhrase(r.view.feature.properties, r.view.state)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="details__method">
        Straight line, not travel time; “about” where a position is a town centre. Only clinics in
        this dataset that sources show open since {CURRENT_SINCE_YEAR}.
      </p>
    </section>
  )
}
