/**
 * The mistakes an editor makes in the CSV files, one per case: each must be refused with a
 * message naming the file, line and column, and must leave the published GeoJSON byte for byte
 * as it was. Most cases are one edit of test/fixtures/valid; the ones that live in the bytes
 * (BOM, CRLF, encodings, separators, cut-off files) are real files in test/fixtures/malformed.
 *
 * Lines of the valid clinics.csv: 1 header, 2 west-st-paul (a sourced point), 3 maplewood (ZIP
 * centroid, closed before the strike), 4 annandale (city centre). Expected lines are written by
 * hand from that layout, never computed by the code under test.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBuild } from '../../scripts/build-data.ts'
import { CLINIC_COLUMNS } from '../../scripts/lib/build-dataset.ts'
import { csvField } from '../../scripts/lib/csv.ts'

type DataFile = 'clinics.csv' | 'events.csv' | 'reported.csv'

interface Case {
  mistake: string
  /** The file the mistake is in (clinics.csv unless said). */
  file?: DataFile
  /** The broken file's content: bytes for the real fixture files, text for the edits. */
  content: () => string | Buffer
  /** Where the build must point: `LINE column`, or `LINE` for a whole-file problem. */
  at: string
  /** Words of the message that tell the editor what to do. */
  says: string
  /** The only problem printed: no flood of follow-on errors from one mistake. */
  alone?: true
}

const VALID = 'test/fixtures/valid'
const valid = (file: DataFile) => readFileSync(join(VALID, file), 'utf8')
const fixture = (name: string) => () => readFileSync(join('test/fixtures/malformed', name))

