import { lazy, Suspense, useState } from 'react'

const EmbedDialog = lazy(() => import('./EmbedDialog.tsx'))

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
        <Suspense fallback={null}>
          <EmbedDialog embedUrl={embedUrl} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
