/**
 * `npx tsx scripts/tune-matcher.ts`: how often a real word of the search's names (GeoNames towns
 * of MN and WI, the clinics' names) lies within 1 or 2 edits of another real word, by length.
 * Where that is common, a typo would as often land on the wrong name as on the right one, so
 * allowedEdits() (src/domain/lookup-text.ts) allows fewer edits there. docs/lookup.md has the run.
 */
import { readFileSync } from 'node:fs'
import { editDistance, nameWords } from '../src/domain/lookup-text.ts'
import { readPlaces } from '../src/domain/places-file.ts'

const places = readPlaces(JSON.parse(readFileSync('public/places.json', 'utf8')))
const clinics = (
  JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as {
    features: { properties: { name: string } }[]
  }
).features
const words = [
  ...new Set([
    ...places.filter((p) => p.kind === 'town').flatMap((p) => p.words),
    ...clinics.flatMap((f) => nameWords(f.properties.name)),
  ]),
]
console.log(`${words.length} distinct words`)
console.log('length  words  neighbour at 1 edit  at 2 edits')
const buckets = [
  [1, 3],
  [4, 5],
  [6, 7],
  [8, 9],
  [10, 30],
] as const
for (const [lo, hi] of buckets) {
  const group = words.filter((w) => w.length >= lo && w.length <= hi)
  const near = (d: number) =>
    group.filter((w) => words.some((o) => o !== w && editDistance(w, o, d) <= d)).length
  const pct = (n: number) => `${((100 * n) / Math.max(1, group.length)).toFixed(0)}%`.padStart(4)
  console.log(
    `${`${lo}-${hi}`.padEnd(7)} ${String(group.length).padStart(5)}  ${pct(near(1)).padStart(19)}  ${pct(near(2)).padStart(10)}`,
  )
}
