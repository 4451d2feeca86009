/**
 * `npm run basemap`: writes public/basemap.json, the offline basemap (see scripts/lib/basemap.ts).
 * Refuses to write a file over the gzip budget, so the page never silently grows.
 */
import { renameSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { buildBasemap, serializeBasemap } from './lib/basemap.ts'

/** Keep in step with test/unit/basemap.test.ts. */
const GZIP_BUDGET = 45_000

const target = fileURLToPath(new URL('../public/basemap.json', import.meta.url))
const basemap = buildBasemap()
const text = serializeBasemap(basemap)
const gzipped = gzipSync(text).length
const counts = new Map<string, number>()
for (const f of basemap.features)
  counts.set(f.properties.layer, (counts.get(f.properties.layer) ?? 0) + 1)
const name = relative(process.cwd(), target)

if (gzipped > GZIP_BUDGET) {
  console.error(
    `${name} would be ${gzipped} bytes gzipped, over the ${GZIP_BUDGET} budget; left as it was.`,
  )
  process.exitCode = 1
} else {
  // Written beside the target and renamed, so a crash never leaves half a file.
  const temp = `${target}.${process.pid}.tmp`
  writeFileSync(temp, text)
  renameSync(temp, target)
  console.log(
    `Wrote ${name}: ${[...counts].map(([layer, n]) => `${n} ${layer}`).join(', ')}; ${gzipped} bytes gzipped (budget ${GZIP_BUDGET}).`,
  )
}
