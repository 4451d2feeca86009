/** The code a newsroom pastes into an article to embed the map (pure: the app, the gallery and tests share it). */

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** The iframe snippet for an article: our height messages keep it sized with no other code. */
export function embedSnippet(src: string, title: string): string {
  // A minimal listener in our own words, for CMSs without Datawrapper or Pym already on the page.
  const listener =
    "<script>window.addEventListener('message',function(e){var h=e.data&&e.data['datawrapper-height'];if(!h)return;document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source){for(var k in h){f.style.height=h[k]+'px'}}})})</script>"
  return `<iframe title="${escapeAttribute(title)}" src="${escapeAttribute(src)}" style="width:100%;min-width:100%;border:none" height="760" scrolling="no" loading="lazy"></iframe>\n${listener}`
}
