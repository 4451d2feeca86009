/** Text folding shared by the list filter and the search matcher; no other imports. */

/** Folds case, accents, punctuation and "St."/"Saint" so "st paul" finds "St. Paul". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .trim()
}
