/**
 * The URL-state hook with a fake clock and spied history (react-leaflet's habit: hooks tested
 * with fakes across rerenders). What a green run shows: which history call each kind of change
 * makes and when; that Back/Forward (popstate) is followed; that a pending write dies with the
 * component. What it does not: the browser's own rate limit on history writes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderHook } from 'vitest-browser-react'
import { useViewState } from '../../src/app/use-view-state.ts'
import type { UrlContext } from '../../src/domain/url-state.ts'

const CTX: UrlContext = {
  min: '2025-06-01',
  max: '2026-02-28',
  defaultDate: '2025-11-05',
  clinicIds: new Set(['coon-rapids', 'chaska']),
}

const realReplace = window.history.replaceState.bind(window.history)
let startUrl: string
let push: ReturnType<typeof vi.spyOn>
let replace: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  startUrl = `${window.location.pathname}${window.location.search}`
  vi.useFakeTimers()
  push = vi.spyOn(window.history, 'pushState').mockImplementation(() => {})
  replace = vi.spyOn(window.history, 'replaceState').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  realReplace(null, '', startUrl)
})

const urlOf = (spy: ReturnType<typeof vi.spyOn>, call = 0) =>
  String((spy.mock.calls[call] as unknown[])[2])

describe('useViewState', () => {
  it('a continuous change (the date) waits, then replaces the URL once with the last value', async () => {
    const { result, act } = await renderHook(() => useViewState(CTX))
    act(() => result.current[1]({ date: '2025-11-01' }))
    act(() => result.current[1]({ date: '2025-11-02' }))
    act(() => result.current[1]({ date: '2025-11-03' }))
    expect(result.current[0].date).toBe('2025-11-03') // the view follows at once
    expect(replace).not.toHaveBeenCalled()
    vi.advanceTimersByTime(199)
    expect(replace).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(replace).toHaveBeenCalledTimes(1)
    expect(urlOf(replace)).toContain('date=2025-11-03')
    expect(push).not.toHaveBeenCalled()
  })

  it('selecting a clinic pushes at once, so Back returns to the view before it', async () => {
    const { result, act } = await renderHook(() => useViewState(CTX))
    act(() => result.current[1]({ date: '2025-06-03' }))
    act(() => result.current[1]({ clinic: 'coon-rapids' }, 'push'))
    expect(push).toHaveBeenCalledTimes(1)
    expect(urlOf(push)).toMatch(/date=2025-06-03/)
    expect(urlOf(push)).toMatch(/clinic=coon-rapids/)
    // The change still waiting was written just before the push (so Back returns to it), once,
    // and never again after it.
    expect(replace).toHaveBeenCalledTimes(1)
    expect(urlOf(replace)).toMatch(/date=2025-06-03/)
    expect(urlOf(replace)).not.toMatch(/clinic=/)
    expect(replace.mock.invocationCallOrder[0]).toBeLessThan(push.mock.invocationCallOrder[0] ?? 0)
    vi.advanceTimersByTime(1000)
    expect(replace).toHaveBeenCalledTimes(1)
  })

  it('follows Back and Forward: a popstate re-reads the URL', async () => {
    const { result } = await renderHook(() => useViewState(CTX))
    expect(result.current[0].clinic).toBeUndefined()
    realReplace(null, '', `${window.location.pathname}?date=2025-06-03&clinic=chaska`)
    window.dispatchEvent(new PopStateEvent('popstate'))
    await vi.waitFor(() => expect(result.current[0].clinic).toBe('chaska'))
    expect(result.current[0].date).toBe('2025-06-03')
  })

  it('a bad value in the URL falls back to the default instead of breaking the view', async () => {
    realReplace(null, '', `${window.location.pathname}?date=2099-13-45&clinic=nowhere`)
    const { result } = await renderHook(() => useViewState(CTX))
    expect(result.current[0].date).toBe('2025-11-05')
    expect(result.current[0].clinic).toBeUndefined()
  })

  it('a write still pending when the component goes away is dropped', async () => {
    const { result, act, unmount } = await renderHook(() => useViewState(CTX))
    act(() => result.current[1]({ date: '2025-11-02' }))
    unmount()
    vi.advanceTimersByTime(1000)
    expect(replace).not.toHaveBeenCalled()
  })

  it('no write when the URL already says the same', async () => {
    realReplace(null, '', window.location.pathname) // the default view: an empty query
    const { result, act } = await renderHook(() => useViewState(CTX))
    act(() => result.current[1]({ date: '2025-11-05' }))
    vi.advanceTimersByTime(300)
    expect(replace).not.toHaveBeenCalled()
  })
})
