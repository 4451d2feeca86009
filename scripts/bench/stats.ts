/** Summaries of timing samples for the benchmark tables. */

export interface Summary {
  n: number
  median: number
  p95: number
  max: number
}

/** The value at quantile `q` (0..1) by nearest rank: `quantile([1, 2, 3, 4], 0.5)` is 2. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)))
  return sorted[rank - 1] ?? Number.NaN
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    max: quantile(samples, 1),
  }
}

/** `12.345` → `"12.3 ms"`. */
export const ms = (value: number): string => `${value.toFixed(1)} ms`
