import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { block, merged, ranIn, score } from '../../scripts/mutation-report.ts'

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

  it('files a survivor under its explanation, keeps the rest as not explained, and names files that did not run', () => {
    const why = { file: 'src/domain/a.ts', lines: [5, 6] as const, why: 'only an error message' }
    const text = block(
      {
        files: {
          'src/domain/a.ts': { mutants: [m('Survived', 5), m('Survived', 7), m('Killed')] },
        },
      },
      '2026-12-01',
      ['scripts/lib/b.ts'],
      [why],
    )
    expect(text).toContain('2 survivors, 1 explained, 1 not explained')
    expect(text).toContain('| `src/domain/a.ts` | 3 | 1 | 33.3% | 2 | 0 | 1 | 1 |')
    expect(text).toContain(
      '- **src/domain/a.ts** (1): only an error message\n  - `src/domain/a.ts:5`',
    )
    expect(text).toMatch(/not explained \(1\)\n\n- `src\/domain\/a.ts:7`/)
    expect(text).toContain('### Not run (1 files)')
  })

  it('counts a part run only for the files it mutated, and a glob run for all', () => {
    const part = ranIn({ files: {}, config: { mutate: ['src/domain/a.ts'] } })
    expect([part('src/domain/a.ts'), part('src/domain/csv.ts')]).toEqual([true, false])
    expect(ranIn({ files: {}, config: { mutate: ['src/domain/**/*.ts'] } })('x.ts')).toBe(true)
  })

  it('drops files deleted since their run, and tells a file with nothing to mutate from one not run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutation-report-'))
    const path = join(dir, 'part.json')
    const killed = { mutants: [m('Killed')] }
    const mutate = ['src/domain/kept.ts', 'scripts/lib/gone.ts', 'src/domain/constants.ts']
    writeFileSync(
      path,
      JSON.stringify({
        config: { mutate },
        files: { 'src/domain/kept.ts': killed, 'scripts/lib/gone.ts': killed },
      }),
    )
    const named = new Set<string>()
    const report = merged([path], (p) => p !== 'scripts/lib/gone.ts', named)
    expect(Object.keys(report.files)).toEqual(['src/domain/kept.ts'])
    expect([...named]).toEqual(mutate)
    const text = block(
      report,
      '2026-12-01',
      ['src/domain/never.ts'],
      [],
      ['src/domain/constants.ts'],
    )
    expect(text).not.toContain('gone.ts')
    expect(text).toContain('### Not run (1 files)\n\n`src/domain/never.ts`')
    expect(text).toMatch(/### Run, nothing to mutate \(1 files\)\n\n.*`src\/domain\/constants.ts`/)
  })
})
