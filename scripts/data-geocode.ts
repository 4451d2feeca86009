/**
 * `npm run data:geocode [dir] [--date YYYY-MM-DD] [--overwrite] [--url BASE] [--timeout-ms N]`
 *
 * Needs the internet; never run by CI or the tests against the real service. Sends the street
 * addresses of rows placed only at a ZIP or city centre to the US Census Bureau's batch
 * geocoder and writes each match back into clinics.csv as a `point`, naming the geocoder, the
 * match quality and the date. Unmatched and tied addresses are listed, never guessed. Rows that
 * already hold a point from another source are replaced only with `--overwrite`, or when the
 * editor answers yes in a terminal. On any failure (HTTP error, timeout, a garbled answer) the
 * file is left byte-for-byte as it was: the new text is built in memory and renamed into place
 * at the very end. Afterwards the editor runs `npm run data`, which checks the result.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { isDay } from '../src/domain/dates.ts'
import {
  CENSUS_BENCHMARK,
  CENSUS_GEOCODER_URL,
  applyEdits,
  buildRequestCsv,
  distanceKm,
  isPlausible,
  matchCells,
  parseBatchResponse,
  selectRows,
  type AddressRow,
} from './lib/geocode.ts'

export interface GeocodeOptions {
  /** Path of clinics.csv. */
  csvPath: string
  /** Base URL of the geocoder; `/locations/addressbatch` is appended. */
  baseUrl: string
  /** How long to wait for the whole answer before giving up, in milliseconds. */
  timeoutMs: number
  /** The run date, YYYY-MM-DD, written into the changed rows. */
  date: string
  /** Replace points from other sources without asking. */
  overwrite: boolean
  /** Asks the editor a yes/no question; absent when nobody can answer (not a terminal). */
  confirm?: (question: string) => Promise<boolean>
  out?: (line: string) => void
}

/**
 * POSTs the address file to the batch endpoint and returns the answer's text. Throws a
 * readable error on an HTTP error status, a network failure or when `timeoutMs` passes; the
 * timeout covers reading the body too, since the service can stall mid-answer.
 */
