import { describe, expect, it } from 'vitest'
import { block, score } from '../../scripts/mutation-report.ts'

const m = (status: string, line = 1) => ({
  mutatorName: 'EqualityOperator',
  replacement: 'a <= b',
  status,
  location: { start: { line, column: 1 } },
})

describe('the mutation report', () => {
  it('scores killed and timed-out mutants over all a test could catch, as Stryker does', () => {
    // 2 caught of 4 counted (Killed, Timeout, Survived, NoCoverage); errors are not counted.
    const s = score([m('Killed'), m('Timeout'), m('Survived'), m('NoCoverage'), m('CompileError')])
    expect(s).toEqual({ caught: 2, valid: 4 })
  })

  it('lists every survivor with its file and line, and the overall score', () => {
    const text = block(
      { files: { 'src/domain/a.ts': { mutants: [m('Killed'), m('Survived', 7)] } } },
      '2026-12-01',
    )
    expect(text).toContain('**50.0%**')
    expect(text).toContain('- `src/domain/a.ts:7` EqualityOperator: `a <= b`')
  })
})
