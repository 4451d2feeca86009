/**
 * `npm run screenshots`: PNG stills of the built map for articles and social cards. The work is in
 * scripts/lib/screenshots.ts (tested); this file only reads the flags. It builds `dist/` first
 * when the build is missing or older than the sources or data (scripts/lib/build-freshness.ts).
 *
 *   npm run screenshots -- --preset social,phone --url '?date=2025-11-05&status=struck'
 */
import { parseArgs } from 'node:util'
import { ensureBuild } from './lib/build-freshness.ts'
import {
  captureScreenshots,
  MissingBuildError,
  PRESET_NAMES,
  PRESETS,
  type PresetName,
} from './lib/screenshots.ts'

const USAGE = `Usage: npm run screenshots -- [flags]

  --preset NAME   ${PRESET_NAMES.map((n) => `${n} ${PRESETS[n].width}x${PRESETS[n].height}`).join(', ')}
                  repeat it or give a comma list; default: all
  --url QUERY     the view, e.g. '?date=2025-11-05&status=struck' or a URL copied from the map
  --theme T       light (default) or dark
  --scale N       device pixels per CSS pixel, default 2
  --out DIR       output folder, default screenshots/out
  --file PATH     exact output file, for a single preset (e.g. public/social.png)
  --help`

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`)
  process.exit(1)
}

function presetsFrom(values: readonly string[] | undefined): PresetName[] | undefined {
  if (!values) return undefined
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim())
  for (const name of names) {
    if (!(name in PRESETS)) fail(`Unknown preset "${name}".`)
  }
  return [...new Set(names)] as PresetName[]
}

let flags
try {
  flags = parseArgs({
    options: {
      preset: { type: 'string', multiple: true },
      url: { type: 'string' },
      theme: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string' },
      file: { type: 'string' },
      help: { type: 'boolean' },
    },
  }).values
} catch (error) {
  fail((error as Error).message)
}
if (flags.help) {
  console.log(USAGE)
  process.exit(0)
}
const theme = flags.theme ?? 'light'
if (theme !== 'light' && theme !== 'dark') fail(`--theme is light or dark, not "${theme}".`)
const scale = flags.scale === undefined ? 2 : Number(flags.scale)
if (!(scale > 0 && scale <= 4)) fail(`--scale is a number from 0 to 4, not "${flags.scale}".`)

try {
  ensureBuild()
  await captureScreenshots({
    presets: presetsFrom(flags.preset),
    url: flags.url,
    theme,
    scale,
    outDir: flags.out,
    file: flags.file,
  })
} catch (error) {
  if (error instanceof MissingBuildError) {
    console.error('dist/ is missing: run npm run build first')
    process.exit(1)
  }
  throw error
}
