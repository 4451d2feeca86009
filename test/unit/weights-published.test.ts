/**
 * `npm run bench` builds with source maps (SOURCEMAP=1), which appends a `sourceMappingURL`
 * comment to every chunk; `npm test` weighs the published build, which has none. Both weigh
 * through `weighFile`, which leaves the comment out, so they report the same first-view bytes
 * (the second round's bench said 118.1 KB where the budget check said 117,986 B).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { weighFile } from '../../scripts/lib/weights.ts'

const dir = mkdtempSync(join(tmpdir(), 'weights-published-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

// As Vite writes them: no newline at the end, the comment on a line of its own when mapped.
const JS = 'export const a=1;console.log(a);' // 32 bytes
const CSS = 'body{margin:0}' // 14 bytes

describe('weighFile', () => {
  it('weighs a chunk built with a source map as the same chunk built without', () => {
    const plain = weighFile(file('plain.js', JS))
    const mapped = weighFile(file('mapped.js', `${JS}\n//# sourceMappingURL=mapped.js.map`))
    expect(plain.bytes).toBe(32)
    expect(mapped).toEqual(plain)
  })

  it('leaves out a stylesheet’s source-map comment too', () => {
    const plain = weighFile(file('plain.css', CSS))
    const mapped = weighFile(file('mapped.css', `${CSS}\n/*# sourceMappingURL=mapped.css.map */\n`))
    expect(plain.bytes).toBe(14)
    expect(mapped).toEqual(plain)
  })

  it('keeps everything else, a comment in the middle of a file included', () => {
    const body = '//# sourceMappingURL=not-the-end.js.map\nexport const b=2;\n'
    expect(weighFile(file('middle.js', body)).bytes).toBe(body.length)
  })
})
