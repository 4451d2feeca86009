import { CONTENT } from './content.ts'

/** The full page inside another site's frame: a way out instead of the page (see framing.ts). */
export function FramedNotice() {
  return (
    <main className="page page--status">
      <h1>{CONTENT.headline}</h1>
      <p>This map opens on its own page.</p>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener noreferrer">
          Open the map in a new tab
        </a>
      </p>
      <p>Publishing it in an article? Use the code from the map’s Embed button.</p>
    </main>
  )
}
