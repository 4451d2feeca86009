/**
 * `npm test` step "bundle budgets": weighs the first view of dist/ (see scripts/lib/weights.ts)
 * against its budgets (issue 5's, the JS tightened to 118 KB by issue 14), prints each kind, and exits 1 when one is over. Run it after
 * `vite build`: `npx tsx scripts/check-budgets.ts [dist]`.
 */
import { checkBudgets, kb, weighFirstView } from './lib/weights.ts'

const dist = process.argv[2] ?? 'dist'
const weights = weighFirstView(dist)
for (const a of weights.assets)
  console.log(`  ${a.kind.padEnd(8)} ${kb(a.gzip).padStart(9)} gz  ${a.path}`)
let over = 0
for (const line of checkBudgets(weights)) {
  if (!line.ok) over++
  const verdict = line.ok ? 'ok' : `OVER by ${kb(line.gzip - line.limit)}`
  console.log(
    `${line.label.padEnd(15)} ${kb(line.gzip).padStart(9)} gz of ${kb(line.limit)}  ${verdict}`,
  )
}
if (over > 0) {
  console.error(
    `\n${over} budget(s) over. Load code the first view does not need with import() or React.lazy (see docs/benchmarks.md).`,
  )
  process.exit(1)
}
