import { EVIDENCE, type Evidence } from '../domain/vocabulary.ts'
import { isUnfiltered, KIND_FILTERS, type Filters, type KindFilter } from '../domain/filters.ts'
import { EVIDENCE_STYLES } from '../domain/symbols.ts'
import type { Status } from '../domain/timeline.ts'
import { CheckboxGroup } from './CheckboxGroup.tsx'
import { StatusSymbol } from './StatusSymbol.tsx'
import './controls.css'

/** Reader wording for the kind filter; a clinic with both kinds matches both boxes. */
const KIND_FILTER_LABELS: Record<KindFilter, string> = {
  primary: 'Primary care',
  urgent: 'Urgent care',
  not_stated: 'Not stated',
}

/** The status each evidence level is drawn with in the evidence filter, as the map draws it. */
const EVIDENCE_SYMBOL: Record<Evidence, Status> = {
  confirmed: 'struck',
  inferred: 'probably_struck',
  unverified: 'not_known',
  unlikely: 'not_known',
  closed_before: 'closed',
}

interface FilterPanelProps {
  filters: Filters
  /** Clinics passing every filter. */
  shown: number
  /** Clinics in the dataset. */
  total: number
  onChange(next: Filters): void
  onReset(): void
}

/**
 * The filters beyond the map's legend: kind, evidence, Reset (disabled when nothing is filtered)
 * and a live "Showing 3 of 39 clinics". The status filter is the legend beside the map
 * (Legend.tsx) and the search sits before the map (ClinicSearch.tsx); both share `filters`.
 */
export function FilterPanel({ filters, shown, total, onChange, onReset }: FilterPanelProps) {
  return (
    <div className="filter-panel">
      <CheckboxGroup<KindFilter>
        legend="Kind of care"
        options={KIND_FILTERS}
        selected={filters.kinds}
        onChange={(kinds) => onChange({ ...filters, kinds })}
        renderLabel={(kind) => KIND_FILTER_LABELS[kind]}
      />
      <CheckboxGroup<Evidence>
        legend="Evidence"
        options={EVIDENCE}
        selected={filters.evidence}
        onChange={(evidence) => onChange({ ...filters, evidence })}
        renderLabel={(evidence) => (
          <>
            <StatusSymbol status={EVIDENCE_SYMBOL[evidence]} evidence={evidence} />
            {EVIDENCE_STYLES[evidence].label}
          </>
        )}
      />
      <div className="filter-panel-footer">
        <p className="filter-panel-count" role="status" aria-live="polite">
          Showing {shown} of {total} clinics
        </p>
        <button type="button" onClick={onReset} disabled={isUnfiltered(filters)}>
          Reset filters
        </button>
      </div>
    </div>
  )
}
