/**
 * The dataset's one schema, shared by the data build (Node) and the app (browser), so a file
 * the build accepts is exactly a file the map can read. zod/mini keeps the browser bundle small,
 * and the browser loads this module only after the first view (see src/data/load-dataset.ts).
 */
import * as z from 'zod/mini'
import { effectiveDay, isDay, isPartialDate } from './dates.ts'
import { CURRENT_SINCE_YEAR, STRIKE_DAY, isInRegion } from './story.ts'
import { hasHiddenCharacter } from './text-rules.ts'
import { urlProblem } from './url-rules.ts'
import { CLOSED_BASES, EVIDENCE, KINDS, NAME_BASES, PRECISIONS, STATES } from './vocabulary.ts'

// Re-exported so Node code (the data build, tests) keeps one import for the schema and its lists;
// browser code imports them from vocabulary.ts to keep zod out of the first view.
export { CLOSED_BASES, EVIDENCE, KINDS, NAME_BASES, PRECISIONS, STATES }
export type { Evidence, Kind, Precision } from './vocabulary.ts'

const MARKUP = /[<>]/

function oneOf(values: readonly string[]): string {
  return `must be one of ${values.join(', ')}`
}

/**
 * Plain text: no markup, no surrounding spaces, nothing invisible (see text-rules.ts). Only
 * prose (`multiline`) may hold line breaks.
 */
function text(what: string, required = true, multiline = false) {
  return z.string().check(
    z.refine((v) => !required || v.length > 0, `is empty; ${what}`),
    z.refine((v) => !MARKUP.test(v), 'contains < or >; write plain text, not markup'),
    z.refine((v) => v === v.trim(), 'has spaces at the start or end; remove them'),
    z.refine(
      (v) => !hasHiddenCharacter(multiline ? v.replace(/\n/g, ' ') : v),
      'holds an invisible, control or bidi character; delete it',
    ),
  )
}

const day = z
  .string()
  .check(z.refine(isDay, 'is not a real date; write YYYY-MM-DD, for example 2025-11-05'))
const partialDate = z
  .string()
  .check(
    z.refine(
      isPartialDate,
      'is not a real date; write YYYY-MM-DD, or YYYY-MM when only the month is known',
    ),
  )
/** https, a plain named host, no credentials, a sane length: the rules are in url-rules.ts. */
const httpsUrl = z.string().check((ctx) => {
  const message = urlProblem(ctx.value)
  if (message) ctx.issues.push({ code: 'custom', input: ctx.value, message })
})
const year = z
  .number()
  .check(
    z.refine((v) => Number.isInteger(v) && v >= 1990 && v <= 2100, 'must be a four-digit year'),
  )

export const ClinicPropertiesSchema = z
  .object({
    id: z
      .string()
      .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as coon-rapids')),
    name: text('give the clinic name'),
    name_basis: z.enum(NAME_BASES, { error: oneOf(NAME_BASES) }),
    kind: z.enum(KINDS, { error: oneOf(KINDS) }),
    street: z.optional(text('', false)),
    city: text('give the city'),
    state: z.enum(STATES, { error: oneOf(STATES) }),
    zip: z.optional(z.string().check(z.regex(/^\d{5}$/, 'must be a five-digit ZIP code'))),
    precision: z.enum(PRECISIONS, { error: oneOf(PRECISIONS) }),
    coord_source: text('say where the coordinates come from'),
    coord_source_url: z.optional(httpsUrl),
    coord_year: z.optional(year),
    evidence: z.enum(EVIDENCE, { error: oneOf(EVIDENCE) }),
    evidence_reason: text('say why this evidence level applies'),
    last_seen_open: z.optional(year),
    picketed_on: z.array(day),
    struck_on: z.optional(day),
    closed_for_strike_on: z.optional(day),
    closure_announced_on: z.optional(partialDate),
    closed_on: z.optional(day),
    closed_basis: z.optional(z.enum(CLOSED_BASES, { error: oneOf(CLOSED_BASES) })),
    notes: z.optional(text('', false, true)),
    sources: z
      .array(httpsUrl)
      .check(z.minLength(1, 'is empty; every row needs at least one source URL')),
    row_updated: day,
  })
  .check((ctx) => {
    for (const problem of crossFieldProblems(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, ...problem })
    }
  })

export type ClinicProperties = z.infer<typeof ClinicPropertiesSchema>

interface FieldProblem {
  path: [keyof ClinicProperties]
  message: string
}

