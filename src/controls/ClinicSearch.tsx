import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import type { ClinicSearchProps } from './ClinicCombobox.tsx'
import './clinic-search.css'

// The combobox (suggestions, keyboard, Near me) loads just after the first view, outside its
// bundle; the matcher and the places load on the first search (src/data/load-search.ts).
const ClinicCombobox = lazy(() =>
  import('./ClinicCombobox.tsx').then((m) => ({ default: m.ClinicCombobox })),
)

export type { ClinicSearchProps }

/** Said under the box, whichever of the two is showing. */
const PRIVACY =
  'Near me asks for your location only when pressed; it stays in this browser and never goes in the link.'

/**
 * The search box for clinics, towns and ZIP codes (see ClinicCombobox.tsx). Until its code
 * arrives, a plain box of the same look takes the typing, so nothing a fast reader types is
 * lost; the combobox takes over its focus.
 */
export function ClinicSearch(props: ClinicSearchProps) {
  const [wanted, setWanted] = useState(false)
  const focused = useRef(false)
  useEffect(function loadWhenIdle() {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200))
    idle(() => setWanted(true))
  }, [])
  const standIn = (
    <div className="filter-panel-search clinic-search">
      <label htmlFor="clinic-search-stand-in">Find a clinic, town or ZIP code</label>
      <div className="clinic-search__row">
        <div className="clinic-search__box">
          <input
            id="clinic-search-stand-in"
            type="search"
            autoComplete="off"
            value={props.value}
            onFocus={() => {
              focused.current = true
              props.onFirstUse()
              setWanted(true)
            }}
            onBlur={() => (focused.current = false)}
            onChange={(e) => props.onChange(e.currentTarget.value)}
          />
        </div>
        <button type="button" className="clinic-search__near" onClick={() => setWanted(true)}>
          Near me
        </button>
      </div>
    </div>
  )
  return (
    <div className="clinic-search-wrap">
      {wanted ? (
        <Suspense fallback={standIn}>
          <ClinicCombobox {...props} takeFocus={focused.current} />
        </Suspense>
      ) : (
        standIn
      )}
      <p className="clinic-search__privacy">{PRIVACY}</p>
    </div>
  )
}
