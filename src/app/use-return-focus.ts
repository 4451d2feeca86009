import { useEffect, useRef, type RefObject } from 'react'
import { CLINIC_ID, LIST, MARKER } from '../domain/dom-contract.ts'

/** Where the focus goes back to when details close: the marker or list row of that clinic. */
function focusClinic(id: string, origin: 'map' | 'list') {
  const ofClinic = `[${CLINIC_ID}="${CSS.escape(id)}"]`
  const row = document.querySelector<HTMLElement>(`.${LIST} ${ofClinic}`)
  // Its own marker, or the group button standing for it at this zoom (docs/targets.md).
  const marker =
    document
      .querySelector<HTMLElement>(`.${MARKER} ${ofClinic}`)
      ?.closest<HTMLElement>(`.${MARKER}[tabindex]`) ??
    document.querySelector<HTMLElement>(`.clinic-group[data-members~="${CSS.escape(id)}"]`)
  ;(origin === 'map' ? (marker ?? row) : (row ?? marker))?.focus()
}

/**
 * When the selected clinic goes away (Esc, the close button, Back), the details unmount and
 * focus falls to `<body>` with them: this puts it back on the marker or list row the reader came
 * from (`origin`). Focus the reader moved elsewhere meanwhile is left alone.
 */
export function useReturnFocus(clinic: string | undefined, origin: RefObject<'map' | 'list'>) {
  const previous = useRef(clinic)
  useEffect(
    function returnFocusOnClose() {
      const was = previous.current
      previous.current = clinic
      if (!was || clinic) return
      window.requestAnimationFrame(() => {
        const now = document.activeElement
        if (!now || now === document.body) focusClinic(was, origin.current)
      })
    },
    [clinic, origin],
  )
}
