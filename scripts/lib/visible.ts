/**
 * Makes a message safe to print: a value from a CSV can hold terminal escape codes (ESC [ 2 J
 * clears the screen, OSC 8 forges a link) or bidi overrides that reorder the line. Each such
 * character is written as its escape, `\u001b`, so the editor sees it and the terminal runs nothing.
 */
const UNPRINTABLE_RE =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/gu

/** `visible('a\u001b[2Jb')` is `'a\\u001b[2Jb'` (a backslash, then u001b). */
export function visible(message: string): string {
  return message.replace(UNPRINTABLE_RE, (ch) => {
    const hex = (ch.codePointAt(0) ?? 0).toString(16)
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`
  })
}

/** A value quoted in a message: unprintable characters escaped, cut to 60 characters. */
export function shown(value: string): string {
  const v = visible(value)
  return v.length > 60 ? `${v.slice(0, 57)}...` : v
}
