/**
 * The search box's suggestions (a listbox in two groups) and its result line, loaded with the
 * search engine on first use (see ClinicSearch.tsx).
 */
import type { Outcome } from '../domain/search-engine.ts'

export interface SearchOption {
  kind: 'clinic' | 'place'
  /** A clinic's id, or the town or ZIP label to search for. */
  key: string
  label: string
  detail: string
}

interface PopupProps {
  /** The combobox's id prefix: the listbox is `${id}-listbox`, options `${id}-option-N`. */
  id: string
  options: readonly SearchOption[]
  active: number
  expanded: boolean
  onChoose(option: SearchOption): void
}

const GROUPS = [
  ['clinic', 'Clinics'],
  ['place', 'Towns and ZIP codes'],
] as const

/** The listbox; options keep focus in the input (pointer down is cancelled) and choose on click. */
export function SearchPopup({ id, options, active, expanded, onChoose }: PopupProps) {
  const count = options.length
  return (
    <>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Suggestions"
        className="clinic-search__list"
        hidden={!expanded}
      >
        {GROUPS.map(([kind, title]) => {
          const items = options.map((o, i) => ({ o, i })).filter(({ o }) => o.kind === kind)
          if (items.length === 0) return null
          return (
            <li role="presentation" key={kind}>
              <span className="clinic-search__group" id={`${id}-${kind}`} aria-hidden="true">
                {title}
              </span>
              <ul role="group" aria-labelledby={`${id}-${kind}`}>
                {items.map(({ o, i }) => (
                  <li
                    key={o.key}
                    id={`${id}-option-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className="clinic-search__option"
                    onPointerDown={(e) => e.preventDefault()}
                    onClick={() => onChoose(o)}
                  >
                    <span className="clinic-search__label">{o.label}</span>
                    <span className="clinic-search__detail">{o.detail}</span>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {expanded
          ? `${count} suggestion${count === 1 ? '' : 's'}; use the arrow keys to choose`
          : ''}
      </p>
    </>
  )
}

/** What the search found, or honestly what it did not, with the nearest clinics to offer. */
export function SearchResult({
  outcome,
  onSelectClinic,
}: {
  outcome: Outcome
  onSelectClinic(id: string, name: string): void
}) {
  return (
    <>
      {outcome.message}
      {outcome.offer.length > 0 && (
        <ul className="clinic-search__offer" aria-label="Nearest identified clinics">
          {outcome.offer.map((o) => (
            <li key={o.id}>
              <button type="button" onClick={() => onSelectClinic(o.id, o.name)}>
                <span className="clinic-search__label">{o.name}</span>
                <span className="clinic-search__detail">{o.distance} straight-line</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
