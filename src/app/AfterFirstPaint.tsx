import { useEffect, useState, type HTMLAttributes, type ReactNode } from 'react'

/**
 * True once the page has painted the frame after its first commit. The map and its markers come
 * first; the list, the filters and the footer (about 700 elements) right after. Rendered in the
 * same commit, they delayed the first marker by their own render and by the layout `new L.Map`
 * forces (issue 14: 60 ms on a desktop, about 250 ms on a slow phone). "Painted" is a frame
 * callback that posts a message, which runs once that frame is drawn.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(function waitForFirstPaint() {
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
  }, [])
  return painted
}

/**
 * An `<aside>` whose contents render after the first paint (the element itself is there from
 * the start, so the page's grid keeps its shape): `<DeferredAside aria-label="…">…</DeferredAside>`.
 */
export function DeferredAside({
  children,
  ...props
}: HTMLAttributes<HTMLElement> & { children: ReactNode }) {
  const painted = useAfterFirstPaint()
  return <aside {...props}>{painted ? children : null}</aside>
}
