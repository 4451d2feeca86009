/**
 * The dependency rule of docs/architecture.md, checked by feeding ESLint (with the project's own
 * config) one import at a time. The expected table is written out here by hand from the doc,
 * not read from scripts/lint/layers.mjs, so a wrong arrow in the rule fails this test. The
 * committed code itself is held to the rule by the lint step of `npm test`.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// A file in each layer, and a module in each layer to import.
const FILE = {
  domain: 'src/domain/probe.ts',
  data: 'src/data/probe.ts',
  map: 'src/map/Probe.tsx',
  controls: 'src/controls/Probe.tsx',
  app: 'src/app/Probe.tsx',
  main: 'src/main.tsx',
  scripts: 'scripts/lib/probe.ts',
  test: 'test/unit/probe.test.ts',
} as const
type Layer = keyof typeof FILE
const TARGET: Record<Layer, string> = {
  domain: 'src/domain/dates.ts',
  data: 'src/data/load-dataset.ts',
  map: 'src/map/StrikeMap.tsx',
  controls: 'src/controls/Legend.tsx',
  app: 'src/app/Explorer.tsx',
  main: 'src/main.tsx',
  scripts: 'scripts/lib/report.ts',
  test: 'test/e2e/support.ts',
}

// domain <- data <- map / controls <- app <- main; scripts use the domain; tests use anything.
const MAY: Record<Layer, readonly Layer[]> = {
  domain: ['domain'],
  data: ['domain', 'data'],
  map: ['domain', 'data', 'map'],
  controls: ['domain', 'controls'],
  app: ['domain', 'data', 'map', 'controls', 'app'],
  main: ['domain', 'data', 'app', 'main'],
  scripts: ['domain', 'scripts'],
  test: ['domain', 'data', 'map', 'controls', 'app', 'main', 'scripts', 'test'],
}

const eslint = new ESLint()

function relativeFrom(file: string, target: string): string {
  const up = file.split('/').length - 1
  return `${'../'.repeat(up)}${target}`
}

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/layers').map((m) => m.message)
}

const LAYERS = Object.keys(FILE) as Layer[]

describe('lint holds the layer table', () => {
  for (const from of LAYERS)
    for (const to of LAYERS) {
      if (from === to) continue
      const allowed = MAY[from].includes(to)
      it(`${from} ${allowed ? 'may' : 'may not'} import ${to}`, async () => {
        const source = relativeFrom(FILE[from], TARGET[to])
        const errors = await layerErrors(
          FILE[from],
          `import * as m from '${source}'\nexport const used = m\n`,
        )
        if (allowed) expect(errors).toEqual([])
        else expect(errors.join('\n')).toContain(`${from} may not import ${to}`)
      })
    }

  it('a dynamic import() and a re-export are held to the same table', async () => {
    const file = FILE.controls
    const app = relativeFrom(file, TARGET.app)
    expect(await layerErrors(file, `export const x = () => import('${app}')\n`)).toHaveLength(1)
    expect(await layerErrors(file, `export * from '${app}'\n`)).toHaveLength(1)
  })
})
