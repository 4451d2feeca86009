/** The one reduced-motion reading (src/domain/motion.ts), with a fake window's media queries. */
import { describe, expect, it } from 'vitest'
import { prefersReducedMotion } from '../../src/domain/motion.ts'

const windowWhere = (reduce: boolean) => ({
  matchMedia: (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
  }),
})

describe('prefersReducedMotion', () => {
  it('is true only when the reader asked for reduced motion', () => {
    expect(prefersReducedMotion(windowWhere(true))).toBe(true)
    expect(prefersReducedMotion(windowWhere(false))).toBe(false)
  })

  it('treats a browser without media queries as asking for nothing', () => {
    expect(prefersReducedMotion({})).toBe(false)
  })
})
