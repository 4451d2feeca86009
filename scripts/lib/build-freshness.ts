/**
 * Is `dist/` the build of what is on disk now? The screenshot and gallery tools photograph the
 * built site, so a CSV edit without a rebuild would publish yesterday's data. The rule: the build
 * is stale when it is missing, or when any input (src/, data/, public/, index.html, the Vite
 * config) was changed after the build's index.html was written.
 *
 * @example
 *   if (buildIsStale(await buildInputsNewest('.'), buildStamp('dist'))) runBuild()
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** What a build is made from, relative to the project root. Keep in step with vite.config.ts. */
const BUILD_INPUTS = ['src', 'data', 'public', 'index.html', 'vite.config.ts'] as const

/** The newest input and its time, or undefined when there are no inputs at all. */
export interface NewestInput {
  path: string
  mtimeMs: number
}

/**
 * The pure rule: stale when there is no build stamp, or an input is newer than it. An input of
 * exactly the stamp's time counts as built (file systems round times; a tie is the build's own
 * copy of `public/`).
 */
export function buildIsStale(
  newest: NewestInput | undefined,
  stampMs: number | undefined,
): boolean {
  if (stampMs === undefined) return true
  return newest !== undefined && newest.mtimeMs > stampMs
}

/** When the build in `dist` was written (its index.html), or undefined when there is none. */
export function buildStamp(dist: string): number | undefined {
  const index = join(dist, 'index.html')
  return existsSync(index) ? statSync(index).mtimeMs : undefined
}

/** The most recently changed file among the build's inputs under `root`. */
export function newestInput(root: string, inputs: readonly string[] = BUILD_INPUTS) {
  let newest: NewestInput | undefined
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name))
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { path, mtimeMs: stat.mtimeMs }
    }
  }
  for (const input of inputs) visit(join(root, input))
  return newest
}

/**
 * Builds `dist/` (Vite only: type errors are `npm test`'s business, not a photographer's) when
 * it is missing or older than its inputs. Returns why it built, or undefined when it was fresh.
 */
export function ensureBuild(log: (line: string) => void = console.log): string | undefined {
  const newest = newestInput('.')
  const stamp = buildStamp('dist')
  if (!buildIsStale(newest, stamp)) return undefined
  const reason =
    stamp === undefined ? 'dist/ is missing' : `${newest?.path} changed after the last build`
  log(`${reason}: building first (npx vite build)`)
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
  if (run.status !== 0) throw new Error(`the build failed (exit ${run.status ?? run.signal})`)
  return reason
}
