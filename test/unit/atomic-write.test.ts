/**
 * Publishing the generated files as one unit (scripts/lib/atomic-write.ts), in process: a step
 * hook that throws stands for a crash at that step, and `recoverInterruptedBuild` must then
 * leave every target all old or all new. Fixtures are tiny files in a fresh temp folder.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { publishTogether, recoverInterruptedBuild } from '../../scripts/lib/atomic-write.ts'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'))
  writeFileSync(join(dir, 'a.txt'), 'old a')
})

const NAMES = ['a.txt', 'sub/deep/b.txt']
const OUTPUTS = () => [
  { name: 'a.txt', text: 'new a!' },
  { name: 'sub/deep/b.txt', text: 'new b' },
]
const read = (name: string) =>
  existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null
/** Every file under the folder, folders left out. */
const files = () =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
const sha = (t: string) => createHash('sha256').update(t).digest('hex')
const shown = (name: string) => relative(process.cwd(), join(dir, name))

/** Publishes, throwing at `at` as a crash would. */
function crashAt(at: string) {
  expect(() =>
    publishTogether(dir, OUTPUTS(), (step) => {
      if (step === at) throw new Error(`crash at ${step}`)
    }),
  ).toThrow(`crash at ${at}`)
}

describe('publishTogether', () => {
  it('writes every output, nested folders included, and leaves no temp file or marker', () => {
    const steps: string[] = []
    publishTogether(dir, OUTPUTS(), (s) => steps.push(s))
    expect(read('a.txt')).toBe('new a!')
    expect(read('sub/deep/b.txt')).toBe('new b')
    expect(files()).toEqual(['a.txt', 'sub/deep/b.txt'])
    expect(steps).toEqual([
      'half a.txt',
      'write a.txt',
      'half sub/deep/b.txt',
      'write sub/deep/b.txt',
      'half .build-commit.json',
      'marker',
      'rename a.txt',
      'rename sub/deep/b.txt',
      'done',
    ])
  })

  it('runs without a step hook', () => {
    publishTogether(dir, OUTPUTS())
    expect([read('a.txt'), read('sub/deep/b.txt')]).toEqual(['new a!', 'new b'])
  })

  it('writes a file in two halves: a crash between them leaves half of it beside the target', () => {
    crashAt('half a.txt')
    expect(read('a.txt.build-new')).toBe('new')
    expect(read('a.txt')).toBe('old a')
  })

  it('records each new file with its hash and the hash of what it replaces', () => {
    crashAt('marker')
    expect(JSON.parse(read('.build-commit.json') ?? '')).toEqual({
      files: [
        { name: 'a.txt', sha256: sha('new a!'), before: sha('old a') },
        { name: 'sub/deep/b.txt', sha256: sha('new b'), before: null },
      ],
    })
    expect(read('.build-commit.json.tmp')).toBeNull()
    expect([read('a.txt'), read('sub/deep/b.txt')]).toEqual(['old a', null])
  })
})

describe('recoverInterruptedBuild', () => {
  it('does nothing when no build was interrupted', () => {
    expect(recoverInterruptedBuild(dir, NAMES)).toEqual([])
    expect(read('a.txt')).toBe('old a')
  })

  for (const step of [
    'half a.txt',
    'write a.txt',
    'write sub/deep/b.txt',
    'half .build-commit.json',
  ])
    it(`rolls back a crash before the marker (at "${step}"): the targets stay old`, () => {
      crashAt(step)
      expect(recoverInterruptedBuild(dir, NAMES)).toEqual([
        'Removed the unfinished files of a data build interrupted earlier (nothing had been published).',
      ])
      expect([read('a.txt'), read('sub/deep/b.txt')]).toEqual(['old a', null])
      expect(files()).toEqual(['a.txt'])
      expect(recoverInterruptedBuild(dir, NAMES)).toEqual([])
    })

  for (const step of ['marker', 'rename a.txt', 'rename sub/deep/b.txt'])
    it(`rolls forward a crash after the marker (at "${step}"): the targets become new`, () => {
      crashAt(step)
      expect(recoverInterruptedBuild(dir, NAMES)).toEqual([
        `Finished the data build interrupted earlier (${shown('.build-commit.json')}).`,
      ])
      expect([read('a.txt'), read('sub/deep/b.txt')]).toEqual(['new a!', 'new b'])
      expect(files()).toEqual(['a.txt', 'sub/deep/b.txt'])
      expect(recoverInterruptedBuild(dir, NAMES)).toEqual([])
    })

  it('keeps a target edited by hand since the crash, and says so', () => {
    crashAt('marker')
    writeFileSync(join(dir, 'a.txt'), 'edited by hand')
    expect(recoverInterruptedBuild(dir, NAMES)).toEqual([
      `Finished the data build interrupted earlier (${shown('.build-commit.json')}).`,
      `${shown('a.txt')} changed after the interrupted build; kept as it is.`,
    ])
    expect([read('a.txt'), read('sub/deep/b.txt')]).toEqual(['edited by hand', 'new b'])
    expect(read('a.txt.build-new')).toBeNull()
  })

  it('refuses to publish a new file damaged since it was written', () => {
    crashAt('marker')
    writeFileSync(join(dir, 'a.txt.build-new'), 'new a?')
    expect(() => recoverInterruptedBuild(dir, NAMES)).toThrow(
      `${shown('a.txt.build-new')} is damaged; delete it`,
    )
    expect(read('a.txt')).toBe('old a')
  })
})
