/**
 * `React.lazy` with a retry. React.lazy keeps a failed import forever, so after one dropped
 * request a part of the page (the details card, the Embed dialog) could never load again, and
 * its error replaced the whole map. A part made here keeps its failure only until
 * {@link LazyPart.retry} (or {@link retryFailedParts}) is called; the next render imports the
 * file again. Loads go through {@link loadChunk}, which reloads the page once after a redeploy.
 * Wrap each part in an error boundary that offers the retry (src/app/PartBoundary.tsx).
 */
import { createElement, use, type ComponentType, type ReactNode } from 'react'
import { loadChunk } from './chunk-recovery.ts'

export interface LazyPart<P extends object> {
  (props: P): ReactNode
  /** Forgets a failed load, so the next render fetches the file again. */
  retry(): void
  /**
   * Loads the part now, so that its first render is drawn at once, not suspended: for parts of
   * the prerendered page, which must hydrate in one pass (src/main.tsx). Never rejects.
   */
  preload(): Promise<unknown>
}

const failed = new Set<() => void>()

/** Forgets every failed part (the page-wide Try again). */
export function retryFailedParts(): void {
  for (const retry of [...failed]) retry()
}

/**
 * `const Details = lazyPart(() => import('./Details.tsx').then((m) => m.Details))`, then
 * `<Suspense><Details {...props} /></Suspense>` inside an error boundary.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let pending: Promise<ComponentType<P>> | undefined
  let loaded: ComponentType<P> | undefined
  const retry = () => {
    pending = undefined
    failed.delete(retry)
  }
  // Cached across renders (React's `use` needs the same promise), dropped only by retry().
  const start = () =>
    (pending ??= loadChunk(load).then(
      (component) => (loaded = component),
      (error: unknown) => {
        failed.add(retry)
        throw error
      },
    ))
  function Part(props: P): ReactNode {
    loaded ??= use(start())
    return createElement(loaded, props)
  }
  const preload = () => start().catch(() => undefined)
  return Object.assign(Part, { retry, preload })
}
