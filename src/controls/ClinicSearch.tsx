import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClinicCombobox, ClinicSearchProps } from './ClinicCombobox.tsx'
import './clinic-search.css'

export type { ClinicSearchProps }

/** Said under the box, whichever of the two is showing. */
const PRIVACY =
  'Near me asks for your location only when pressed; it stays in this browser and never goes in the link.'

/**
 * The search box for clinics, towns and ZIP codes (see ClinicCombobox.tsx). The combobox's code
 * loads just after the first view (or on focus), outside its bundle; until it arrives a plain box
 * of the same look takes the typing, and the combobox then takes over its focus, so nothing a
 * fast reader types is lost. The matcher and the places load on the first search.
 */
export function ClinicSearch(props: ClinicSearchProps) {
  const [Combobox, setCombobox] = useState<typeof ClinicCombobox>()
  const focused = useRef(false)
  const load = useCallback(() => {
    void import('./ClinicCombobox.tsx').then((m) => setCombobox(() => m.ClinicCombobox))
  }, [])
  useEffect(
    function loadWhenIdle() {
      const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200))
      idle(load)
    },
    [load],
  )
  return (
    <div className="clinic-search-wrap">
      {Combobox ? (
        <Combobox {...props} takeFocus={focused.current} />
      ) : (
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
                  load()
                }}
                onBlur={() => (focused.current = false)}
                onChange={(e) => props.onChange(e.currentTarget.value)}
              />
            </div>
            <button type="button" className="clinic-search__near" onClick={load}>
              Near me
            </button>
          </div>
        </div>
      )}
      <p className="clinic-search__privacy">{PRIVACY}</p>
    </div>
  )
}
