/**
 * Tiny inputs for scripts/lib/build-dataset.ts, built inside each test: a few clinic rows
 * written from a known-good row (West St. Paul in test/fixtures/valid) with the cells a test
 * changes, one event, the three reported totals, and a two-place gazetteer. No file is read,
 * so a build takes milliseconds (the fixture builds take 0.3-2.5 s: the real gazetteers).
 */
import { buildDataset, type BuildInput, type BuildResult } from '../../scripts/lib/build-dataset.ts'
import { csvField } from '../../scripts/lib/csv.ts'
import type { Gazetteer } from '../../scripts/lib/gazetteer.ts'

/** The clinics header as the editor's file has it (test/fixtures/valid/clinics.csv). */
export const CLINIC_HEADER =
  'id,name,name_basis,kind,street,city,state,zip,precision,lat,lon,coord_source,coord_source_url,coord_year,evidence,evidence_reason,last_seen_open,picketed_on,struck_on,closed_for_strike_on,closure_announced_on,closed_on,closed_basis,notes,sources,row_updated'

const POINT: Record<string, string> = {
  id: 'west-st-paul',
  name: 'Allina Health West St. Paul Clinic',
  name_basis: 'pattern',
  kind: 'both',
  street: '150 East Emerson Avenue',
  city: 'West St. Paul',
  state: 'MN',
  zip: '55118',
  precision: 'point',
  lat: '44.9043372',
  lon: '-93.0784192',
  coord_source: 'HIFLD record',
  coord_source_url: 'https://example.org/hifld.csv',
  coord_year: '2009',
  evidence: 'confirmed',
  evidence_reason: 'Rally on strike day.',
  last_seen_open: '2025',
  picketed_on: '2025-06-03;2025-11-05',
  struck_on: '2025-11-05',
  closed_for_strike_on: '',
  closure_announced_on: '',
  closed_on: '',
  closed_basis: '',
  notes: '',
  sources: 'https://example.org/a;https://example.org/b',
  row_updated: '2026-01-02',
}

/** A city row the gazetteer places (Annandale), and a ZIP row (Maplewood, closed before). */
export const CITY: Record<string, string> = {
  ...POINT,
  id: 'annandale',
  name: 'Allina Health Annandale Clinic',
  street: '',
  city: 'Annandale',
  zip: '',
  precision: 'city',
  lat: '',
  lon: '',
  coord_source: '',
  coord_source_url: '',
  coord_year: '',
  picketed_on: '',
  struck_on: '',
  closed_for_strike_on: '2025-11-05',
  sources: 'https://example.org/d',
  row_updated: '2025-12-31',
}
export const ZIP: Record<string, string> = {
  ...CITY,
  id: 'maplewood',
  name: 'Allina Health Maplewood Clinic',
  name_basis: 'source',
  city: 'Maplewood',
  zip: '55109',
  precision: 'zip',
  evidence: 'closed_before',
  evidence_reason: 'Closed before the strike.',
  closed_for_strike_on: '',
  closure_announced_on: '2025-09',
  closed_on: '2025-11-01',
  closed_basis: 'reported',
  sources: 'https://example.org/c',
  row_updated: '2026-01-01',
}

const GAZETTEER: Gazetteer = {
  zip: (zip) =>
    zip === '55109'
      ? {
          lat: 45.0309,
          lon: -93.0228,
          source: 'Census ZCTA 55109 centroid',
          url: 'https://www.census.gov/zcta',
        }
      : `ZIP ${zip} is not in the Census ZIP list; check it, or use precision city`,
  city: (city, state) =>
    city === 'Annandale' && state === 'MN'
      ? {
          lat: 45.26274,
          lon: -94.12443,
          source: 'GeoNames: Annandale',
          url: 'https://www.geonames.org/5016884',
        }
      : `${city}, ${state} is not in the gazetteers; check the spelling, or give a ZIP or a point`,
}

export const EVENT = '2025-11-05,Strike,The one-day strike.,west-st-paul,yes,https://example.org/e'
const EVENT_HEADER = 'date,title,caption,clinic_ids,on_timeline,sources'
export const REPORTED = [
  'measure,value,sources,notes',
  'clinics_struck,61,https://example.org/g,',
  'clinics_closed,5,https://example.org/h,',
  'clinicians_struck,600,https://example.org/i,',
]

/** One CSV line of a clinic: the base row with `cells` changed. */
export function clinic(cells: Record<string, string> = {}, base = POINT): string {
  const row = { ...base, ...cells }
  return CLINIC_HEADER.split(',')
    .map((c) => csvField(row[c] ?? ''))
    .join(',')
}

export interface Tiny {
  clinics?: string[]
  events?: string[]
  reported?: string[]
  /** Whole file texts, when a test needs a header of its own. */
  clinicsText?: string
  eventsText?: string
  reportedText?: string
  extra?: Partial<BuildInput>
}

function tinyInput(t: Tiny = {}): BuildInput {
  const file = (name: string, text: string) => ({ file: `data/${name}`, text })
  return {
    clinics: file(
      'clinics.csv',
      t.clinicsText ?? [CLINIC_HEADER, ...(t.clinics ?? [clinic()])].join('\n') + '\n',
    ),
    events: file(
      'events.csv',
      t.eventsText ?? [EVENT_HEADER, ...(t.events ?? [EVENT])].join('\n') + '\n',
    ),
    reported: file('reported.csv', t.reportedText ?? (t.reported ?? REPORTED).join('\n') + '\n'),
    gazetteer: GAZETTEER,
    today: '2026-12-01',
    ...t.extra,
  }
}

const build = (t: Tiny = {}): BuildResult => buildDataset(tinyInput(t))

/** The problems of a build that must fail. */
export function problemsOf(t: Tiny): string[] {
  const r = build(t)
  if (r.ok) throw new Error('the build passed')
  return r.problems
}

/** The dataset of a build that must pass. */
export function datasetOf(t: Tiny = {}) {
  const r = build(t)
  if (!r.ok) throw new Error(r.problems.join('\n'))
  return r
}
