import { useEffect, useRef, type RefObject } from 'react'

const loadFocus = () => import('./focus-clinic.ts')

/**
 * When the selected clinic goes away (Esc, the close button, Back), the details unmount and
 * focus falls to `<body>` with them: this puts it back on the marker or list row the reader came
 * from (`origin`). Focus the reader moved elsewhere meanwhile is left alone. The code that finds
 * the marker or row is fetched when details open, so it is there when they close.
 */
export function useReturnFocus(clinic: string | undefined, origin: RefObject<'map' | 'list'>) {
  const previous = useRef(clinic)
  useEffect(
    function returnFocusOnClose() {
      const was = previous.current
      previous.current = clinic
      if (clinic) void loadFocus()
      if (!was || clinic) return
      void loadFocus().then(({ focusClinic }) =>
        window.requestAnimationFrame(() => {
          const now = document.activeElement
          if (!now || now === document.body) focusClinic(was, origin.current)
        }),
      )
    },
    [clinic, origin],
  )
}
