/**
 * The blocked-host list, the change log and the disagreeing measures (issue 11, points 4, 5, 7),
 * and the plain-words position note (point 3). Expected values are hand-written. A green run
 * does not prove the page shows these things: that is the UI's tests' part.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runBuild } from '../../scripts/build-data.ts'
import { blockedBy, parseBlockList } from '../../scripts/lib/blocked-hosts.ts'
import { buildDataset, type BuildInput } from '../../scripts/lib/build-dataset.ts'
import { unloggedChangeWarning } from '../../scripts/lib/change-warning.ts'
import { loadGazetteer, type Gazetteer } from '../../scripts/lib/gazetteer.ts'
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { isApproximatePosition, positionNote } from '../../src/domain/position-note.ts'
import { CURRENT_SINCE_YEAR } from '../../src/domain/story.ts'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

const file = (dir: string, name: string) => ({
  file: `${dir}/${name}`,
  text: readFileSync(`${dir}/${name}`, 'utf8'),
})

function valid(extra: Partial<BuildInput> = {}): BuildInput {
  const dir = 'test/fixtures/valid'
  return {
    clinics: file(dir, 'clinics.csv'),
    events: file(dir, 'events.csv'),
    reported: file(dir, 'reported.csv'),
    gazetteer,
    ...extra,
  }
}

const problemsOf = (input: BuildInput) => {
  const r = buildDataset(input)
  return r.ok ? [] : r.problems
}

describe('blocked source hosts', () => {
  const b = 'test/fixtures/blocked'
  const input = (): BuildInput => ({
    clinics: file(b, 'clinics.csv'),
    events: file(b, 'events.csv'),
    reported: file(b, 'reported.csv'),
    blockedHosts: file(b, 'blocked-hosts.txt'),
    gazetteer,
  })

  it('rejects a source on a blocked host or its subdomain, or archived from one, with its line', () => {
    const problems = problemsOf(input())
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(
      /^test\/fixtures\/blocked\/clinics\.csv:3 sources: cites https:\/\/news\.particle\.news\/story\/x, on a blocked host \(particle\.news: an AI summary of other outlets' stories\); replace it with the original reporting/,
    )
    expect(problems[1]).toMatch(
      /^test\/fixtures\/blocked\/events\.csv:3 sources: cites https:\/\/web\.archive\.org\/web\/2025\/http:\/\/tnnews\.ai\/stories\/1, on a blocked host \(tnnews\.ai:/,
    )
  })

  it('npm run data reads data/blocked-hosts.txt and leaves the GeoJSON alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blocked-'))
    cpSync(b, dir, { recursive: true })
    const out: string[] = []
    expect(runBuild(dir, (l) => out.push(l))).toBe(false)
    expect(out.join('\n')).toMatch(/clinics\.csv:3 sources: cites https:\/\/news\.particle\.news/)
  })

  it('builds the same files once the list is empty', () => {
    const r = buildDataset({ ...input(), blockedHosts: { file: 'x.txt', text: '# nothing\n' } })
    expect(r.ok).toBe(true)
  })

  it('matches whole host labels only', () => {
    const hosts = [{ host: 'particle.news', reason: 'r' }]
    expect(blockedBy('https://particle.news/a', hosts)?.host).toBe('particle.news')
    expect(blockedBy('https://www.particle.news/a', hosts)?.host).toBe('particle.news')
    expect(blockedBy('https://notparticle.news/a', hosts)).toBeUndefined()
    expect(blockedBy('https://particle.news.example.org/a', hosts)).toBeUndefined()
    expect(blockedBy('https://web.archive.org/web/2025/http://particle.news/a', hosts)).toBeTruthy()
  })

  it('reads the list with line-numbered problems for a bad line or a missing reason', () => {
    const list = parseBlockList({
      file: 'data/blocked-hosts.txt',
      text: '# header\nok.example # fine\nnot a host # bad\nbare.example\n',
    })
    expect(list.hosts).toEqual([{ host: 'ok.example', reason: 'fine' }])
    expect(list.problems).toEqual([
      'data/blocked-hosts.txt:3: "not a host" is not a host name; write one host a line, such as example.com # why',
      'data/blocked-hosts.txt:4: bare.example has no reason; add one after #, so an editor knows why',
    ])
  })

  it('blocks the hosts issue 11 names, and data/ cites none of them', () => {
    const list = parseBlockList(file('data', 'blocked-hosts.txt'))
    expect(list.problems).toEqual([])
    const names = list.hosts.map((h) => h.host)
    for (const h of [
      'ard.arcamaxmails.com',
      'brightgram.com',
      'particle.news',
      'tnnews.ai',
      'gkii.online',
      'daily8.com',
      'github.com',
    ])
      expect(names).toContain(h)
    for (const name of ['clinics.csv', 'events.csv', 'reported.csv', 'changes.csv']) {
      const urls = readFileSync(`data/${name}`, 'utf8').match(/https?:\/\/[^\s;,"]+/g) ?? []
      expect(
        urls.filter((u) => blockedBy(u, list.hosts)),
        name,
      ).toEqual([])
    }
  })
})

describe('the change log', () => {
  const changes = (text: string) => ({
    changes: { file: 'data/changes.csv', text: `date,clinic_ids,what_changed,sources\n${text}` },
    today: '2026-12-01',
  })

  it('is published newest first', () => {
    const r = buildDataset(
      valid(
        changes(
          '2026-01-02,maplewood,Older.,https://example.org/a\n2026-12-01,,Newer.,https://example.org/b\n',
        ),
      ),
    )
    if (!r.ok) throw new Error(r.problems.join('\n'))
    expect(r.dataset.changes?.map((c) => c.what_changed)).toEqual(['Newer.', 'Older.'])
    expect(r.dataset.changes?.[1]).toEqual({
      date: '2026-01-02',
      clinic_ids: ['maplewood'],
      what_changed: 'Older.',
      sources: ['https://example.org/a'],
    })
  })

  it('refuses impossible, early or future dates, unknown ids and plain-http sources', () => {
    const problems = problemsOf(
      valid(
        changes(
          [
            '2026-02-30,,A.,https://example.org/a',
            '2019-05-01,,B.,https://example.org/b',
            '2026-12-02,,C.,https://example.org/c',
            '2026-11-01,shoreview,D.,https://example.org/d',
            '2026-11-01,,E.,http://example.org/e',
          ].join('\n'),
        ),
      ),
    )
    expect(problems).toEqual([
      'data/changes.csv:2 date: is not a real date; write YYYY-MM-DD, for example 2025-11-05',
      'data/changes.csv:3 date: is before 2023-08-01, when the dispute began; check the year',
      'data/changes.csv:4 date: is after today (2026-12-01); date a change on the day it was made',
      'data/changes.csv:5 clinic_ids: names shoreview, which is not an id in the clinics file; for a removed clinic, leave it out here and name it in what_changed',
      'data/changes.csv:6 sources: must be a full https:// address',
    ])
  })

  it('the committed log names only real clinics and is dated 2023-08 or later', () => {
    const text = readFileSync('data/changes.csv', 'utf8')
    const r = buildDataset(valid({ changes: { file: 'data/changes.csv', text } }))
    // The valid fixture has three clinics only, so unknown ids are expected here: what matters
    // is that nothing else is wrong with the file's rows.
    const other = (r.ok ? [] : r.problems).filter((p) => !p.includes('not an id'))
    expect(other).toEqual([])
  })

  const dataset = (features: Dataset['features'], log: Dataset['changes'] = []): Dataset =>
    ({ features, changes: log }) as unknown as Dataset
  /** Two features of the valid fixture, built once the gazetteer is loaded. */
  const twoFeatures = () => {
    const built = buildDataset(valid())
    if (!built.ok) throw new Error(built.problems.join('\n'))
    return built.dataset.features
  }
  const entry = { date: '2026-12-01', clinic_ids: [], what_changed: 'x', sources: [] }

  it('warns when a clinic row changed and the log gained no entry', () => {
    const [a, b] = twoFeatures()
    const edited = { ...b!, properties: { ...b!.properties, notes: 'New note.' } }
    expect(unloggedChangeWarning(dataset([a!, b!]), dataset([a!, edited]))).toBe(
      'warning: 1 clinic row(s) changed (maplewood) but data/changes.csv has no new entry; add a line saying what changed, for whom, and on what source',
    )
    expect(unloggedChangeWarning(dataset([a!, b!]), dataset([a!]))).toContain('(maplewood)')
  })

  it('npm run data prints the warning after a row edit, and still writes the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changes-'))
    cpSync('test/fixtures/valid', dir, { recursive: true })
    expect(runBuild(dir, () => {})).toBe(true)
    const csv = join(dir, 'clinics.csv')
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('Notes, with a comma', 'Edited notes'))
    const out: string[] = []
    expect(runBuild(dir, (l) => out.push(l))).toBe(true)
    expect(out).toContain(
      'warning: 1 clinic row(s) changed (maplewood) but data/changes.csv has no new entry; add a line saying what changed, for whom, and on what source',
    )
    expect(readFileSync(join(dir, 'clinics.geojson'), 'utf8')).toContain('Edited notes')
  })

  it('is quiet when nothing changed, or when the log has a new entry', () => {
    const [a, b] = twoFeatures()
    const edited = { ...b!, properties: { ...b!.properties, notes: 'New note.' } }
    expect(unloggedChangeWarning(dataset([a!, b!]), dataset([a!, b!]))).toBeUndefined()
    expect(unloggedChangeWarning(dataset([a!, b!]), dataset([a!, edited], [entry]))).toBeUndefined()
  })
})

