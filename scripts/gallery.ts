/**
 * `npm run gallery`: the reader's gallery, PNGs of the key states at the five reader sizes,
 * light and dark, with an index.html contact sheet (scripts/lib/gallery.ts). Builds `dist/`
 * first when it is missing or older than the sources or data.
 *
 *   npm run gallery                 # into gallery/out/
 *   npm run gallery -- --out /tmp/g
 */
import { parseArgs } from 'node:util'
import { ensureBuild } from './lib/build-freshness.ts'
import { captureGallery } from './lib/gallery.ts'

const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } })
if (values.help) {
  console.log('Usage: npm run gallery -- [--out DIR]   (default gallery/out)')
  process.exit(0)
}
const outDir = values.out ?? 'gallery/out'
const started = Date.now()
ensureBuild()
const shots = await captureGallery({ outDir })
console.log(
  `${shots.length} pictures and ${outDir}/index.html in ${Math.round((Date.now() - started) / 1000)} s`,
)
