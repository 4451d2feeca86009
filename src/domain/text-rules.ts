/**
 * Characters a published value must not hold, shared by the data build (which names the
 * character and where it is) and the dataset schema (which the page runs too). Pure, no DOM.
 *
 * Refused: control characters (C0, DEL, C1: tabs and line breaks included, the page shows every
 * value on one line), format characters (zero-width spaces and joiners, soft hyphens, bidi
 * embeddings, overrides and isolates, word joiners, a stray BOM), line and paragraph separators,
 * private-use and unassigned code points, and the blank letters that render as nothing. A zero-width
 * space inside "Richfield" breaks the search; a right-to-left override makes a name read backwards.
 */

const HIDDEN_RE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u

/** Bidi controls: embeddings, overrides, isolates and the implicit marks. */
const BIDI_RE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u

/** Spaces other than U+0020 (no-break, thin, ideographic...): they look like a space, search does not. */
const ODD_SPACE_RE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u

const NAMES: Record<string, string> = {
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a line break',
  '\u00AD': 'a soft hyphen (U+00AD)',
  '\u200B': 'a zero-width space (U+200B)',
  '\u200C': 'a zero-width non-joiner (U+200C)',
  '\u200D': 'a zero-width joiner (U+200D)',
  '\u2060': 'a word joiner (U+2060)',
  '\uFEFF': 'a zero-width no-break space (U+FEFF)',
}

/** `U+001B` for a code point. */
function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** True when the value holds a character the page must never publish. */
export function hasHiddenCharacter(value: string): boolean {
  return HIDDEN_RE.test(value) || ODD_SPACE_RE.test(value)
}

/**
 * What is wrong with the first hidden character in a value, and what to do, or undefined.
 * `hiddenCharacterProblem('Rich\u200Bfield')` is
 * `'holds a zero-width space (U+200B) after "Rich"; delete it (retype the text around it)'`.
 * The text before it is shown so the editor can find an invisible character..
 */
export function hiddenCharacterProblem(value: string): string | undefined {
  const match = HIDDEN_RE.exec(value) ?? ODD_SPACE_RE.exec(value)
  if (!match) return undefined
  const ch = match[0]
  const from = Math.max(0, match.index - 16)
  const before = `${from > 0 ? '...' : ''}${value.slice(from, match.index)}`
  const where = match.index === 0 ? 'at the start' : `after "${before}"`
  if (ch === '\n' || ch === '\r')
    return `holds a line break ${where}; write the value on one line (the page shows it as one paragraph)`
  if (BIDI_RE.test(ch))
    return `holds a bidi control character (${codePoint(ch)}) ${where}, which can make the text display in a misleading order; delete it`
  if (ODD_SPACE_RE.test(ch))
    return `holds an unusual space (${codePoint(ch)}) ${where}; type an ordinary space instead`
  const name = NAMES[ch]
  if (name) return `holds ${name} ${where}; delete it (retype the text around it)`
  if (/\p{Cc}/u.test(ch)) return `holds a control character (${codePoint(ch)}) ${where}; delete it`
  return `holds an invisible or unassigned character (${codePoint(ch)}) ${where}; delete it (retype the text around it)`
}
