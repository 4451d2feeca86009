import { memo, useEffect, useRef } from 'react'
import { formatDate, type IsoDay } from '../domain/dates.ts'
import { CLINIC_ID, LIST } from '../domain/dom-contract.ts'
import type { ClinicView } from '../domain/filters.ts'
import { statusPhrase } from '../domain/labels.ts'
import { isApproximatePosition } from '../domain/position-note.ts'
import { StatusSymbol } from './StatusSymbol.tsx'
import './controls.css'
import './clinic-list.css'

/**
 * The most rows the list renders. Thousands of buttons make every date step and filter change
 * slow (and a list nobody can tab through); past this the reader narrows it with the search.
 */
export const LIST_LIMIT = 200

interface ClinicListProps {
  views: readonly ClinicView[]
  selectedId: string | undefined
  onSelect(id: string): void
  /** The selected date; the views' states are for this day. */
  day: IsoDay
  /** Straight-line distance per clinic id ("about 3.2 mi"), after a search for a place. */
  distances?: ReadonlyMap<string, string>
  /** What an empty list says; the search's own message when a search found nothing. */
  empty?: string
}

/**
 * The map's text alternative: one button per clinic, in the order given, named "clinic, city,
 * status"; the selected one has aria-current and is scrolled into view when it changes. Past
 * {@link LIST_LIMIT} clinics it shows the first ones (and the selected one) with a note.
 */
export function ClinicList({
  views,
  selectedId,
  onSelect,
  day,
  distances,
  empty = 'No clinics match these filters.',
}: ClinicListProps) {
  const listRef = useRef<HTMLOListElement>(null)
  useEffect(
    function revealSelected() {
      if (selectedId === undefined) return
      const button = listRef.current?.querySelector(`[${CLINIC_ID}="${CSS.escape(selectedId)}"]`)
      if (button instanceof HTMLElement) revealInScroller(button)
    },
    [selectedId],
  )
  if (views.length === 0) return <p className="clinic-list-empty">{empty}</p>
  const rows = firstRows(views, selectedId)
  return (
    <>
      {rows.length < views.length && (
        <p className="clinic-list-note">
          Showing the first {LIST_LIMIT} of {views.length.toLocaleString('en-US')} clinics; type a
          city to narrow the list.
        </p>
      )}
      <ol className={LIST} ref={listRef} aria-label={`Clinics on ${formatDate(day)}`}>
        {rows.map((view) => (
          <ClinicRow
            key={view.feature.id}
            view={view}
            selected={view.feature.id === selectedId}
            onSelect={onSelect}
            distance={distances?.get(view.feature.id)}
          />
        ))}
      </ol>
    </>
  )
}

interface RowProps {
  view: ClinicView
  selected: boolean
  onSelect(id: string): void
  /** "about 3.2 mi", when the list answers a search for a place. */
  distance?: string
}

/** One row, re-rendered only when its view (kept while the clinic's state holds) or selection changes. */
const ClinicRow = memo(function ClinicRow({ view, selected, onSelect, distance }: RowProps) {
  const p = view.feature.properties
  const status = capitalize(statusPhrase(p, view.state))
  // One spoken name, "name, city, status": the visible parts are separate boxes, and hidden
  // commas between boxes were read " , ".
  const name = [p.name, p.city, status]
    .concat(distance ? [`${distance} straight-line`] : [])
    .concat(isApproximatePosition(p) ? ['approximate location'] : [])
    .join(', ')
  return (
    <li>
      <button
        type="button"
        className="clinic-list-button"
        {...{ [CLINIC_ID]: p.id }}
        aria-label={name}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(p.id)}
      >
        <StatusSymbol
          status={view.state.status}
          evidence={p.evidence}
          approximate={isApproximatePosition(p)}
        />
        <span className="clinic-list-text">
          <span className="clinic-list-name">{p.name}</span>
          <span className="clinic-list-meta">
            {p.city}
            <span aria-hidden="true"> · </span>
            {status}
            {distance && (
              <span className="clinic-list-distance">
                <span aria-hidden="true"> · </span>
                {distance} straight-line
              </span>
            )}
            {isApproximatePosition(p) && (
              <span className="clinic-list-approx">
                <span aria-hidden="true"> · </span>approximate location
              </span>
            )}
          </span>
        </span>
      </button>
    </li>
  )
})

/** The first {@link LIST_LIMIT} views, plus the selected one when it lies beyond them. */
function firstRows(views: readonly ClinicView[], selectedId: string | undefined) {
  if (views.length <= LIST_LIMIT) return views
  const rows = views.slice(0, LIST_LIMIT)
  const selected = views.find((v) => v.feature.id === selectedId)
  if (selected && !rows.includes(selected)) rows.push(selected)
  return rows
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Scrolls the nearest scrolling panel so the row is visible, but never the page itself:
 * opening a shared link with ?clinic= must not jump the reader past the headline.
 */
function revealInScroller(el: HTMLElement) {
  for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box)
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
      if (top < box.scrollTop || top + el.offsetHeight > box.scrollTop + box.clientHeight) {
        box.scrollTop = top - box.clientHeight / 2
      }
      return
    }
  }
}
