/**
 * Why each mutant that no test kills is left alive, read by scripts/mutation-report.ts and
 * printed under its group in docs/mutation.md. An entry covers the surviving mutants of `file`
 * on `lines` (inclusive; all lines when absent) made by `mutators` (all when absent). Keep
 * entries narrow: a survivor no entry covers is listed as "not explained". Line numbers follow
 * the code, so an entry is re-checked whenever its file changes.
 */
export interface Explanation {
  file: string
  lines?: readonly [number, number]
  mutators?: readonly string[]
  why: string
}

export const EXPLAINED: readonly Explanation[] = []
