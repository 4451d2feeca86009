/**
 * A short fingerprint of a value's JSON (32-bit FNV-1a, hex). The build stamps the prerendered
 * page with its dataset's; the browser hydrates that page only if the data it loaded has the
 * same, and draws afresh otherwise (src/main.tsx, docs/prerender.md). Not a security check:
 * it tells "the same file" from "another file", as a cache skew or a test's own data would be.
 * `fingerprint({ a: 1 })` is `'a8ef0d17'`-like, the same in Node and in every browser.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}
