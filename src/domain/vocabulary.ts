/**
 * The dataset's closed vocabularies (kinds, evidence levels, precisions...), apart from the zod
 * schema that checks them. The browser's first view needs these lists for filters and URL state
 * but not zod itself (about 9 KB gzipped, loaded later, see src/data/load-dataset.ts): importing
 * a value from clinic-schema.ts would pull zod into the initial bundle, so import them from here.
 */

export const KINDS = ['primary_care', 'urgent_care', 'both', 'unknown'] as const
export const EVIDENCE = [
  'confirmed',
  'inferred',
  'unverified',
  'unlikely',
  'closed_before',
] as const
export const PRECISIONS = ['point', 'zip', 'city'] as const
export const NAME_BASES = ['source', 'pattern'] as const
export const CLOSED_BASES = ['reported', 'scheduled'] as const
export const STATES = ['MN', 'WI'] as const

export type Kind = (typeof KINDS)[number]
export type Evidence = (typeof EVIDENCE)[number]
export type Precision = (typeof PRECISIONS)[number]
