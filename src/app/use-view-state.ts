/**
 * Shareable state lives in the URL and nowhere else. This hook reads it, keeps it in step with
 * Back/Forward, and writes changes: `replace` for continuous changes (dragging the date, typing),
 * debounced (written once, 200 ms after the last change: the URL does not change during a drag)
 * because browsers rate-limit history writes; `push` for selecting a clinic, so Back
 * returns to the view before it.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  parseViewState,
  serializeViewState,
  type UrlContext,
  type ViewState,
} from '../domain/url-state.ts'

export type UpdateMode = 'replace' | 'push'

const REPLACE_DELAY_MS = 200

function currentUrl(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`
}

export function useViewState(
  ctx: UrlContext,
): [ViewState, (patch: Partial<ViewState>, mode?: UpdateMode) => void] {
  const [state, setState] = useState(() => parseViewState(window.location.search, ctx))
  const stateRef = useRef(state)
  const pending = useRef<number | undefined>(undefined)

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
      const next = { ...stateRef.current, ...patch }
      stateRef.current = next
      setState(next)
      const write = () => {
        const search = serializeViewState(stateRef.current, ctx)
        if (search === window.location.search) return
        if (mode === 'push') window.history.pushState(null, '', currentUrl(search))
        else window.history.replaceState(null, '', currentUrl(search))
      }
      window.clearTimeout(pending.current)
      if (mode === 'push') write()
      else pending.current = window.setTimeout(write, REPLACE_DELAY_MS)
    },
    [ctx],
  )
  return [state, update]
}
