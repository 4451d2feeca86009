import { Suspense, useState } from 'react'
import { lazyPart } from '../data/lazy-part.ts'
import { PartBoundary } from './PartBoundary.tsx'

const EmbedDialog = lazyPart(() => import('./EmbedDialog.tsx').then((m) => m.default))

/** "Embed" opens a dialog with a copyable snippet for the current view (loaded on first use). */
export function EmbedButton({ embedUrl }: { embedUrl: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Embed
      </button>
      {open && (
        <PartBoundary part={EmbedDialog} what="The embed code">
          <Suspense fallback={null}>
            <EmbedDialog embedUrl={embedUrl} onClose={() => setOpen(false)} />
          </Suspense>
        </PartBoundary>
      )}
    </>
  )
}
