/**
 * One time limit for the page's own downloads. Without it a request the network never answers
 * left "Loading the clinics…" on screen for good, with nothing to press.
 */

/** How long the dataset or the basemap may take, body included, before the page gives up. */
export const LOAD_TIMEOUT_MS = 15_000

/** Rejected with this when the time is up, so callers can tell a timeout from a network error. */
export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`${url} took longer than ${ms / 1000} s`)
    this.name = 'TimeoutError'
  }
}

/**
 * `promise`, or a {@link TimeoutError} once `ms` have passed (then `onTimeout` runs, to abort
 * what can be aborted). For a chunk import, which cannot be aborted: `within(import('./x'), ms, 'x')`.
 */
export async function within<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  onTimeout?: () => void,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Rejected before the abort, so the race settles with the timeout, not the abort's error.
      reject(new TimeoutError(what, ms))
      onTimeout?.()
    }, ms)
  })
  try {
    return await Promise.race([promise, expired])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * `fetch`, then `read` the body, all within `ms`: past it the request is aborted and the promise
 * rejects with a {@link TimeoutError}. `await fetchWithin(url, {}, (r) => r.json())`.
 */
export function fetchWithin<T>(
  url: string,
  init: RequestInit,
  read: (response: Response) => Promise<T>,
  ms = LOAD_TIMEOUT_MS,
  fetcher: typeof fetch = fetch,
): Promise<T> {
  const controller = new AbortController()
  const request = fetcher(url, { ...init, signal: controller.signal }).then(read)
  // The race settles at the deadline even if a fetcher ignores the abort signal.
  return within(request, ms, url, () => controller.abort())
}
