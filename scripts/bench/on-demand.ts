/**
 * The search's on-demand weight (issue 12): what a reader downloads on the first search, on top
 * of the first view: the engine's chunk and public/places.json, gzipped at level 9.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { kb, weighFile } from '../lib/weights.ts'

export function searchOnDemand(dist: string): string {
  const chunks = readdirSync(join(dist, 'assets')).filter((f) =>
    /^(search-engine|ClinicCombobox)-.*\.js$/.test(f),
  )
  const parts = [
    ...chunks.map((f) => ({
      path: `assets/${f}`,
      gzip: weighFile(join(dist, 'assets', f)).gzip,
    })),
    { path: 'places.json', gzip: weighFile(join(dist, 'places.json')).gzip },
  ]
  const total = parts.reduce((sum, p) => sum + p.gzip, 0)
  return `Search, loaded on demand (the combobox after the first view, the engine and places on the first search): ${parts.map((p) => `\`${p.path}\` ${kb(p.gzip)}`).join(', ')}; ${kb(total)} in all.`
}