/** One text replacement in a valid file; fails loudly if the text to replace is not there. */
function edit(file: DataFile, from: string, to: string): () => string {
  return () => {
    const text = valid(file)
    if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`)
    return text.replace(from, to)
  }
}

/** The valid clinics.csv with whole columns changed: the header and every row. */
function columns(change: (cells: string[], line: number) => string[]): () => string {
  // The valid file has no doubled quotes or line breaks in values: commas outside quotes split.
  const cells = (line: string) => {
    const out = ['']
    let quoted = false
    for (const ch of line) {
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) out.push('')
      else out[out.length - 1] += ch
    }
    return out
  }
  return () =>
    valid('clinics.csv')
      .split('\n')
      .map((line, i) =>
        line === ''
          ? line
          : change(cells(line), i + 1)
              .map(csvField)
              .join(','),
      )
      .join('\n')
}

const NOTES = CLINIC_COLUMNS.indexOf('notes')
const LAT = CLINIC_COLUMNS.indexOf('lat')

const CASES: Case[] = [
  // Coordinates
  {
    mistake: 'latitude and longitude swapped',
    content: edit('clinics.csv', '44.9043372,-93.0784192', '-93.0784192,44.9043372'),
    at: '2 lat',
    says: 'lat and lon look swapped',
  },
  {
    mistake: "longitude without its minus sign (it lands in China's Gansu)",
    content: edit('clinics.csv', '-93.0784192', '93.0784192'),
    at: '2 lat',
    says: 'lies outside Minnesota and western Wisconsin',
  },
  {
    mistake: 'a decimal comma from a European spreadsheet',
    content: edit('clinics.csv', '44.9043372,', '"44,9043372",'),
    at: '2 lat',
    says: 'is not a number; write decimal degrees',
  },
  {
    mistake: 'a point with its longitude left empty',
    content: edit('clinics.csv', '44.9043372,-93.0784192', '44.9043372,'),
    at: '2 lon',
    says: 'is empty but precision is point',
  },
  {
    mistake: 'coordinates typed for a ZIP-centroid row',
    content: edit('clinics.csv', '55109,zip,,,', '55109,zip,45.0,-93.0,'),
    at: '3 lat',
    says: 'the build looks these up itself',
  },
  // Dates
  {
    mistake: 'a day that does not exist (31 November)',
    content: edit('clinics.csv', ',2025-11-05,,,,,,https', ',2025-11-31,,,,,,https'),
    at: '2 struck_on',
    says: 'is not a real date; write YYYY-MM-DD',
  },
  {
    mistake: 'a US-style date as a spreadsheet shows it',
    content: edit('clinics.csv', '2025-06-03;2025-11-05', '6/3/2025;2025-11-05'),
    at: '2 picketed_on',
    says: 'is not a real date',
  },
  {
    mistake: 'a month written out in words',
    content: edit('clinics.csv', ',2025-09,', ',September 2025,'),
    at: '3 closure_announced_on',
    says: 'YYYY-MM when only the month is known',
  },
  {
    mistake: "a date turned into Excel's serial number",
    content: edit('clinics.csv', ',2025-12-31', ',46022'),
    at: '4 row_updated',
    says: 'is not a real date',
  },
  // Ids and enumerations
  {
    mistake: 'a duplicated id (a row copied and not renamed)',
    content: edit('clinics.csv', 'annandale,Allina', 'maplewood,Allina'),
    at: '4 id',
    says: 'maplewood is already used on line 3',
  },
  {
    mistake: 'an id with capitals and spaces',
    content: edit('clinics.csv', 'west-st-paul,Allina', 'West St Paul,Allina'),
    at: '2 id',
    says: 'must be a lower-case slug',
  },
  {
    mistake: 'an evidence level capitalised',
    content: edit(
      'clinics.csv',
      ',confirmed,Closed for the day.',
      ',Confirmed,Closed for the day.',
    ),
    at: '4 evidence',
    says: 'must be one of confirmed, inferred',
  },
  {
    mistake: 'the state spelled out',
    content: edit('clinics.csv', ',Maplewood,MN,', ',Maplewood,Minnesota,'),
    at: '3 state',
    says: 'must be one of MN, WI',
  },
  {
    mistake: 'a ZIP+4 code',
    content: edit('clinics.csv', ',55109,', ',55109-1234,'),
    at: '3 zip',
    says: 'five-digit',
  },
  {
    mistake: 'a misspelled city that the gazetteer cannot place',
    content: edit('clinics.csv', ',Annandale,MN,', ',Anandale,MN,'),
    at: '4 city',
    says: 'is not in the gazetteers; check the spelling',
  },
  {
    mistake: 'a closing date with no basis (reported or scheduled)',
    content: edit('clinics.csv', ',2025-11-01,reported,', ',2025-11-01,,'),
    at: '3 closed_basis',
    says: 'write reported or scheduled',
  },
  {
    mistake: 'a strike day on a clinic that closed before the strike (a copied row)',
    content: edit('clinics.csv', '2025-06-03,,,2025-09', '2025-06-03,2025-11-05,,2025-09'),
    at: '3 struck_on',
    says: 'evidence is not confirmed or inferred',
  },
  // Text and links
  {
    mistake: 'a name pasted with a trailing space',
    content: edit('clinics.csv', 'Maplewood Clinic,', 'Maplewood Clinic ,'),
    at: '3 name',
    says: 'has spaces at the start or end',
  },
  {
    mistake: 'markup in a name',
    content: edit('clinics.csv', 'Allina Health Annandale Clinic', '<b>Annandale</b> Clinic'),
    at: '4 name',
    says: 'contains < or >; write plain text',
  },
  {
    mistake: 'a link written as markup in the notes',
    content: edit(
      'clinics.csv',
      '"Notes, with a comma"',
      '"See <a href=""https://example.org"">this</a>"',
    ),
    at: '3 notes',
    says: 'contains < or >',
  },
  {
    mistake: 'a plain-http source',
    content: edit('clinics.csv', 'https://example.org/c', 'http://example.org/c'),
    at: '3 sources',
    says: 'must be a full https:// address',
  },
  {
    mistake: 'a source without its scheme, as a browser bar shows it',
    content: edit('clinics.csv', 'https://example.org/d', 'example.org/d'),
    at: '4 sources',
    says: 'must be a full https:// address',
  },
  {
    mistake: 'a javascript: address as the coordinate source',
    content: edit('clinics.csv', 'https://example.org/hifld.csv', 'javascript:alert(1)'),
    at: '2 coord_source_url',
    says: 'must be a full https:// address',
  },
  // Structure
  {
    mistake: 'a comma in the notes without quotes',
    content: edit('clinics.csv', '"Notes, with a comma"', 'Notes, with a comma'),
    at: '3 row_updated',
    says: 'has 27 values but the header has 26; a value holding a comma must be in double quotes',
  },
  {
    mistake: 'a quote inside a quoted value, not doubled',
    content: edit('clinics.csv', '"Notes, with a comma"', '"Notes, "with" a comma"'),
    at: '3 notes',
    says: 'write it twice ("")',
    alone: true,
  },
  {
    mistake: 'a column deleted (notes)',
    content: columns((cells) => cells.filter((_, i) => i !== NOTES)),
    at: '1 notes',
    says: 'column is missing; the header must be',
    alone: true,
  },
  {
    mistake: 'columns renamed (latitude, longitude)',
    content: columns((cells, line) =>
      line === 1 ? cells.map((c) => ({ lat: 'latitude', lon: 'longitude' })[c] ?? c) : cells,
    ),
    at: '1 lat',
    says: 'column is missing',
  },
  {
    mistake: 'a column of working notes added',
    content: columns((cells, line) => [...cells, line === 1 ? 'checked_by' : 'AB']),
    at: '1 checked_by',
    says: 'unknown column; remove it',
  },
  {
    mistake: 'two columns swapped in the header only (lat after lon)',
    content: columns((cells, line) =>
      line === 1 ? cells.map((c, i) => (i === LAT ? 'lon' : i === LAT + 1 ? 'lat' : c)) : cells,
    ),
    at: '2 lat',
    says: 'lat and lon look swapped',
  },
  {
    mistake: 'the header row deleted',
    content: () => valid('clinics.csv').split('\n').slice(1).join('\n'),
    at: '1',
    says: 'the first line is not the header',
    alone: true,
  },
  {
    mistake: 'the header row pasted twice (two exports joined)',
    content: () => {
      const [header = '', ...rest] = valid('clinics.csv').split('\n')
      return [header, header, ...rest].join('\n')
    },
    at: '2',
    says: 'repeats the header row; delete this line',
    alone: true,
  },
  {
    mistake: 'a header with no rows',
    content: () => `${valid('clinics.csv').split('\n')[0]}\n`,
    at: '2 row',
    says: 'the file has a header but no clinics',
    alone: true,
  },
  // Bytes: real files
  {
    mistake: 'an empty file (a failed export)',
    content: fixture('empty.csv'),
    at: '1',
    says: 'the file is empty',
    alone: true,
  },
  {
    mistake: 'semicolons for commas (Excel with a European locale)',
    content: fixture('semicolons.csv'),
    at: '1',
    says: 'separated by semicolons, not commas',
    alone: true,
  },
  {
    mistake: 'tabs for commas (pasted from a spreadsheet)',
    content: fixture('tabs.csv'),
    at: '1',
    says: 'separated by tabs, not commas',
    alone: true,
  },
  {
    mistake: 'UTF-16 (Excel "Unicode text")',
    content: fixture('utf16.csv'),
    at: '1',
    says: 'is not UTF-8 text',
    alone: true,
  },
  {
    mistake: 'Windows-1252 (Excel "CSV (comma delimited)" on Windows) with an en dash',
    content: fixture('windows-1252.csv'),
    at: '3 name',
    says: 'not UTF-8',
    alone: true,
  },
  {
    mistake: 'a file cut off in the middle of a row',
    content: fixture('truncated-row.csv'),
    at: '4 city',
    says: 'has 5 values but the header has 26',
  },
  {
    mistake: 'a file cut off inside a quoted value',
    content: fixture('truncated-quote.csv'),
    at: '3',
    says: 'a quoted value is never closed',
  },
  {
    mistake: 'BOM and CRLF (Excel "CSV UTF-8" on Windows) with a day missing its zero',
    content: fixture('bom-crlf-bad-date.csv'),
    at: '4 closed_for_strike_on',
    says: 'is not a real date',
  },
  {
    mistake: 'CRLF, a two-line note, and a mistake on the row after it',
    content: fixture('crlf-multiline-note.csv'),
    at: '5 kind',
    says: 'must be one of primary_care',
  },
  // The other two files
  {
    mistake: 'an event naming a clinic id that was renamed',
    file: 'events.csv',
    content: edit('events.csv', 'west-st-paul;annandale', 'west-saint-paul;annandale'),
    at: '2 clinic_ids',
    says: 'names west-saint-paul, which is not an id in the clinics file',
  },
  {
    mistake: 'an event date written in words',
    file: 'events.csv',
    content: edit('events.csv', '2025-11-05,Strike', '"Nov 5, 2025",Strike'),
    at: '2 date',
    says: 'is not a real date',
  },
  {
    mistake: "on_timeline as Excel's TRUE",
    file: 'events.csv',
    content: edit('events.csv', 'maplewood,yes', 'maplewood,TRUE'),
    at: '3 on_timeline',
    says: 'must be yes or no',
  },
  {
    mistake: 'a reported total with words in it',
    file: 'reported.csv',
    content: edit('reported.csv', 'clinics_struck,61,', 'clinics_struck,61 clinics,'),
    at: '2 value',
    says: 'must be a whole number',
  },
  {
    mistake: 'a reported total deleted',
    file: 'reported.csv',
    content: edit('reported.csv', 'clinics_closed,5,https://example.org/h,\n', ''),
    at: '1 measure',
    says: 'the row clinics_closed is missing',
  },
]

/** Every problem line the build prints: `path:LINE column: message` or `path:LINE: message`. */
const PROBLEM = /^\S+\.csv:\d+( [a-z_]+)?: \S/

describe('malformed data is refused with a line-numbered message', () => {
  it('covers at least 25 distinct mistakes', () => {
    expect(new Set(CASES.map((c) => c.mistake)).size).toBe(CASES.length)
    expect(CASES.length).toBeGreaterThanOrEqual(25)
  })

  it.each(CASES)('$mistake', ({ file = 'clinics.csv', content, at, says, alone }) => {
    const dir = mkdtempSync(join(tmpdir(), 'strike-map-malformed-'))
    for (const name of ['clinics.csv', 'events.csv', 'reported.csv'] as const)
      copyFileSync(join(VALID, name), join(dir, name))
    expect(
      runBuild(dir, () => {}),
      'the valid fixture builds',
    ).toBe(true)
    const geojson = join(dir, 'clinics.geojson')
    const good = readFileSync(geojson)

    writeFileSync(join(dir, file), content())
    const out: string[] = []
    expect(runBuild(dir, (l) => out.push(l))).toBe(false)

    const problems = out.filter((l) => l.trim() !== '' && !/^\d+ problem\(s\);/.test(l.trim()))
    const prefix = `${relative(process.cwd(), join(dir, file))}:${at}: `
    expect(
      problems.filter((l) => l.startsWith(prefix) && l.includes(says)),
      `expected "${prefix}… ${says} …" in:\n${problems.join('\n')}`,
    ).toHaveLength(1)
    for (const line of problems) expect(line, 'every problem names its line').toMatch(PROBLEM)
    if (alone) expect(problems, 'one mistake, one message').toHaveLength(1)
    expect(out.at(-1)).toContain('was left as it was')
    expect(readFileSync(geojson).equals(good), 'the published GeoJSON is untouched').toBe(true)
  })
})
