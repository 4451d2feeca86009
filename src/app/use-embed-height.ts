/**
 * An embedded graphic tells its parent page how tall it is (src/app/embed-height.ts, loaded only
 * in an embed inside a frame, so the first view's bundle does not carry it).
 */
import { useEffect } from 'react'

export function useEmbedHeight(enabled: boolean) {
  useEffect(
    function reportHeight() {
      if (!enabled || window.parent === window) return
      let live = true
      let stop: (() => void) | undefined
      // If the file cannot be fetched, the parent keeps its own height for the frame.
      import('./embed-height.ts').then(
        (m) => {
          if (live) stop = m.reportHeight()
        },
        () => undefined,
      )
      return function stopReporting() {
        live = false
        stop?.()
      }
    },
    [enabled],
  )
}
