/**
 * `npm run places` (also part of `npm run data`): writes public/places.json, the towns and ZIPs
 * the search box understands, from GeoNames and the Census ZCTA gazetteer.
 */
import { renameSync, writeFileSync } from 'node:fs'
import { buildPlaces, serializePlaces } from './lib/places.ts'

const target = 'public/places.json'
const file = buildPlaces()
writeFileSync(`${target}.tmp`, serializePlaces(file))
renameSync(`${target}.tmp`, target)
console.log(`Wrote ${target}: ${file.places.length} places, ${file.zips.length} ZIPs.`)
