import { useCallback, useEffect, useState } from 'react'
import type { ClinicCombobox, ClinicSearchProps } from './ClinicCombobox.tsx'
import { NearMeButton } from './NearMeButton.tsx'
// The shared button look first, so clinic-search.css's phone rules come after it.
import './controls.css'
import './clinic-search.css'

export type { ClinicSearchProps }

const STAND_IN = 'clinic-search-stand-in'

/** Said under the box, whichever of the two is showing. */
const PRIVACY =
  'Near me asks for your location only when pressed; it stays on this device, never in the link.'

/**
 * The search box for clinics, towns and ZIP codes (see ClinicCombobox.tsx). The combobox's code
 * loads just after the first view (or on focus), outside its bundle; until it arrives a plain box
 * of the same look takes the typing, and the combobox then takes over its focus, so nothing a
 * fast reader types is lost. The matcher and the places load on the first search.
 */
export function ClinicSearch(props: ClinicSearchProps) {
  const [loaded, setLoaded] = useState<{
    Combobox: typeof ClinicCombobox
    takeFocus: boolean
    nearMeNow?: boolean
  }>()
  // `nearMeNow`: Near me pressed before the combobox's code came; it answers the press on arrival
  // (the prerendered page can be pressed before any code has loaded).
  const load = useCallback((nearMeNow?: boolean) => {
    void import('./ClinicCombobox.tsx').then((m) =>
      setLoaded({
        Combobox: m.ClinicCombobox,
        takeFocus: document.activeElement?.id === STAND_IN,
        nearMeNow,
      }),
    )
  }, [])
  useEffect(
    function loadWhenIdle() {
      const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200))
      idle(() => load())
    },
    [load],
  )
  return (
    <div className="clinic-search-wrap">
      {loaded ? (
        // Keyed on the early press: one that landed on the stand-in after the idle load had
        // resolved but before the box was drawn reaches a box already there; it is drawn
        // anew, so it answers the press (it reads `nearMeNow` once, on its first render).
        <loaded.Combobox
          key={String(loaded.nearMeNow)}
          {...props}
          takeFocus={loaded.takeFocus}
          nearMeNow={loaded.nearMeNow}
        />
      ) : (
        <div className="filter-panel-search clinic-search">
          <label htmlFor={STAND_IN}>Find a clinic, city or ZIP</label>
          <div className="clinic-search__row">
            <div className="clinic-search__box">
              <input
                id={STAND_IN}
                type="search"
                placeholder="Clinic, city, ZIP"
                autoComplete="off"
                value={props.value}
                onFocus={() => {
                  props.onFirstUse()
                  load()
                }}
                onChange={(e) => props.onChange(e.currentTarget.value)}
              />
            </div>
            <NearMeButton onClick={() => load(true)} />
          </div>
        </div>
      )}
      <p className="clinic-search__privacy">{PRIVACY}</p>
    </div>
  )
}
