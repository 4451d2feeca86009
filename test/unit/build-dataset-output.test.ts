/**
 * What scripts/lib/build-dataset.ts publishes, on tiny inputs built in each test
 * (test/unit/tiny-build.ts; milliseconds a build): features sorted and rounded, properties in
 * the schema's order, the summary counted by hand from the rows, events by day, the change log,
 * the download in the editor's order; and the events, reported totals and blocked hosts refused
 * with their file, line and column.
 */
import { describe, expect, it } from 'vitest'
import { CITY, clinic, datasetOf, EVENT, problemsOf, REPORTED, ZIP } from './tiny-build.ts'

const THREE = () => [clinic(), clinic({}, CITY), clinic({}, ZIP)]

describe('the published dataset', () => {
  it('sorts features by id, places city and ZIP rows from the gazetteer, rounds points to 6 decimals', () => {
    const { dataset } = datasetOf({ clinics: THREE() })
    expect(dataset.type).toBe('FeatureCollection')
    expect(
      dataset.features.map((f) => [f.type, f.id, f.geometry.type, f.geometry.coordinates]),
    ).toEqual([
      ['Feature', 'annandale', 'Point', [-94.12443, 45.26274]],
      ['Feature', 'maplewood', 'Point', [-93.0228, 45.0309]],
      ['Feature', 'west-st-paul', 'Point', [-93.078419, 44.904337]],
    ])
    const [annandale, maplewood] = dataset.features.map((f) => f.properties)
    expect([annandale?.coord_source, annandale?.coord_source_url]).toEqual([
      'GeoNames: Annandale',
      'https://www.geonames.org/5016884',
    ])
    expect([maplewood?.coord_source, maplewood?.coord_source_url]).toEqual([
      'Census ZCTA 55109 centroid',
      'https://www.census.gov/zcta',
    ])
  })

  it("writes each row's properties in the schema's order, leaving out empty cells", () => {
    const { dataset } = datasetOf({ clinics: [clinic({ notes: 'A note.' })] })
    const p = dataset.features[0]?.properties
    expect(Object.keys(p ?? {})).toEqual([
      'id',
      'name',
      'name_basis',
      'kind',
      'street',
      'city',
      'state',
      'zip',
      'precision',
      'coord_source',
      'coord_source_url',
      'coord_year',
      'evidence',
      'evidence_reason',
      'last_seen_open',
      'picketed_on',
      'struck_on',
      'notes',
      'sources',
      'row_updated',
    ])
    expect(p).toMatchObject({
      coord_year: 2009,
      last_seen_open: 2025,
      picketed_on: ['2025-06-03', '2025-11-05'],
      sources: ['https://example.org/a', 'https://example.org/b'],
      notes: 'A note.',
    })
  })

  it('counts the summary from the rows', () => {
    const { dataset } = datasetOf({ clinics: THREE() })
    expect(dataset.summary).toMatchObject({
      // The latest row_updated of the three (2026-01-02, 2025-12-31, 2026-01-01).
      updated: '2026-01-02',
      reported: {
        struck: 61,
        struck_sources: ['https://example.org/g'],
        closures: 5,
        closures_sources: ['https://example.org/h'],
        clinicians: 600,
        clinicians_sources: ['https://example.org/i'],
      },
      total: 3,
      by_evidence: { confirmed: 2, inferred: 0, unverified: 0, unlikely: 0, closed_before: 1 },
      by_precision: { point: 1, zip: 1, city: 1 },
      identified: 2,
      closures: 1,
    })
    expect(dataset.summary.reported).not.toHaveProperty('disagreeing')
    // Maplewood closed; of the two still open, West St. Paul is the near one (Annandale is 70 mi off).
    expect(dataset.summary.closure_effects?.map((e) => [e.closed, e.nearest])).toEqual([
      ['maplewood', 'west-st-paul'],
    ])
  })

  it('takes the latest row_updated wherever its row is', () => {
    const rows = [
      clinic({ row_updated: '2025-12-31' }),
      clinic({ row_updated: '2026-03-04' }, CITY),
      clinic({ row_updated: '2026-01-01' }, ZIP),
    ]
    expect(datasetOf({ clinics: rows }).dataset.summary.updated).toBe('2026-03-04')
  })

  it('counts inferred rows as identified, and every closed row as a closure', () => {
    const inferred = clinic({ id: 'blaine', evidence: 'inferred' })
    const scheduled = clinic({
      id: 'chaska',
      closure_announced_on: '2025-10',
      closed_on: '2026-02-01',
      closed_basis: 'scheduled',
      struck_on: '2025-11-05',
    })
    const { summary } = datasetOf({ clinics: [clinic(), inferred, scheduled] }).dataset
    expect(summary.by_evidence).toMatchObject({ confirmed: 2, inferred: 1 })
    expect([summary.identified, summary.closures, summary.total]).toEqual([3, 1, 3])
  })

  it('publishes a disagreeing count beside the totals', () => {
    const reported = [
      ...REPORTED,
      'clinics_struck_disagreeing,56,https://example.org/j,FOX 9 gave 56 in 2023.',
    ]
    expect(datasetOf({ reported }).dataset.summary.reported.disagreeing).toEqual([
      {
        measure: 'clinics_struck',
        value: 56,
        sources: ['https://example.org/j'],
        note: 'FOX 9 gave 56 in 2023.',
      },
    ])
  })

  it('sorts events by day, a month-only date at its last day, and reads on_timeline', () => {
    const { events } = datasetOf({
      clinics: THREE(),
      events: [
        EVENT,
        '2025-09,Closures reported,Closures were reported.,maplewood,no,https://example.org/f',
        '2025-06-03,Pickets,Dawn pickets.,,yes,https://example.org/p',
      ],
    }).dataset
    expect(events.map((e) => [e.date, e.day, e.title, e.on_timeline, e.clinic_ids])).toEqual([
      ['2025-06-03', '2025-06-03', 'Pickets', true, []],
      ['2025-09', '2025-09-30', 'Closures reported', false, ['maplewood']],
      ['2025-11-05', '2025-11-05', 'Strike', true, ['west-st-paul']],
    ])
    expect(events[2]).toEqual({
      date: '2025-11-05',
      day: '2025-11-05',
      title: 'Strike',
      caption: 'The one-day strike.',
      clinic_ids: ['west-st-paul'],
      on_timeline: true,
      sources: ['https://example.org/e'],
    })
  })

  it('keeps events of the same day in file order', () => {
    const rally = '2025-11-05,Rally,A rally.,,yes,https://example.org/r'
    const titles = (events: string[]) => datasetOf({ events }).dataset.events.map((e) => e.title)
    expect(titles([EVENT, rally])).toEqual(['Strike', 'Rally'])
    expect(titles([rally, EVENT])).toEqual(['Rally', 'Strike'])
  })

  it('publishes the change log only when there is one', () => {
    const changes = {
      file: 'data/changes.csv',
      text: 'date,clinic_ids,what_changed,sources\n2026-01-02,west-st-paul,Added West St. Paul.,https://example.org/a\n',
    }
    expect(datasetOf({ extra: { changes } }).dataset.changes).toEqual([
      {
        date: '2026-01-02',
        clinic_ids: ['west-st-paul'],
        what_changed: 'Added West St. Paul.',
        sources: ['https://example.org/a'],
      },
    ])
    expect(datasetOf().dataset).not.toHaveProperty('changes')
  })

  it("writes the download from the checked rows, in the editor's order, formula-safe", () => {
    const { download, dataset } = datasetOf({
      clinics: [clinic({}, ZIP), clinic({ notes: "'=not a formula" })],
    })
    const lines = download.split('\n')
    expect(lines[0]).toMatch(
      /^id,name,name_basis,kind,street,city,state,zip,precision,lat,lon,coord_source,/,
    )
    expect(lines[1]).toMatch(/^maplewood,/)
    expect(lines[2]).toMatch(/^west-st-paul,.*,'=not a formula,https:\/\/example\.org\/a;/)
    expect(lines).toHaveLength(4) // header, two rows, the empty string after the last LF
    expect(dataset.features.find((f) => f.id === 'west-st-paul')?.properties.notes).toBe(
      '=not a formula',
    )
  })
})

describe('events refused', () => {
  const events = (...rows: string[]) => problemsOf({ events: rows })

  it('refuses an on_timeline that is not yes or no', () => {
    expect(events(EVENT.replace(',yes,', ',TRUE,'))).toEqual([
      'data/events.csv:2 on_timeline: must be yes or no',
    ])
    expect(events(EVENT.replace(',yes,', ',,'))).toEqual([
      'data/events.csv:2 on_timeline: must be yes or no',
    ])
  })

  it('refuses a clinic id the clinics file does not have, or one named twice', () => {
    expect(events(EVENT.replace('west-st-paul', 'west-saint-paul'))).toEqual([
      'data/events.csv:2 clinic_ids: names west-saint-paul, which is not an id in the clinics file',
    ])
    expect(events(EVENT.replace('west-st-paul', 'west-st-paul;west-st-paul'))).toEqual([
      'data/events.csv:2 clinic_ids: lists west-st-paul twice; keep it once',
    ])
  })

  it('does not judge event ids when a clinic id was itself refused', () => {
    const problems = problemsOf({
      clinics: [clinic({ id: 'West St Paul' })],
      events: [EVENT.replace('west-st-paul', 'nowhere')],
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^data\/clinics\.csv:2 id: must be a lower-case slug/)
  })

  it('reports a date that is not a date once, under date', () => {
    expect(events(EVENT.replace('2025-11-05,', '"Nov 5, 2025",'))).toEqual([
      expect.stringMatching(/^data\/events\.csv:2 date: /),
    ])
    expect(events(EVENT.replace('2025-11-05,', '2025-11-31,'))).toEqual([
      expect.stringMatching(/^data\/events\.csv:2 date: /),
    ])
  })

  it('refuses an event planned more than a year ahead', () => {
    expect(events(EVENT.replace('2025-11-05,', '2028-01-01,'))).toEqual([
      "data/events.csv:2 date: is 2028-01-01, more than 12 months after the build's date (2026-12-01); check the year",
    ])
  })

  it('refuses an event without a source, and one with a source twice', () => {
    expect(events(EVENT.replace(',https://example.org/e', ','))).toEqual([
      'data/events.csv:2 sources: is empty; every event needs at least one source URL',
    ])
    expect(events(`${EVENT};https://example.org/e`)).toEqual([
      'data/events.csv:2 sources: lists https://example.org/e twice; keep it once',
    ])
  })

  it('refuses the same event twice (same day and title), naming the first line', () => {
    expect(events(EVENT, EVENT.replace('The one-day', 'Another'))).toEqual([
      'data/events.csv:3 title: repeats the event on line 2 (same date and title); delete one of the two rows',
    ])
    // A month-only date is its month's last day: the same day as 2025-11-30.
    const a = '2025-11,Talks,Talks.,,yes,https://example.org/t'
    const b = '2025-11-30,Talks,More talks.,,yes,https://example.org/u'
    expect(events(EVENT, a, b)).toEqual([
      'data/events.csv:4 title: repeats the event on line 3 (same date and title); delete one of the two rows',
    ])
    expect(
      datasetOf({ events: [EVENT, EVENT.replace(',Strike,', ',Strike day,')] }).dataset.events,
    ).toHaveLength(2)
  })
})

describe('reported totals refused', () => {
  it('refuses a total that is not digits, and a source listed twice', () => {
    expect(
      problemsOf({
        reported: [
          REPORTED[0] ?? '',
          'clinics_struck,61 clinics,https://example.org/g,',
          ...REPORTED.slice(2),
        ],
      }),
    ).toEqual(['data/reported.csv:2 value: must be a whole number written in digits, such as 61'])
    expect(
      problemsOf({
        reported: [
          REPORTED[0] ?? '',
          'clinics_struck,61,https://example.org/g;https://example.org/g,',
          ...REPORTED.slice(2),
        ],
      }),
    ).toEqual(['data/reported.csv:2 sources: lists https://example.org/g twice; keep it once'])
  })

  it('refuses a missing total, and a bad disagreeing row', () => {
    expect(problemsOf({ reported: REPORTED.slice(0, 3) })).toEqual([
      'data/reported.csv:1 measure: the row clinicians_struck is missing; add it with its value and sources',
    ])
    expect(
      problemsOf({
        reported: [...REPORTED, 'clinics_struck_disagreeing,,https://example.org/j,n'],
      }),
    ).toEqual(['data/reported.csv:5 value: must be a whole number'])
  })

  it('refuses an empty reported file', () => {
    expect(problemsOf({ reportedText: '' })).toEqual([
      'data/reported.csv:1: the file is empty; it needs a header row and at least one row',
    ])
  })
})

describe('blocked hosts', () => {
  const hosts = (text: string) => ({ blockedHosts: { file: 'data/blocked-hosts.txt', text } })
  const CITE = (file: string, line: number, column: string, url: string) =>
    `${file}:${line} ${column}: cites ${url}, on a blocked host (particle.news: copy); replace it with the original reporting, or drop the fact it alone supports (list: data/blocked-hosts.txt)`

  it('refuses a blocked host in any file, the change log included, and a bad line of the list', () => {
    const changes = {
      file: 'data/changes.csv',
      text: 'date,clinic_ids,what_changed,sources\n2026-01-02,,Added.,https://particle.news/c\n',
    }
    expect(
      problemsOf({
        clinics: [clinic({ sources: 'https://particle.news/a' })],
        events: [EVENT.replace('https://example.org/e', 'https://www.particle.news/e')],
        reported: [
          REPORTED[0] ?? '',
          'clinics_struck,61,https://particle.news/g,',
          ...REPORTED.slice(2),
        ],
        extra: { ...hosts('particle.news # copy\nnot a host # x\n'), changes },
      }),
    ).toEqual([
      'data/blocked-hosts.txt:2: "not a host" is not a host name; write one host a line, such as example.com # why',
      CITE('data/clinics.csv', 2, 'sources', 'https://particle.news/a'),
      CITE('data/events.csv', 2, 'sources', 'https://www.particle.news/e'),
      CITE('data/reported.csv', 2, 'sources', 'https://particle.news/g'),
      CITE('data/changes.csv', 2, 'sources', 'https://particle.news/c'),
    ])
  })

  it('checks the three files when there is no change log, and nothing without a list', () => {
    const clinics = [clinic({ sources: 'https://particle.news/a' })]
    expect(problemsOf({ clinics, extra: hosts('particle.news # copy\n') })).toEqual([
      CITE('data/clinics.csv', 2, 'sources', 'https://particle.news/a'),
    ])
    expect(datasetOf({ clinics }).dataset.features).toHaveLength(1)
  })
})

describe('the date window', () => {
  it("defaults to the build's own day", () => {
    const today = new Date().toISOString().slice(0, 10)
    const r = problemsOf({
      clinics: [clinic({ row_updated: '2099-01-01' })],
      extra: { today: undefined },
    })
    expect(r).toEqual([
      `data/clinics.csv:2 row_updated: is 2099-01-01, after the build's date (${today}); a date that has not happened yet is a typo: check the year`,
    ])
  })

  it('judges change-log dates against the same day', () => {
    const changes = {
      file: 'data/changes.csv',
      text: 'date,clinic_ids,what_changed,sources\n2026-12-02,,Tomorrow.,https://example.org/a\n',
    }
    expect(problemsOf({ extra: { changes } })).toEqual([
      'data/changes.csv:2 date: is after today (2026-12-01); date a change on the day it was made',
    ])
  })

  it('judges change-log ids against the clinics, unless the clinics could not be read', () => {
    const changes = {
      file: 'data/changes.csv',
      text: 'date,clinic_ids,what_changed,sources\n2026-01-02,nowhere,Changed.,https://example.org/a\n',
    }
    expect(problemsOf({ extra: { changes } })).toEqual([
      'data/changes.csv:2 clinic_ids: names nowhere, which is not an id in the clinics file; for a removed clinic, leave it out here and name it in what_changed',
    ])
  })
})
