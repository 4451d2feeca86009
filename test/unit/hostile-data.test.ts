/**
 * The hostile edits an independent probe got past the data build (issue 13), one case each:
 * each must be refused with exactly the message written here (by hand, from the layout of
 * test/fixtures/valid: 1 header, 2 west-st-paul, 3 maplewood, 4 annandale), leave every
 * published file byte for byte as it was, and print no control character. The build runs with
 * its date pinned to 2026-12-01 so the date window is fixed.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBuild } from '../../scripts/build-data.ts'

type DataFile = 'clinics.csv' | 'events.csv' | 'reported.csv'

interface Case {
  mistake: string
  file?: DataFile
  content: () => string
  /** The whole expected line after `file:`. */
  problem: string
  /** The only problem printed. */
  alone?: true
}

const VALID = 'test/fixtures/valid'
const TODAY = '2026-12-01'
const valid = (file: DataFile) => readFileSync(join(VALID, file), 'utf8')
const HEADER = valid('clinics.csv').split('\n')[0] ?? ''

function edit(file: DataFile, from: string, to: string): () => string {
  return () => {
    const text = valid(file)
    if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`)
    return text.replace(from, to)
  }
}
const append = (file: DataFile, line: string) => () => `${valid(file)}${line}\n`

const FORMULA = (c: string) =>
  `starts with ${c}, which a spreadsheet runs as a formula; reword it, or write '${c} at its start if it must begin so (the build drops the apostrophe)`
const LOOKALIKE =
  'has a host with non-Latin letters or an xn-- (punycode) name, which can imitate a known site; type the address again from the site, or add the host to ALLOWED_IDN_HOSTS in src/domain/url-rules.ts if it is genuine'
const CREDENTIALS =
  'has a user name or password before the host (the part up to @); a reader would be sent to the host after the @: link the page without it'

const CASES: Case[] = [
  // reported.csv
  {
    mistake: 'an empty reported value (was published as 0)',
    file: 'reported.csv',
    content: edit('reported.csv', 'clinics_struck,61,', 'clinics_struck,,'),
    problem: '2 value: is empty; give the reported number in digits, such as 61',
    alone: true,
  },
  {
    mistake: 'a measure given twice (the last won)',
    file: 'reported.csv',
    content: append('reported.csv', 'clinics_struck,62,https://example.org/g,'),
    problem: '5 measure: clinics_struck is already given on line 2; keep one row per measure',
    alone: true,
  },
  {
    mistake: 'a reported value in hexadecimal (0x3D was read as 61)',
    file: 'reported.csv',
    content: edit('reported.csv', 'clinics_struck,61,', 'clinics_struck,0x3D,'),
    problem: '2 value: must be a whole number written in digits, such as 61',
    alone: true,
  },
  {
    mistake: 'a formula in the reported notes',
    file: 'reported.csv',
    content: edit(
      'reported.csv',
      'clinics_closed,5,https://example.org/h,',
      'clinics_closed,5,https://example.org/h,@SUM(A1:A9)',
    ),
    problem: `3 notes: ${FORMULA('@')}`,
    alone: true,
  },
  // Header
  {
    mistake: 'a duplicated header column (wiped every note)',
    content: () =>
      valid('clinics.csv')
        .split('\n')
        .map((l, i) => (l === '' ? l : i === 0 ? `${l},notes` : `${l},`))
        .join('\n'),
    problem:
      '1 notes: appears twice in the header (columns 24 and 27); delete one of the two columns, keeping the one with the values',
    alone: true,
  },
  {
    mistake: 'a terminal escape code in a header name (printed raw)',
    content: edit('clinics.csv', HEADER, `${HEADER},x\u001b[2J`),
    problem: `1 x\\u001b[2J: unknown column; remove it or rename it to one of: ${HEADER}`,
  },
  // Formulas
  {
    mistake: 'a =HYPERLINK formula in the notes',
    content: edit(
      'clinics.csv',
      '"Notes, with a comma"',
      '"=HYPERLINK(""https://evil.example"",""Notes"")"',
    ),
    problem: `3 notes: ${FORMULA('=')}`,
    alone: true,
  },
  {
    mistake: 'a +cmd DDE payload in a name',
    content: edit('clinics.csv', 'Allina Health Annandale Clinic', "+cmd|' /C calc'!A0"),
    problem: `4 name: ${FORMULA('+')}`,
    alone: true,
  },
  {
    mistake: 'an @SUM formula in the evidence reason',
    content: edit('clinics.csv', 'Rally on strike day.', '@SUM(1+1)*cmd|A0'),
    problem: `2 evidence_reason: ${FORMULA('@')}`,
    alone: true,
  },
  {
    mistake: 'a -2+3+cmd payload in the street',
    content: edit('clinics.csv', '150 East Emerson Avenue', "-2+3+cmd|' /C calc'!A0"),
    problem: `2 street: ${FORMULA('-')}`,
    alone: true,
  },
  {
    mistake: 'an =IMPORTXML formula in an event caption',
    file: 'events.csv',
    content: edit(
      'events.csv',
      'The one-day strike.',
      '"=IMPORTXML(""https://evil.example"",""//a"")"',
    ),
    problem: `2 caption: ${FORMULA('=')}`,
    alone: true,
  },
  {
    mistake: 'a full-width ＝ formula in a title',
    file: 'events.csv',
    content: edit('events.csv', ',Strike,', ',＝1+1,'),
    problem: `2 title: ${FORMULA('＝')}`,
    alone: true,
  },
  // Hidden characters and size
  {
    mistake: 'a zero-width space inside a name (breaks search)',
    content: edit(
      'clinics.csv',
      'Allina Health Annandale Clinic',
      'Allina Health Anna\u200Bndale Clinic',
    ),
    problem:
      '4 name: holds a zero-width space (U+200B) after "...lina Health Anna"; delete it (retype the text around it)',
    alone: true,
  },
  {
    mistake: 'a right-to-left override in a name',
    content: edit(
      'clinics.csv',
      'Allina Health Annandale Clinic',
      'Allina Health \u202EcinilC eladnannA',
    ),
    problem:
      '4 name: holds a bidi control character (U+202E) after "Allina Health ", which can make the text display in a misleading order; delete it',
    alone: true,
  },
  {
    mistake: 'a terminal escape code in the notes',
    content: edit('clinics.csv', '"Notes, with a comma"', '"Notes\u001b[2J, with a comma"'),
    problem: '3 notes: holds a control character (U+001B) after "Notes"; delete it',
    alone: true,
  },
  {
    mistake: 'a line break inside a name',
    content: edit(
      'clinics.csv',
      'Allina Health Annandale Clinic',
      '"Allina Health\nAnnandale Clinic"',
    ),
    problem:
      '4 name: holds a line break after "Allina Health"; write the value on one line (the page shows it as one paragraph)',
    alone: true,
  },
  {
    mistake: 'a tab at the start of a name',
    content: edit(
      'clinics.csv',
      'Allina Health Annandale Clinic',
      '"\tAllina Health Annandale Clinic"',
    ),
    problem: '4 name: holds a tab at the start; delete it (retype the text around it)',
    alone: true,
  },
  {
    mistake: 'a no-break space in a city',
    content: edit('clinics.csv', ',Annandale,MN,', ',Anna\u00A0ndale,MN,'),
    problem: '4 city: holds an unusual space (U+00A0) after "Anna"; type an ordinary space instead',
    alone: true,
  },
  {
    mistake: '100 KB of text in the notes',
    content: edit('clinics.csv', '"Notes, with a comma"', 'x'.repeat(100_000)),
    problem: '3 notes: is 100000 characters long, over the limit of 1500 for notes; shorten it',
    alone: true,
  },
  // Numbers
  {
    mistake: 'a latitude in hexadecimal (0x2D was read as 45)',
    content: edit('clinics.csv', '44.9043372,', '0x2D,'),
    problem: '2 lat: is not a number; write decimal degrees such as 44.9043',
    alone: true,
  },
  // Dates
  {
    mistake: 'row_updated in 2099 (became the page\'s "Updated" date)',
    content: edit('clinics.csv', ',2026-01-02', ',2099-01-01'),
    problem:
      "2 row_updated: is 2099-01-01, after the build's date (2026-12-01); a date that has not happened yet is a typo: check the year",
    alone: true,
  },
  {
    mistake: 'a scheduled closure in 2099 (beyond the slider)',
    content: edit(
      'clinics.csv',
      ',2025-11-05,,,,,https://example.org/d',
      ',2025-11-05,,2099-02-01,scheduled,,https://example.org/d',
    ),
    problem:
      "4 closed_on: is 2099-02-01, more than 12 months after the build's date (2026-12-01); check the year",
    alone: true,
  },
  {
    mistake: 'a timeline event in 1901',
    file: 'events.csv',
    content: edit('events.csv', '2025-11-05,Strike', '1901-11-05,Strike'),
    problem: '2 date: is 1901-11-05, before 2000-01-01; check the year',
    alone: true,
  },
  {
    mistake: 'a timeline event in 2999',
    file: 'events.csv',
    content: edit('events.csv', '2025-09,Closures', '2999-09,Closures'),
    problem:
      "3 date: is 2999-09, more than 12 months after the build's date (2026-12-01); check the year",
    alone: true,
  },
  // URLs
  {
    mistake: 'a source with credentials',
    content: edit('clinics.csv', 'https://example.org/a;', 'https://user:pass@example.org/a;'),
    problem: `2 sources: ${CREDENTIALS}`,
    alone: true,
  },
  {
    mistake: 'a source with deceptive user info (startribune.com@evil.example)',
    content: edit(
      'clinics.csv',
      'https://example.org/a;',
      'https://www.startribune.com@evil.example/a;',
    ),
    problem: `2 sources: ${CREDENTIALS}`,
    alone: true,
  },
  {
    mistake: 'a look-alike host with a Cyrillic а',
    content: edit('clinics.csv', 'https://example.org/a;', 'https://www.st\u0430rtribune.com/a;'),
    problem: `2 sources: ${LOOKALIKE}`,
    alone: true,
  },
  {
    mistake: 'a punycode host',
    content: edit('clinics.csv', 'https://example.org/d', 'https://www.xn--strtribune-9jb.com/d'),
    problem: `4 sources: ${LOOKALIKE}`,
    alone: true,
  },
  {
    mistake: 'a backslash that moves the host',
    content: edit(
      'clinics.csv',
      'https://example.org/hifld.csv',
      'https://evil.example\\@example.org/hifld.csv',
    ),
    problem: '2 coord_source_url: holds a backslash, which browsers read as /; write / instead',
    alone: true,
  },
  {
    mistake: 'a source on a numeric IP address',
    content: edit('clinics.csv', 'https://example.org/d', 'https://203.0.113.9/d'),
    problem: '4 sources: names its host by an IP address; link the site by its name',
    alone: true,
  },
  {
    mistake: 'a 2,100-character source address',
    content: edit(
      'clinics.csv',
      'https://example.org/d',
      `https://example.org/${'d'.repeat(2080)}`,
    ),
    problem:
      '4 sources: is 2100 characters long, over the limit of 2000; link the article itself, not a search or a data export',
    alone: true,
  },
  {
    mistake: 'a 200,000-character source cell',
    content: edit(
      'clinics.csv',
      'https://example.org/d',
      `https://example.org/${'d'.repeat(199_980)}`,
    ),
    problem: '4 sources: is 200000 characters long, over the limit of 8000 for sources; shorten it',
    alone: true,
  },
  // Duplicates and cascades
  {
    mistake: 'the same source twice in a row',
    content: edit(
      'clinics.csv',
      'https://example.org/a;https://example.org/b',
      'https://example.org/a;https://example.org/a',
    ),
    problem: '2 sources: lists https://example.org/a twice; keep it once',
    alone: true,
  },
  {
    mistake: 'the same timeline event twice',
    file: 'events.csv',
    content: append(
      'events.csv',
      '2025-11-05,Strike,The one-day strike.,west-st-paul,yes,https://example.org/e',
    ),
    problem:
      '4 title: repeats the event on line 2 (same date and title); delete one of the two rows',
    alone: true,
  },
  {
    mistake: 'a bad id, which must not cascade into events.csv',
    content: edit('clinics.csv', 'west-st-paul,Allina', 'West St Paul,Allina'),
    problem: '2 id: must be a lower-case slug such as coon-rapids',
    alone: true,
  },
  {
    mistake: 'a lone-CR file (old Mac export) with a two-line note and a mistake after it',
    content: () =>
      readFileSync('test/fixtures/malformed/crlf-multiline-note.csv', 'utf8').replace(
        /\r\n/g,
        '\r',
      ),
    problem: '5 kind: must be one of primary_care, urgent_care, both, unknown',
    alone: true,
  },
]

/** Builds the valid fixture in a temp folder; returns it and its published files' bytes. */
function publishedValid() {
  const dir = mkdtempSync(join(tmpdir(), 'strike-map-hostile-'))
  for (const name of ['clinics.csv', 'events.csv', 'reported.csv'] as const)
    copyFileSync(join(VALID, name), join(dir, name))
  writeFileSync(
    join(dir, 'README.md'),
    '# Data\n<!-- coverage:start (written by npm run data; do not edit) -->\n<!-- coverage:end -->\n',
  )
  expect(
    runBuild(dir, () => {}, { today: TODAY }),
    'the valid fixture builds',
  ).toBe(true)
  const published = ['clinics.geojson', 'README.md', 'download/clinics.csv'].map((n) =>
    readFileSync(join(dir, n)),
  )
  return { dir, published }
}

describe('hostile edits are refused with an exact message', () => {
  it.each(CASES)('$mistake', ({ file = 'clinics.csv', content, problem, alone }) => {
    const { dir, published } = publishedValid()
    writeFileSync(join(dir, file), content())
    const out: string[] = []
    expect(runBuild(dir, (l) => out.push(l), { today: TODAY })).toBe(false)
    const problems = out.filter((l) => l.trim() !== '' && !/^\d+ problem\(s\);/.test(l.trim()))
    const expected = `${relative(process.cwd(), join(dir, file))}:${problem}`
    expect(problems).toContain(expected)
    if (alone) expect(problems, 'one mistake, one message').toEqual([expected])
    // Nothing unprintable reaches the terminal (the summary's own leading newline aside).
    for (const line of out) expect(line.replace(/^\n/, '')).not.toMatch(/[\p{Cc}\p{Cf}]/u)
    const after = ['clinics.geojson', 'README.md', 'download/clinics.csv'].map((n) =>
      readFileSync(join(dir, n)),
    )
    after.forEach((bytes, i) => expect(bytes.equals(published[i] ?? Buffer.alloc(0))).toBe(true))
    expect(existsSync(join(dir, '.build.lock')), 'the lock is released').toBe(false)
  })
})

describe("the page's schema refuses the same in served data", () => {
  // The page parses the GeoJSON with the same schema: a file edited after the build, or served
  // by someone else, is refused rather than drawn.
  const published = () =>
    JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as {
      features: { properties: Record<string, unknown> }[]
    }
  it.each([
    [
      'name',
      'Allina Health \u202EcinilC\u202C Clinic',
      'holds an invisible, control or bidi character; delete it',
    ],
    ['name', 'Rich\u200Bfield Clinic', 'holds an invisible, control or bidi character; delete it'],
    ['sources', ['https://www.startribune.com@evil.example/x'], CREDENTIALS],
    ['sources', ['https://www.st\u0430rtribune.com/x'], LOOKALIKE],
  ] as const)('%s = %j', async (field, value, message) => {
    const { DatasetSchema } = await import('../../src/domain/clinic-schema.ts')
    const d = published()
    const first = d.features[0]
    if (!first) throw new Error('data/clinics.geojson has no features')
    first.properties[field] = value
    const result = DatasetSchema.safeParse(d)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.message)).toContain(message)
  })
})
