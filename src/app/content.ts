/**
 * Every sentence of the page an editor may want to change, in one place. Numbers and dates are
 * computed from the dataset passed in, never typed here.
 */
import type { Dataset } from '../domain/clinic-schema.ts'
import { formatDate } from '../domain/dates.ts'

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** "four" for 4; digits from 11 up, as newsrooms write them. */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n)
}

function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Short place names for the dek: "Allina Health Oakdale Clinic" reads "Oakdale". */
function placeName(name: string): string {
  return name.replace(/^Allina Health /, '').replace(/ Clinic$/, '')
}

export const CONTENT = {
  kicker: 'Minnesota · Health care',
  headline: "Where Allina's doctors walked out",
  byline: 'By the News Apps Desk',
  howTo:
    'Drag the date to follow the dispute from the June pickets to the closures. Tick or untick statuses to filter, type a city to find a clinic, and select a clinic for what happened there and the sources.',
  sourceLine:
    'Sources: Doctors Council SEIU; Allina Health; reporting by the Star Tribune, MPR News, Fox 9, KSTP, CBS Minnesota, the St. Paul Union Advocate and the Minnesota Reformer; HIFLD and CMS facility records. Boundaries and ZIP code centres: US Census Bureau. Places: GeoNames (CC BY 4.0).',
  methodologyTitle: 'How this map was made',
}

/** The dek: what happened, in two sentences, from the data. */
export function dek(d: Dataset): string {
  const r = d.summary.reported
  const strike = d.events.find(
    (e) => e.on_timeline && d.features.some((f) => f.properties.struck_on === e.day),
  )
  const byDay = new Map<string, string[]>()
  for (const f of d.features) {
    const p = f.properties
    if (p.closed_on) byDay.set(p.closed_on, [...(byDay.get(p.closed_on) ?? []), placeName(p.name)])
  }
  const closures = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, names]) => {
      const scheduled = d.features.some(
        (f) => f.properties.closed_on === day && f.properties.closed_basis === 'scheduled',
      )
      const verb = scheduled
        ? names.length === 1
          ? 'is scheduled to close'
          : 'are scheduled to close'
        : 'closed'
      return `${names.length === 1 ? names[0] : `${numberWord(names.length)} clinics (${joinNames(names.sort())})`} ${verb} on ${formatDate(day)}`
    })
  const when = strike ? formatDate(strike.day, 'long') : 'one day'
  return `About ${r.clinicians} Allina Health doctors, nurse practitioners and physician assistants held Minnesota's first doctors' strike on ${when}, at ${r.struck} primary and urgent care clinics. Around it, Allina shut clinics: ${joinNames(closures)}.`
}

/** The methodology and coverage note, paragraph by paragraph. */
export function methodology(d: Dataset): string[] {
  const s = d.summary
  const e = s.by_evidence
  const approx = s.by_precision.zip + s.by_precision.city
  return [
    `The union has not published its list of the ${s.reported.struck} struck clinics. This map identifies ${s.identified} of them: ${e.confirmed} that a news report or the union ties to the strike (solid markers), and ${e.inferred} inferred (hollow markers): Allina primary or urgent care clinics in the strike's region, shown open in 2020 or later, that no source names. Reporting describes the union as covering Allina's whole primary and urgent care network there, so they were probably struck, but that is our inference.`,
    `${numberWord(e.unverified).replace(/^./, (c) => c.toUpperCase())} more sites appear only in older sources and may no longer exist; ${numberWord(e.unlikely)} lie outside the strike's region or unit. They are drawn faint and not counted. The ${numberWord(e.closed_before)} clinics closed before the strike may be among the ${s.reported.struck}: the number was announced while they were open.`,
    `Approximate locations: ${approx} of ${s.total} sites are placed at a city centre or ZIP-code centre because no street-level position was found; their markers have a dashed ring, and sites sharing a centre are drawn slightly apart. The other ${s.by_precision.point} positions come from federal facility records of 2006 to 2017 and may be out of date.`,
    'Dates given only as a month (the four closures were reported in September 2025) take effect on the map from the last day of that month.',
  ]
}
