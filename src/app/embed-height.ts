/**
 * An embedded graphic tells its parent page how tall it is, in the two conventions newsroom
 * CMSs already listen for: Datawrapper's `{"datawrapper-height": {id: px}}` object and Pym.js's
 * `pymxPYMx<id>xPYMxheightxPYMx<px>` string. Pym's parent passes its id as `?childId=`.
 * Loaded on demand by use-embed-height.ts, in an embed only: out of the first view's bundle.
 */
import { embedId } from '../domain/embed-id.ts'

const EMBED_ID = 'allina-strike-map'

/** The two messages for a height, for the parent's listener. */
function heightMessages(height: number, ids: { datawrapper: string; pym: string }) {
  return [
    { 'datawrapper-height': { [ids.datawrapper]: height } },
    `pymxPYMx${ids.pym}xPYMxheightxPYMx${height}`,
  ] as const
}

/** Starts reporting the page's height to the parent; returns the function that stops it. */
export function reportHeight(): () => void {
  const params = new URLSearchParams(window.location.search)
  // The parent acts on what it reads back, so an id that is not a plain token is dropped:
  // a crafted ?childId= could otherwise smuggle a Pym "navigateTo" (src/domain/embed-id.ts).
  const ids = {
    datawrapper: embedId(params.get('id'), EMBED_ID),
    pym: embedId(params.get('childId'), EMBED_ID),
  }
  let last = -1
  // The root element's own box: the whole document, margins of the body included, and never
  // the iframe's current height (which scrollHeight would report, so the embed could grow but
  // never shrink back after List or details close). modes.css keeps everything in the flow.
  const root = document.documentElement
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height)
    if (height === last) return
    last = height
    for (const message of heightMessages(height, ids)) window.parent.postMessage(message, '*')
  }
  const observer = new ResizeObserver(post)
  observer.observe(root)
  observer.observe(document.body)
  post()
  return function stopReporting() {
    observer.disconnect()
  }
}
