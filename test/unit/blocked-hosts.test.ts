/**
 * The block list of hosts the data may not cite, read and applied without a whole build: the
 * list's own problems, which URLs a listed host blocks, and the messages that point an editor
 * at the cell. Expected values are written by hand from the rules in data/blocked-hosts.txt.
 */
import { describe, expect, it } from 'vitest'
import {
  blockedBy,
  blockedSourceProblems,
  parseBlockList,
} from '../../scripts/lib/blocked-hosts.ts'

const list = (text: string) => parseBlockList({ file: 'hosts.txt', text })

describe('parseBlockList', () => {
  it('reads one host a line with its reason, skipping blanks and comment lines (CRLF too)', () => {
    const read = list(
      '# heading\r\n\r\n   # indented comment\r\n  Particle.NEWS   #  aggregator copy  \r\n',
    )
    expect(read).toEqual({
      hosts: [{ host: 'particle.news', reason: 'aggregator copy' }],
      problems: [],
    })
  })

  it('numbers each problem by its line in the file', () => {
    const read = list('a.example # ok\n\nnohost # no dot\nb.example\nc.example #   \n')
    expect(read.hosts).toEqual([{ host: 'a.example', reason: 'ok' }])
    expect(read.problems).toEqual([
      'hosts.txt:3: "nohost" is not a host name; write one host a line, such as example.com # why',
      'hosts.txt:4: b.example has no reason; add one after #, so an editor knows why',
      'hosts.txt:5: c.example has no reason; add one after #, so an editor knows why',
    ])
  })

  it('takes letters, digits and inner hyphens in each label, nothing else', () => {
    const good = ['ex-ample.com', 'a.b', 'x1.y2.z3', 'news.particle.news']
    const bad = [
      '-bad.com',
      'bad-.com',
      'bad.-com',
      'exa_mple.com',
      'a..b',
      '.a.b',
      'a.b.',
      'http://a.b',
      'a.b/c',
    ]
    for (const host of good) expect(list(`${host} # r`).hosts, host).toHaveLength(1)
    for (const host of bad) expect(list(`${host} # r`).problems, host).toHaveLength(1)
  })
})

describe('blockedBy', () => {
  const hosts = [
    { host: 'particle.news', reason: 'aggregator' },
    { host: 'daily8.com', reason: 'copy' },
  ]

  it('blocks the host and its subdomains, by whole labels', () => {
    expect(blockedBy('https://particle.news/a', hosts)).toEqual(hosts[0])
    expect(blockedBy('https://www.Particle.News/a', hosts)).toEqual(hosts[0])
    expect(blockedBy('http://x.daily8.com/', hosts)).toEqual(hosts[1])
    expect(blockedBy('https://notparticle.news/a', hosts)).toBeUndefined()
    expect(blockedBy('https://particle.news.example.org/a', hosts)).toBeUndefined()
  })

  it('is silent on a value that is not a URL (the schema reports it)', () => {
    expect(blockedBy('particle.news/a', hosts)).toBeUndefined()
    expect(blockedBy('', hosts)).toBeUndefined()
  })

  it('judges an archived copy by the page it archives', () => {
    expect(
      blockedBy('https://web.archive.org/web/20251105/https://particle.news/a', hosts),
    ).toEqual(hosts[0])
    expect(blockedBy('https://web.archive.org/web/2025/http://daily8.com/x', hosts)).toEqual(
      hosts[1],
    )
    expect(
      blockedBy('https://web.archive.org/web/2025/https://www.startribune.com/a', hosts),
    ).toBeUndefined()
    // Only the archive's own path form is unwrapped: another site's /web/ path is that site.
    expect(blockedBy('https://example.org/web/2025/https://particle.news/a', hosts)).toBeUndefined()
    expect(
      blockedBy('https://example.org/web/2025/https://particle.news/a', [
        ...hosts,
        { host: 'example.org', reason: 'r' },
      ])?.host,
    ).toBe('example.org')
  })

  it('unwraps only a path that starts /web/<stamp>/, as the archive writes it', () => {
    const both = [...hosts, { host: 'web.archive.org', reason: 'r' }]
    expect(
      blockedBy('https://web.archive.org/save/web/1/https://www.startribune.com/a', both)?.host,
    ).toBe('web.archive.org')
    expect(
      blockedBy('https://web.archive.org/web/1/https://www.startribune.com/a', both),
    ).toBeUndefined()
  })

  it('judges an archive page with no archived URL by the archive host itself', () => {
    const archive = [{ host: 'web.archive.org', reason: 'r' }]
    expect(blockedBy('https://web.archive.org/web/2025/', archive)?.host).toBe('web.archive.org')
    expect(
      blockedBy('https://web.archive.org/web/2025/https://ok.example/', archive),
    ).toBeUndefined()
  })
})

describe('blockedSourceProblems', () => {
  const hosts = [{ host: 'particle.news', reason: 'aggregator' }]
  const csv = [
    'id,sources,notes',
    'one,https://www.startribune.com/a;https://particle.news/b,fine',
    'two,https://ok.example/,"see https://particle.news/c, and <https://particle.news/d>"',
  ].join('\n')

  it('names each blocked URL by file, line and column, cut at ; , space and brackets', () => {
    expect(blockedSourceProblems([{ file: 'clinics.csv', text: csv }], hosts)).toEqual([
      'clinics.csv:2 sources: cites https://particle.news/b, on a blocked host (particle.news: aggregator); replace it with the original reporting, or drop the fact it alone supports (list: data/blocked-hosts.txt)',
      'clinics.csv:3 notes: cites https://particle.news/c, on a blocked host (particle.news: aggregator); replace it with the original reporting, or drop the fact it alone supports (list: data/blocked-hosts.txt)',
      'clinics.csv:3 notes: cites https://particle.news/d, on a blocked host (particle.news: aggregator); replace it with the original reporting, or drop the fact it alone supports (list: data/blocked-hosts.txt)',
    ])
  })

  it('reads every file given, and finds nothing with an empty list', () => {
    const files = [
      { file: 'a.csv', text: 'x\nhttps://ok.example/' },
      { file: 'b.csv', text: 'y\nhttp://particle.news/z' },
    ]
    expect(blockedSourceProblems(files, hosts)).toEqual([
      'b.csv:2 y: cites http://particle.news/z, on a blocked host (particle.news: aggregator); replace it with the original reporting, or drop the fact it alone supports (list: data/blocked-hosts.txt)',
    ])
    expect(blockedSourceProblems([{ file: 'clinics.csv', text: csv }], [])).toEqual([])
  })
})