export async function requestBatch(
  baseUrl: string,
  addressCsv: string,
  timeoutMs: number,
): Promise<string> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const url = `${baseUrl.replace(/\/+$/, '')}/locations/addressbatch`
  try {
    const form = new FormData()
    form.append('benchmark', CENSUS_BENCHMARK)
    form.append('addressFile', new Blob([addressCsv], { type: 'text/csv' }), 'addresses.csv')
    const response = await fetch(url, { method: 'POST', body: form, signal: controller.signal })
    if (!response.ok)
      throw new Error(`${url} answered HTTP ${response.status} ${response.statusText}`.trim())
    return await response.text()
  } catch (error) {
    if (controller.signal.aborted)
      throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`, { cause: error })
    throw error
  } finally {
    clearTimeout(timer)
  }
}

function addressOf(row: AddressRow): string {
  const address = [row.street, row.city, row.state, row.zip].filter((s) => s).join(', ')
  return `${row.id}: ${address}${row.precision === 'point' ? ' (keeps its current point)' : ''}`
}

function away(km: number): string {
  return km < 1 ? `${Math.round(km * 1000)} m away` : `${km.toFixed(1)} km away`
}

/** Writes beside the target and renames, so a crash never leaves half a file. */
function writeAtomically(target: string, text: string) {
  const temp = `${target}.${process.pid}.tmp`
  writeFileSync(temp, text)
  renameSync(temp, target)
}

/**
 * Geocodes what it can and rewrites the CSV file; true when it finished (even with unmatched
 * addresses, which are listed), false when it failed and left the file untouched.
 */
export async function runGeocode(options: GeocodeOptions): Promise<boolean> {
  const out = options.out ?? console.log
  const file = relative(process.cwd(), options.csvPath) || options.csvPath
  const unchanged = `${file} was not changed.`
  const before = readFileSync(options.csvPath, 'utf8')
  let selection
  try {
    selection = selectRows(before)
  } catch (error) {
    out(`${file}: ${(error as Error).message}. ${unchanged}`)
    return false
  }
  for (const s of selection.skipped) out(`Skipped ${s.id}: ${s.reason}.`)
  // Points from another source are sent only if the editor can consent to replacing them.
  const askable = options.overwrite || options.confirm !== undefined
  const sent = askable ? [...selection.candidates, ...selection.points] : selection.candidates
  if (!askable && selection.points.length > 0)
    out(
      `Kept ${selection.points.length} row(s) with a point from another source (${selection.points.map((p) => p.id).join(', ')}): use --overwrite, or run in a terminal to be asked about each.`,
    )
  if (sent.length === 0) {
    out(`Nothing to geocode: no row placed at a ZIP or city centre has a street address.`)
    return true
  }
  out(`Asking the geocoder about ${sent.length} address(es)...`)

  let answer: string
  try {
    answer = await requestBatch(options.baseUrl, buildRequestCsv(sent), options.timeoutMs)
  } catch (error) {
    out(`The geocoder request failed: ${(error as Error).message}. ${unchanged}`)
    return false
  }
  const parsed = parseBatchResponse(
    answer,
    sent.map((r) => r.id),
  )
  if (!parsed.ok) {
    out(`The geocoder's answer could not be read (${parsed.problem}). ${unchanged}`)
    return false
  }

  const rowsById = new Map(sent.map((r) => [r.id, r]))
  const edits = new Map<string, Record<string, string>>()
  const notPlaced: string[] = []
  for (const result of parsed.results) {
    const row = rowsById.get(result.id) as AddressRow
    if (result.status === 'no_match') notPlaced.push(`  no match: ${addressOf(row)}`)
    else if (result.status === 'tie') notPlaced.push(`  ambiguous (tie): ${addressOf(row)}`)
    else if (!isPlausible(result))
      notPlaced.push(
        `  matched outside Minnesota and western Wisconsin, not used: ${addressOf(row)} -> ${result.matchedAddress}`,
      )
    else {
      let consent = row.precision !== 'point' || options.overwrite
      try {
        consent ||=
          (await options.confirm?.(
            `${row.id} has a point from "${row.coordSource}". Replace it with the geocoder's ${result.quality} match to '${result.matchedAddress}', ${away(distanceKm(row, result))}?`,
          )) ?? false
      } catch (error) {
        // Ctrl+D or Ctrl+C at the prompt: stop without writing anything.
        out(`Stopped at the question (${(error as Error).message}). ${unchanged}`)
        return false
      }
      if (consent) {
        edits.set(row.id, matchCells(result, options.date))
        out(`Placed ${row.id}: ${result.quality} match to '${result.matchedAddress}'.`)
      } else out(`Kept ${row.id}: its point was not replaced.`)
    }
  }
  if (notPlaced.length > 0) {
    out(`Not placed (${notPlaced.length}); check these addresses by hand:`)
    for (const line of notPlaced) out(line)
  }

  let after: string
  try {
    after = applyEdits(before, edits)
  } catch (error) {
    out(`Could not write the matches: ${(error as Error).message}. ${unchanged}`)
    return false
  }
  if (after === before) {
    out(`No row changed; ${unchanged}`)
    return true
  }
  writeAtomically(options.csvPath, after)
  out(`Wrote ${edits.size} row(s) to ${file}. Now run npm run data to check and build them.`)
  return true
}

function today(): string {
  // The local calendar day, not UTC's (which is tomorrow in Minnesota every evening).
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

const USAGE =
  'usage: npm run data:geocode -- [dir] [--date YYYY-MM-DD] [--overwrite] [--url BASE] [--timeout-ms N]'

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        'timeout-ms': { type: 'string' },
        date: { type: 'string' },
        overwrite: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = args
  const date = values.date ?? today()
  const timeoutMs = Number(values['timeout-ms'] ?? 30_000)
  if (!isDay(date)) return (console.error(`--date ${date}: write YYYY-MM-DD`), 2)
  if (!(timeoutMs > 0)) return (console.error('--timeout-ms: give a positive number'), 2)
  const tty = process.stdin.isTTY === true
  const prompt = tty ? createInterface({ input: process.stdin, output: process.stdout }) : undefined
  try {
    const ok = await runGeocode({
      csvPath: join(positionals[0] ?? 'data', 'clinics.csv'),
      baseUrl: values.url ?? process.env.CENSUS_GEOCODER_URL ?? CENSUS_GEOCODER_URL,
      timeoutMs,
      date,
      overwrite: values.overwrite ?? false,
      ...(prompt && {
        confirm: async (q: string) =>
          /^y(es)?$/i.test((await prompt.question(`${q} [y/N] `)).trim()),
      }),
    })
    return ok ? 0 : 1
  } finally {
    prompt?.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main()
}
