/**
 * The selection after ticking or unticking one value, kept in the canonical `order` so the URL
 * and the legend never depend on click order.
 * `toggle(['a', 'b', 'c'], ['c', 'a'], 'b', true)` is `['a', 'b', 'c']`.
 */
export function toggle<T>(order: readonly T[], selected: readonly T[], value: T, on: boolean): T[] {
  return order.filter((v) => (v === value ? on : selected.includes(v)))
}
