// The architecture's dependency rule as an ESLint rule: each layer may import only the layers
// its row of ALLOWED names (docs/architecture.md has the same table). Relative imports and
// dynamic `import()` are resolved against the importing file; packages are left to
// `no-restricted-imports`. Anything not in a layer (config files, tests) is not checked.
import { dirname, relative, resolve, sep } from 'node:path'

/** Layer name for a project-relative path; longest prefix wins. */
const LAYERS = [
  ['src/domain/', 'domain'],
  ['src/data/', 'data'],
  ['src/map/', 'map'],
  ['src/controls/', 'controls'],
  ['src/app/', 'app'],
  ['src/main.tsx', 'main'],
  ['scripts/bench/', 'bench'],
  ['scripts/', 'scripts'],
  ['test/', 'test'],
]

/** Who may import whom. Keep in step with the table in docs/architecture.md. */
const ALLOWED = {
  domain: ['domain'],
  data: ['domain', 'data'],
  map: ['domain', 'data', 'map'],
  controls: ['domain', 'controls'],
  app: ['domain', 'data', 'map', 'controls', 'app'],
  main: ['domain', 'data', 'app', 'main'],
  scripts: ['domain', 'scripts'],
  // The bench builds pages from the app's own parts to measure them against floors.
  bench: ['domain', 'data', 'map', 'controls', 'app', 'scripts', 'bench'],
  // Tests may reach everything; nothing else may import a test's helpers.
  test: ['domain', 'data', 'map', 'controls', 'app', 'main', 'scripts', 'bench', 'test'],
}

function layerOf(projectPath) {
  const p = projectPath.split(sep).join('/')
  for (const [prefix, name] of LAYERS) if (p === prefix || p.startsWith(prefix)) return name
  return undefined
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer table of docs/architecture.md' },
    schema: [],
    messages: {
      forbidden:
        '{{from}} may not import {{to}} ({{target}}). {{from}} may import: {{allowed}} (docs/architecture.md).',
    },
  },
  create(context) {
    const root = context.cwd
    const file = relative(root, context.filename)
    const from = layerOf(file)
    if (!from) return {}
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = relative(root, resolve(dirname(context.filename), source))
      const to = layerOf(target)
      if (!to || ALLOWED[from].includes(to)) return
      context.report({
        node,
        messageId: 'forbidden',
        data: { from, to, target, allowed: ALLOWED[from].join(', ') },
      })
    }
    const fromSource = (node) => node.source && check(node, node.source.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}

export default { rules: { layers: rule } }
