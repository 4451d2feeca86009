/**
 * The hosts the data may not cite (data/blocked-hosts.txt) and the check that finds them in any
 * value of any data file: an aggregator's copy of a story, a machine-written summary, a file in
 * someone's code repository. A desk cites the outlet that did the reporting. Pure: the caller
 * reads the files.
 */
import { readCsv } from './csv.ts'

export interface BlockedHost {
  host: string
  reason: string
}

export interface BlockList {
  hosts: BlockedHost[]
  problems: string[]
}

const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/

/** One host a line, `# reason` after it; blank lines and lines starting with # are skipped. */
export function parseBlockList(source: { file: string; text: string }): BlockList {
  const hosts: BlockedHost[] = []
  const problems: string[] = []
  source.text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const hash = line.indexOf('#')
    const host = (hash < 0 ? line : line.slice(0, hash)).trim().toLowerCase()
    const reason = hash < 0 ? '' : line.slice(hash + 1).trim()
    if (!HOST.test(host))
      problems.push(
        `${source.file}:${i + 1}: "${host}" is not a host name; write one host a line, such as example.com # why`,
      )
    else if (reason === '')
      problems.push(
        `${source.file}:${i + 1}: ${host} has no reason; add one after #, so an editor knows why`,
      )
    else hosts.push({ host, reason })
  })
  return { hosts, problems }
}

/** The entry that blocks this URL's host (the host itself or a domain above it), if any. */
export function blockedBy(url: string, hosts: readonly BlockedHost[]): BlockedHost | undefined {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return undefined // not a URL: the schema reports that
  }
  // An archived copy is judged by the page it archives.
  const archived = /^\/web\/[^/]+\/(https?:\/\/.+)$/.exec(new URL(url).pathname)
  if (host === 'web.archive.org' && archived?.[1]) return blockedBy(archived[1], hosts)
  return hosts.find((b) => host === b.host || host.endsWith(`.${b.host}`))
}

const URLS = /https?:\/\/[^\s;,"<>]+/g

/** Every cited URL on a blocked host, in any column of any of the files, as `file:LINE column:`. */
export function blockedSourceProblems(
  files: readonly { file: string; text: string }[],
  hosts: readonly BlockedHost[],
): string[] {
  const problems: string[] = []
  if (hosts.length === 0) return problems
  for (const source of files) {
    for (const row of readCsv(source.text).rows) {
      for (const [column, value] of Object.entries(row.values)) {
        for (const url of value.match(URLS) ?? []) {
          const entry = blockedBy(url, hosts)
          if (entry)
            problems.push(
              `${source.file}:${row.line} ${column}: cites ${url}, on a blocked host (${entry.host}: ${entry.reason}); replace it with the original reporting, or drop the fact it alone supports (list: data/blocked-hosts.txt)`,
            )
        }
      }
    }
  }
  return problems
}
