import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { DevicePosition, Outcome, SearchEngine } from '../domain/search-engine.ts'
import { SearchPopup, SearchResult, type SearchOption } from './SearchPopup.tsx'
import { NearMeButton } from './NearMeButton.tsx'
import './controls.css'
import './clinic-search.css'

export interface ClinicSearchProps {
  /** The search text (the URL's `q`). */
  value: string
  /** Every keystroke. */
  onChange(text: string): void
  /** A town or ZIP chosen, or Enter: the search to keep (and share). */
  onPlace(text: string): void
  onSelectClinic(id: string, name: string): void
  /** Near me found the reader: the position stays in memory, never in the URL. */
  onNearMe(position: DevicePosition): void
  /** Loaded on first use; until then the box filters by the words typed. */
  engine: SearchEngine | undefined
  /** Focus, first keystroke or Near me: time to load the engine. */
  onFirstUse(): void
  /** What the search found, for the line under the box. */
  outcome: Outcome | undefined
}

interface ComboboxProps extends ClinicSearchProps {
  /** The stand-in box had focus when this replaced it: take it over. */
  takeFocus?: boolean
  /** Near me was pressed on the stand-in before this code arrived: act on that press. */
  nearMeNow?: boolean
}

/**
 * One search box for clinics, towns and ZIP codes: a WAI-ARIA combobox (input + listbox of
 * suggestions in two groups; arrows move, Enter chooses, Esc closes then clears, pointer works),
 * a Near me button that asks for the location only when pressed, and a live line saying what
 * was found or, honestly, what was not.
 */
export function ClinicCombobox(props: ComboboxProps) {
  const { value, engine, outcome } = props
  const id = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [locating, setLocating] = useState('')
  const input = useRef<HTMLInputElement>(null)
  // In the same task as the swap (a layout effect, not a passive one): a key pressed between the
  // stand-in leaving and this box taking focus would otherwise go to <body> and be lost.
  useLayoutEffect(
    function takeOverFocus() {
      const el = input.current
      if (!props.takeFocus || !el) return
      // Only focus the stand-in's removal dropped on <body>: a reader who had tabbed on (to a
      // skip link, the list) between this code's arrival and the swap keeps their place.
      const now = document.activeElement
      if (now && now !== document.body) return
      el.focus()
      el.setSelectionRange(el.value.length, el.value.length)
    },
    [props.takeFocus],
  )
  useEffect(
    function actOnEarlyPress() {
      if (props.nearMeNow) nearMe()
    },
    // Once, on the swap: the press it answers happened before this box existed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  const found = open && engine ? engine.suggest(value) : { clinics: [], places: [] }
  const options: SearchOption[] = [
    ...found.clinics.map((c) => ({
      kind: 'clinic' as const,
      key: c.id,
      label: c.name,
      detail: `${c.city}, ${c.state}`,
    })),
    ...found.places.map((p) => ({
      kind: 'place' as const,
      key: p.label,
      label: p.label,
      detail: p.detail,
    })),
  ]
  const expanded = open && options.length > 0
  const optionId = (i: number) => `${id}-option-${i}`

  function close() {
    setOpen(false)
    setActive(-1)
  }
  function choose(option: SearchOption) {
    close()
    if (option.kind === 'clinic') props.onSelectClinic(option.key, option.label)
    else props.onPlace(option.label)
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = options.length
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const down = e.key === 'ArrowDown'
      setOpen(true)
      if (n > 0) setActive(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const option = expanded ? options[active] : undefined
      if (option) choose(option)
      else {
        close()
        props.onPlace(value)
      }
    } else if (e.key === 'Escape') {
      // Stops the native clear and the details card's Esc: one press closes the list first.
      e.preventDefault()
      e.stopPropagation()
      e.nativeEvent.stopImmediatePropagation()
      if (expanded) close()
      else if (value !== '') props.onChange('')
    }
  }
  function nearMe() {
    props.onFirstUse()
    if (!('geolocation' in navigator)) {
      setLocating('This browser cannot share a location. Type a town or ZIP code instead.')
      return
    }
    setLocating('Finding your location…')
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setLocating('')
        props.onNearMe({ at: [p.coords.longitude, p.coords.latitude], accuracy: p.coords.accuracy })
      },
      (err) =>
        setLocating(
          err.code === err.PERMISSION_DENIED
            ? 'Location not shared. Type a town or ZIP code instead.'
            : 'Your location could not be found. Type a town or ZIP code instead.',
        ),
      { timeout: 10_000, maximumAge: 60_000 },
    )
  }

  return (
    <div className="filter-panel-search clinic-search">
      <label htmlFor={`${id}-input`}>Find a clinic, city or ZIP</label>
      <div className="clinic-search__row">
        <div className="clinic-search__box">
          <input
            id={`${id}-input`}
            ref={input}
            type="search"
            placeholder="Clinic, city, ZIP"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={`${id}-listbox`}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-result`}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            value={value}
            onFocus={props.onFirstUse}
            onBlur={close}
            onKeyDown={onKeyDown}
            onChange={(e) => {
              props.onFirstUse()
              setOpen(true)
              setActive(-1)
              props.onChange(e.currentTarget.value)
            }}
          />
          <SearchPopup
            id={id}
            options={options}
            active={active}
            expanded={expanded}
            onChoose={choose}
          />
        </div>
        <NearMeButton onClick={nearMe} />
      </div>
      <p className="visually-hidden" role="status">
        {open && value.trim() !== '' && !engine ? 'Loading suggestions' : ''}
      </p>
      <div id={`${id}-result`} className="clinic-search__result" role="status">
        {locating ||
          (outcome && <SearchResult outcome={outcome} onSelectClinic={props.onSelectClinic} />)}
      </div>
    </div>
  )
}
