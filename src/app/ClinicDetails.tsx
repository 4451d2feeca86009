import { useEffect, useRef } from 'react'
import type { ClinicFeature } from '../domain/clinic-schema.ts'
import { formatDate, type IsoDay } from '../domain/dates.ts'
import { statusPhrase } from '../domain/labels.ts'
import { isApproximatePosition, positionNote } from '../domain/position-note.ts'
import { EVIDENCE_STYLES, KIND_LABELS } from '../domain/symbols.ts'
import { clinicEvents, statusOn } from '../domain/timeline.ts'
import { StatusSymbol } from '../controls/StatusSymbol.tsx'
import { sourceLinks } from '../controls/source-links.ts'
import { revealDetails } from './reveal-details.ts'
import { CorrectionLink } from './CorrectionLink.tsx'
import { ClosedAlternatives } from './ClosedAlternatives.tsx'

interface Props {
  clinic: ClinicFeature
  day: IsoDay
  /** The address of the view shown, for "Report a correction". */
  pageUrl: string
  onClose(): void
  /** The map's frame: the page scrolls it into view when the details open. */
  mapFrame?(): HTMLElement | null
  /** Called once the details for a clinic are on the page and in view (the map pans then). */
  onShown?(el: HTMLElement, id: string): void
  /** Every clinic, for the nearest open alternatives of a closed one. */
  features?: readonly ClinicFeature[]
  onSelect?(id: string): void
}

function address(c: ClinicFeature['properties']): string {
  const place = `${c.city}, ${c.state}${c.zip ? ` ${c.zip}` : ''}`
  return c.street ? `${c.street}, ${place}` : place
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * What is known about one clinic: status on the day, what happened and when, evidence and why,
 * position and its precision, and every source. Focus moves to its heading on open; Esc closes.
 */
export function ClinicDetails({
  clinic,
  day,
  pageUrl,
  onClose,
  mapFrame,
  onShown,
  features,
  onSelect,
}: Props) {
  const p = clinic.properties
  const heading = useRef<HTMLHeadingElement>(null)
  const box = useRef<HTMLElement>(null)
  const state = statusOn(p, day)
  useEffect(
    function revealAndFocus() {
      if (box.current) {
        revealDetails(box.current, mapFrame?.() ?? null)
        onShown?.(box.current, p.id)
      }
      // No scroll from focusing: revealing is onShown's job, and a sheet is fixed anyway.
      heading.current?.focus({ preventScroll: true })
    },
    // Once per clinic: a new onShown identity must not scroll the page again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [p.id],
  )
  useEffect(
    function closeOnEscape() {
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') onClose()
      }
      document.addEventListener('keydown', onKey)
      return function stopListening() {
        document.removeEventListener('keydown', onKey)
      }
    },
    [onClose],
  )
  const evidence = EVIDENCE_STYLES[p.evidence]
  return (
    <section
      className="details"
      ref={box}
      aria-labelledby="details-title"
      data-testid="clinic-details"
    >
      <button type="button" className="details__close" onClick={onClose} aria-label="Close details">
        ×
      </button>
      <h2 id="details-title" ref={heading} tabIndex={-1}>
        {p.name}
      </h2>
      <p className="details__status">
        <StatusSymbol
          status={state.status}
          evidence={p.evidence}
          approximate={isApproximatePosition(p)}
        />{' '}
        {/* The day's own event names its date already: "On strike today, 5 Nov 2025". */}
        {state.today
          ? capitalize(statusPhrase(p, state))
          : `On ${formatDate(day)}: ${statusPhrase(p, state)}`}
      </p>
      <dl className="details__facts">
        <dt>Address</dt>
        <dd>{address(p)}</dd>
        <dt>Location</dt>
        <dd>{positionNote(p)}</dd>
        <dt>Care</dt>
        <dd>{KIND_LABELS[p.kind]}</dd>
        <dt>Strike evidence</dt>
        <dd>
          {evidence.label}. {p.evidence_reason}
        </dd>
        {p.last_seen_open !== undefined && (
          <>
            <dt>Last shown open</dt>
            <dd>{p.last_seen_open}</dd>
          </>
        )}
        {p.name_basis === 'pattern' && (
          <>
            <dt>Name</dt>
            <dd>The official name was not found; this one follows Allina's usual pattern.</dd>
          </>
        )}
      </dl>
      {features && onSelect && (
        <ClosedAlternatives clinic={clinic} features={features} day={day} onSelect={onSelect} />
      )}
      <h3>What happened here</h3>
      {clinicEvents(p).length === 0 ? (
        <p>No event of the dispute is reported at this site.</p>
      ) : (
        <ol className="details__events">
          {clinicEvents(p).map((e) => (
            <li key={`${e.day}-${e.kind}`} className={e.day > day ? 'is-later' : undefined}>
              <strong>{formatDate(e.date)}</strong>: {e.label}
              {e.day > day ? ' (after the date shown)' : ''}
            </li>
          ))}
        </ol>
      )}
      {p.notes && <p className="details__notes">{p.notes}</p>}
      <h3>Sources</h3>
      <ul className="details__sources">
        {sourceLinks(p.sources).map(({ url, label }) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {label}
            </a>
          </li>
        ))}
      </ul>
      <p className="details__correction">
        <CorrectionLink clinic={{ id: p.id, name: p.name }} day={day} pageUrl={pageUrl} />
      </p>
    </section>
  )
}
