import { useEffect, useRef, useState } from 'react'
import { CONTENT } from './content.ts'
import { embedSnippet } from '../domain/embed-snippet.ts'

/**
 * The Embed dialog: a copyable snippet for the current view. Loaded when the reader first asks
 * for it (EmbedButton.tsx), opened as a modal on mount, unmounted when closed.
 */
export default function EmbedDialog({ embedUrl, onClose }: { embedUrl: string; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [copied, setCopied] = useState(false)
  const snippet = embedSnippet(embedUrl, CONTENT.headline)
  useEffect(function openOnMount() {
    const el = dialog.current
    if (el && !el.open) el.showModal()
  }, [])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet)
      setCopied(true)
    } catch {
      dialog.current?.querySelector('textarea')?.select()
    }
  }
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={onClose}>
      <h2 id="embed-title">Embed this map</h2>
      <p>
        Paste this code into your article. It shows the current view and resizes itself (it speaks
        Datawrapper's and Pym.js's height messages).
      </p>
      <label htmlFor="embed-code">Embed code</label>
      <textarea
        id="embed-code"
        readOnly
        rows={6}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-dialog__actions">
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy code'}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {copied ? 'Embed code copied.' : ''}
      </p>
    </dialog>
  )
}