/** Rules that tie fields together; each names the field to fix. */
function crossFieldProblems(p: ClinicProperties): FieldProblem[] {
  const out: FieldProblem[] = []
  const add = (field: keyof ClinicProperties, message: string) =>
    out.push({ path: [field], message })
  const strikeEvidence = p.evidence === 'confirmed' || p.evidence === 'inferred'
  if (p.struck_on && !strikeEvidence)
    add(
      'struck_on',
      'is set but evidence is not confirmed or inferred; clear it or raise the evidence',
    )
  if (strikeEvidence && !p.struck_on && !p.closed_for_strike_on)
    add('struck_on', `is empty but evidence is ${p.evidence}; give the strike day (${STRIKE_DAY})`)
  if (p.evidence === 'inferred' && (p.last_seen_open ?? 0) < CURRENT_SINCE_YEAR)
    add(
      'last_seen_open',
      `must be ${CURRENT_SINCE_YEAR} or later for inferred evidence; otherwise use unverified`,
    )
  if (p.closed_on && !p.closed_basis)
    add('closed_basis', 'is empty but closed_on is set; write reported or scheduled')
  if (p.closed_basis && !p.closed_on)
    add('closed_on', 'is empty but closed_basis is set; give the closing date')
  if (p.closed_on && p.closure_announced_on && effectiveDay(p.closure_announced_on) > p.closed_on)
    add(
      'closed_on',
      'is before closure_announced_on; a clinic cannot close before its closure is announced',
    )
  if (p.evidence === 'closed_before' && !(p.closed_on && p.closed_on < STRIKE_DAY))
    add('closed_on', `must be before ${STRIKE_DAY} when evidence is closed_before`)
  if (p.struck_on && p.closed_on && p.closed_on <= p.struck_on)
    add('struck_on', 'is on or after closed_on; a closed clinic cannot be struck')
  if (p.precision === 'point' && !p.coord_source_url)
    add('coord_source_url', 'is empty; a sourced point needs the URL it was taken from')
  if (p.precision === 'point' && p.coord_year === undefined)
    add('coord_year', 'is empty; give the year of the coordinate source')
  if (p.precision === 'zip' && !p.zip)
    add('zip', 'is empty but precision is zip; give the ZIP code or use city')
  return out
}

const lonLat = z
  .tuple([z.number(), z.number()])
  .check(
    z.refine(
      ([lon, lat]) => isInRegion(lon, lat),
      'lies outside Minnesota and western Wisconsin; are latitude and longitude swapped?',
    ),
  )

export const ClinicFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
  properties: ClinicPropertiesSchema,
})
export type ClinicFeature = z.infer<typeof ClinicFeatureSchema>

export const StoryEventSchema = z.object({
  date: partialDate,
  day: day,
  title: text('give a short title'),
  caption: text('describe the event in one or two sentences', true, true),
  clinic_ids: z.array(z.string()),
  on_timeline: z.boolean(),
  sources: z
    .array(httpsUrl)
    .check(z.minLength(1, 'is empty; every event needs at least one source URL')),
})
export type StoryEvent = z.infer<typeof StoryEventSchema>

const count = z.number().check(z.int(), z.gte(0))

export const SummarySchema = z.object({
  updated: day,
  reported: z.object({
    struck: count,
    struck_sources: z.array(httpsUrl),
    closures: count,
    closures_sources: z.array(httpsUrl),
    clinicians: count,
    clinicians_sources: z.array(httpsUrl),
    /** Counts one source gives that the dataset does not use (data/reported.csv `*_disagreeing`). */
    disagreeing: z.optional(
      z.array(
        z.object({
          measure: z.string(),
          value: count,
          sources: z.array(httpsUrl),
          note: z.string(),
        }),
      ),
    ),
  }),
  total: count,
  by_evidence: z.record(z.enum(EVIDENCE), count),
  by_precision: z.record(z.enum(PRECISIONS), count),
  identified: count,
  closures: count,
  /** Per closure, the nearest remaining clinic and the straight line to it (src/domain/nearest.ts). */
  closure_effects: z.optional(
    z.array(
      z.object({
        closed: z.string(),
        nearest: z.string(),
        miles: z.number(),
        approximate: z.boolean(),
      }),
    ),
  ),
})
export type Summary = z.infer<typeof SummarySchema>

/** One entry of data/changes.csv: what changed in the data, when, for which clinics, on what. */
export const ChangeSchema = z.object({
  date: day,
  clinic_ids: z.array(z.string()),
  what_changed: text('say what changed, in a sentence a reader can follow'),
  sources: z.array(httpsUrl),
})
export type Change = z.infer<typeof ChangeSchema>

export const DatasetSchema = z.object({
  type: z.literal('FeatureCollection'),
  summary: SummarySchema,
  events: z.array(StoryEventSchema),
  /** A GeoJSON foreign member: the dated change log, newest first. */
  changes: z.optional(z.array(ChangeSchema)),
  features: z.array(ClinicFeatureSchema),
})
export type Dataset = z.infer<typeof DatasetSchema>
