import { vi } from 'vitest'

/** Makes `prefers-reduced-motion: reduce` match (or not) for code that asks matchMedia. */
export function stubReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion: reduce'),
        media: query,
        onchange: null,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  )
}

/** Lets real time pass, for checking that something does NOT happen. */
export function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
