import { CLINIC_ID, GROUP, GROUP_MEMBERS, LIST, MARKER } from '../domain/dom-contract.ts'

/**
 * Where the focus goes back to when details close: the marker or list row of that clinic.
 * Its own module, fetched while the details are open (use-return-focus.ts), so it stays out of
 * the first view's JS.
 */
export function focusClinic(id: string, origin: 'map' | 'list') {
  const ofClinic = `[${CLINIC_ID}="${CSS.escape(id)}"]`
  const row = document.querySelector<HTMLElement>(`.${LIST} ${ofClinic}`)
  // Its own marker, or the group button standing for it at this zoom (docs/targets.md).
  const marker =
    document
      .querySelector<HTMLElement>(`.${MARKER} ${ofClinic}`)
      ?.closest<HTMLElement>(`.${MARKER}[tabindex]`) ??
    document.querySelector<HTMLElement>(`.${GROUP}[${GROUP_MEMBERS}~="${CSS.escape(id)}"]`)
  ;(origin === 'map' ? (marker ?? row) : (row ?? marker))?.focus()
}