describe('a disagreeing measure', () => {
  const reported = (row: string) => ({
    reported: {
      file: 'r.csv',
      text: readFileSync('test/fixtures/valid/reported.csv', 'utf8') + row,
    },
  })

  it('is published beside the measure it disagrees with', () => {
    const r = buildDataset(
      valid(reported('clinics_struck_disagreeing,56,https://example.org/fox9,FOX 9 said 56.\n')),
    )
    if (!r.ok) throw new Error(r.problems.join('\n'))
    expect(r.dataset.summary.reported.struck).toBe(61)
    expect(r.dataset.summary.reported.disagreeing).toEqual([
      {
        measure: 'clinics_struck',
        value: 56,
        sources: ['https://example.org/fox9'],
        note: 'FOX 9 said 56.',
      },
    ])
  })

  it('names the measures it may disagree with', () => {
    expect(
      problemsOf(valid(reported('clinics_disagreeing,56,https://example.org/x,N.\n'))),
    ).toEqual([
      'r.csv:5 measure: must be one of clinics_struck_disagreeing, clinics_closed_disagreeing, clinicians_struck_disagreeing',
    ])
  })
})

describe('positionNote', () => {
  it('shares its cut-off with the inferred-evidence rule', () => {
    expect(CURRENT_SINCE_YEAR).toBe(2020)
  })

  it('says in plain words how old the record behind a point is', () => {
    const old = { precision: 'point', city: 'Coon Rapids', coord_year: 2009 } as const
    expect(positionNote(old)).toBe(
      'Approximate: the address is from a 2009 record, not checked since.',
    )
    expect(isApproximatePosition(old)).toBe(true)
    const recent = { precision: 'point', city: 'Buffalo', coord_year: 2026 } as const
    expect(positionNote(recent)).toBe('At the address, from a 2026 source.')
    expect(isApproximatePosition(recent)).toBe(false)
  })

  it('says where a centred marker stands, and the age of an old address', () => {
    expect(positionNote({ precision: 'city', city: 'Annandale' })).toBe(
      'Approximate: placed at the centre of Annandale; no street address was found.',
    )
    expect(
      positionNote({
        precision: 'city',
        city: 'St. Paul',
        street: '1021 Bandana Blvd. E.',
        coord_year: 2012,
      }),
    ).toBe(
      'Approximate: placed at the centre of St. Paul, not at the address (1021 Bandana Blvd. E., from a 2012 record not checked since).',
    )
    expect(
      positionNote({
        precision: 'zip',
        city: 'Maplewood',
        zip: '55109',
        street: '1 A St',
        coord_year: 2022,
      }),
    ).toBe('Approximate: placed at the centre of ZIP code 55109, not at the address (1 A St).')
    expect(isApproximatePosition({ precision: 'zip', city: 'Maplewood', zip: '55109' })).toBe(true)
  })

  it('uses no desk jargon', () => {
    const note = positionNote({ precision: 'point', city: 'X', coord_year: 2009 })
    expect(note).not.toMatch(/HIFLD|NAVTEQ|geocode|centroid|GeoNames/i)
  })
})
