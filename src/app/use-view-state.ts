/**
 * Shareable state lives in the URL and nowhere else. This hook reads it, keeps it in step with
 * Back/Forward, and writes changes: `replace` for continuous changes (dragging the date, typing),
 * debounced (written once, 200 ms after the last change: the URL does not change during a drag)
 * because browsers rate-limit history writes; `push` for selecting a clinic, so Back
 * returns to the view before it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import {
  parseViewState,
  serializeViewState,
  type UrlContext,
  type ViewState,
} from '../domain/url-state.ts'
import { usePrerendered } from './shell.tsx'

export type UpdateMode = 'replace' | 'push'

const REPLACE_DELAY_MS = 200

function currentUrl(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`
}

export function useViewState(
  ctx: UrlContext,
): [ViewState, (patch: Partial<ViewState>, mode?: UpdateMode) => void] {
  // The build prerenders the default view, and the browser hydrates that view first whatever
  // its URL, then moves to the URL's (docs/prerender.md).
  const prerendered = usePrerendered()
  const [state, setState] = useState(() =>
    parseViewState(prerendered ? '' : window.location.search, ctx),
  )
  const stateRef = useRef(state)
  const pending = useRef<number | undefined>(undefined)

  // Before the first paint after hydration, so the map is created on the URL's view.
  useLayoutEffect(
    function takeUpTheUrl() {
      if (!prerendered) return
      const next = parseViewState(window.location.search, ctx)
      if (serializeViewState(next, ctx) === serializeViewState(stateRef.current, ctx)) return
      stateRef.current = next
      setState(next)
    },
    [prerendered, ctx],
  )

  useEffect(
    function followHistory() {
      const onPop = () => {
        const next = parseViewState(window.location.search, ctx)
        stateRef.current = next
        setState(next)
      }
      window.addEventListener('popstate', onPop)
      return function stopFollowing() {
        window.removeEventListener('popstate', onPop)
        window.clearTimeout(pending.current)
      }
    },
    [ctx],
  )

  const update = useCallback(
    (patch: Partial<ViewState>, mode: UpdateMode = 'replace') => {
      const before = stateRef.current
      const next = { ...before, ...patch }
      stateRef.current = next
      setState(next)
      const write = (state: ViewState, how: UpdateMode) => {
        const search = serializeViewState(state, ctx)
        if (search === window.location.search) return
        if (how === 'push') window.history.pushState(null, '', currentUrl(search))
        else window.history.replaceState(null, '', currentUrl(search))
      }
      const waiting = pending.current !== undefined
      window.clearTimeout(pending.current)
      pending.current = undefined
      if (mode === 'push') {
        // A typed query still waiting to be written is written first, so Back returns to it.
        if (waiting) write(before, 'replace')
        write(next, 'push')
      } else
        pending.current = window.setTimeout(() => {
          pending.current = undefined
          write(stateRef.current, 'replace')
        }, REPLACE_DELAY_MS)
    },
    [ctx],
  )
  return [state, update]
}
