import { useEffect, useState, type ReactNode } from 'react'
import { usePrerendered } from './shell.tsx'

/**
 * True once the page has painted the frame after its first commit. The map and its markers come
 * first; the list, the filters and the footer (about 700 elements) right after. Rendered in the
 * same commit, they delayed the first marker by their own render and by the layout `new L.Map`
 * forces (issue 14: 60 ms on a desktop, about 250 ms on a slow phone). "Painted" is a frame
 * callback that posts a message, which runs once that frame is drawn. In the prerender and a page
 * hydrated from it, true at once: their HTML is already on the page (src/app/shell.tsx).
 */
export function useAfterFirstPaint(): boolean {
  const prerendered = usePrerendered()
  const [painted, setPainted] = useState(prerendered)
  useEffect(
    function waitForFirstPaint() {
      if (prerendered) return
      let live = true
      const frame = requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          if (live) setPainted(true)
        }
        channel.port2.postMessage(null)
      })
      return function stopWaiting() {
        live = false
        cancelAnimationFrame(frame)
      }
    },
    [prerendered],
  )
  return painted
}

/** Its children, once the page has painted its first frame: `<AfterFirstPaint>…</AfterFirstPaint>`. */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useAfterFirstPaint() ? children : null
}
