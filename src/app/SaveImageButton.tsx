import { useState } from 'react'

/**
 * Saves the graphic (title, date, map, legend, credits) as a PNG, as screenshot mode shows it.
 * `onCapturing(true)` asks the page to show the graphic as a still for the moment of the capture:
 * controls hidden, and the tile layer off so neither third-party pixels nor their credit are in
 * the file (tile images are also filtered out in case a tile is still on screen).
 * html-to-image loads only when asked.
 */
export function SaveImageButton({
  target,
  fileName,
  onCapturing,
}: {
  target: () => HTMLElement | null
  fileName: string
  /** Shows the graphic as a still (true) or as it was; may load what the still needs. */
  onCapturing(capturing: boolean): Promise<void>
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const save = async () => {
    const node = target()
    if (!node) return
    setBusy(true)
    setError(undefined)
    try {
      await onCapturing(true)
      const { captureGraphic } = await import('./capture-image.ts')
      const url = await captureGraphic(node)
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      link.click()
    } catch {
      setError(
        'The image could not be made in this browser. Try another browser, or take a screenshot.',
      )
    } finally {
      void onCapturing(false)
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" className="tool-button" onClick={save} disabled={busy}>
        {busy ? 'Saving…' : 'Save image'}
      </button>
      {error && <span role="alert">{error}</span>}
    </>
  )
}
