/**
 * The build's prerender (scripts/lib/vite-prerender.ts runs this in Node): the page's default
 * view as HTML, from the same components the browser then hydrates (src/main.tsx). Everything
 * the view needs, the parts loaded on demand included, is waited for, so the HTML is complete.
 */
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import type { Dataset } from '../domain/clinic-schema.ts'
import { App } from './App.tsx'
import { PrerenderContext } from './shell.tsx'

/** `await prerenderPage(dataset)` is the markup that goes inside `<div id="root">`. */
export async function prerenderPage(dataset: Dataset): Promise<string> {
  const errors: unknown[] = []
  const { prelude } = await prerender(
    <PrerenderContext value={true}>
      <StrictMode>
        <App start={dataset} />
      </StrictMode>
    </PrerenderContext>,
    // Never outline a finished part to a hidden segment moved by an inline script (which React
    // does by default for parts over 12.8 KB so the top of a streamed page shows first).
    { onError: (e) => void errors.push(e), progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  const markup = await new Response(prelude).text()
  // A part that failed to render would leave its fallback in the page: fail the build instead.
  if (errors.length > 0) throw errors[0]
  return markup
}
