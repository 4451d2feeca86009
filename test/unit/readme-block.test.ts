/**
 * The coverage block of data/README.md (scripts/lib/readme-block.ts): rewritten between its
 * two markers, the text around it kept as written, and a README without the markers refused.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withCoverage } from '../../scripts/lib/readme-block.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'

const START = '<!-- coverage:start (written by npm run data; do not edit) -->'
const END = '<!-- coverage:end -->'
const dataset = () => JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as Dataset

describe('withCoverage', () => {
  it('gives back the committed README for the committed dataset (the block is up to date)', () => {
    const readme = readFileSync('data/README.md', 'utf8')
    expect(withCoverage(readme, dataset())).toBe(readme)
  })

  it('replaces only what lies between the markers, in a code block', () => {
    const out = withCoverage(`# Data\n\nIntro.\n${START}\nold numbers\n${END}\nAfter.\n`, dataset())
    expect(
      out.startsWith(
        `# Data\n\nIntro.\n${START}\n\`\`\`\nDataset updated 2026-12-01: 42 sites, 12 events.\n`,
      ),
    ).toBe(true)
    expect(out).toMatch(/\nTo do: 42 sites only at a city or ZIP centre, /)
    expect(out).toMatch(/\nWhat the closures changed: /)
    expect(out.endsWith(`\n\`\`\`\n${END}\nAfter.\n`)).toBe(true)
    expect(out).not.toContain('old numbers')
  })

  it('takes a block that starts the file', () => {
    const out = withCoverage(`${START}\nold\n${END}\n`, dataset())
    expect(out.startsWith(`${START}\n\`\`\`\nDataset updated`)).toBe(true)
    expect(out.endsWith(`\`\`\`\n${END}\n`)).toBe(true)
  })

  it('refuses a README without both markers, or with them reversed', () => {
    const message = `data/README.md needs the markers ${START} and ${END}`
    expect(() => withCoverage(`text\n${END}\n`, dataset())).toThrow(message)
    expect(() => withCoverage(`${START}\ntext\n`, dataset())).toThrow(message)
    expect(() => withCoverage(`${END}\n${START}\n`, dataset())).toThrow(message)
    expect(() => withCoverage('no markers', dataset())).toThrow(message)
  })
})
