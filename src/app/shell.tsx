/**
 * The prerendered page (docs/prerender.md). The build renders the first view to HTML with these
 * same components (src/app/prerender-entry.tsx); the browser then hydrates it, which only works
 * if its first render is the server's, node for node. What only the browser knows (the page's
 * own address, a phone's layout, the map) therefore waits for {@link useHydrated}.
 */
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
  type ReactNode,
} from 'react'

/**
 * True while the build prerenders the page and while the browser hydrates that HTML: parts that
 * otherwise wait for the first paint (AfterFirstPaint) render at once, as their HTML is there.
 */
export const PrerenderContext = createContext(false)

/** True on the server and in a page hydrated from the prerendered HTML. */
export function usePrerendered(): boolean {
  return useContext(PrerenderContext)
}

/**
 * False on the server and in the hydrating render, true from the next one; true at once in a
 * page drawn without a prerender. The switch is a transition: a prerendered part whose code is
 * still on its way (a lazy list or filter panel) is then hydrated when it arrives, rather than
 * thrown away and drawn again, which would blank it for a moment.
 */
export function useHydrated(): boolean {
  const prerendered = usePrerendered()
  const [hydrated, setHydrated] = useState(!prerendered)
  useEffect(
    function noteHydrated() {
      if (!hydrated) startTransition(() => setHydrated(true))
    },
    [hydrated],
  )
  return hydrated
}

/**
 * Its children only in the browser, from the render after hydration (at once without a
 * prerender): for the map, which Leaflet draws into a box the server leaves empty. The switch is
 * set in a layout effect, so React draws the map synchronously right after committing the
 * hydrated shell, in the same task and before the next paint, while the parts in their own
 * Suspense boundaries (list, filters, notes, footer) hydrate afterwards (issue 14, map first).
 */
export function ClientOnly({ children }: { children: ReactNode }) {
  const prerendered = usePrerendered()
  const [inBrowser, setInBrowser] = useState(!prerendered)
  // The second render is the point: the map, right after the hydrated shell, before it paints.
  // (An arrow, where effects are named elsewhere: the first view's budget is down to bytes.)
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useLayoutEffect(() => setInBrowser(true), [])
  return inBrowser ? children : null
}
