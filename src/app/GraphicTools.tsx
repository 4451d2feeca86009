import { EmbedButton } from './EmbedButton.tsx'
import { SaveImageButton } from './SaveImageButton.tsx'

interface Props {
  embedUrl: string
  /** The graphic Save image photographs. */
  target(): HTMLElement | null
  fileName: string
  onCapturing(capturing: boolean): Promise<void>
  /** In an embed, a link out to the full page. */
  fullPageUrl?: string
}

/**
 * Under the graphic: Embed, Save image and, in an embed, Open full page. Nothing a reader needs
 * to see the first view, so Explorer loads it on demand (prerendered and preloaded with the page's
 * other parts, docs/prerender.md): about 0.7 KB gz out of the first view's JS.
 */
export function GraphicTools({ embedUrl, target, fileName, onCapturing, fullPageUrl }: Props) {
  return (
    <div className="graphic-tools">
      <EmbedButton embedUrl={embedUrl} />
      <SaveImageButton target={target} fileName={fileName} onCapturing={onCapturing} />
      {fullPageUrl !== undefined && (
        <a className="tool-button" href={fullPageUrl} target="_blank" rel="noopener noreferrer">
          Open full page
        </a>
      )}
    </div>
  )
}
