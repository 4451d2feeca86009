import { Suspense, useState } from 'react'
import { lazyPart } from '../data/lazy-part.ts'
import { PartBoundary } from './PartBoundary.tsx'

const EmbedDialog = lazyPart(() => import('./EmbedDialog.tsx').then((m) => m.default))

/** "Embed" opens a dialog with a copyable snippet for the current view (loaded on first use). */
export function EmbedButton({ embedUrl }: { embedUrl: string }) {
  // Which opening is showing (0: none). The dialog's close event arrives a task after Escape
  // has closed it and handed focus back here: an Enter pressed in between opens it anew, and the
  // late close of the old one must not take the new one away.
  const [open, setOpen] = useState(0)
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => setOpen((n) => n + 1)}
      >
        Embed
      </button>
      {open > 0 && (
        <PartBoundary part={EmbedDialog} what="The embed code">
          <Suspense fallback={null}>
            <EmbedDialog
              key={open}
              embedUrl={embedUrl}
              onClose={() => setOpen((n) => (n === open ? 0 : n))}
            />
          </Suspense>
        </PartBoundary>
      )}
    </>
  )
}
