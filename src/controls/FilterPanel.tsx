import { useId } from 'react'
import { EVIDENCE, type Evidence } from '../domain/vocabulary.ts'
import { isUnfiltered, KIND_FILTERS, type Filters, type KindFilter } from '../domain/filters.ts'
import { EVIDENCE_STYLES } from '../domain/symbols.ts'
import type { LegendModel } from '../domain/legend.ts'
import type { Status } from '../domain/timeline.ts'
import { CheckboxGroup } from './CheckboxGroup.tsx'
import { Legend } from './Legend.tsx'
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
  /** The status legend for this date, counted under the other filters. */
  legend: LegendModel
  /** Clinics passing every filter. */
  shown: number
  /** Clinics in the dataset. */
  total: number
  onChange(next: Filters): void
  onReset(): void
}

/**
 * Every filter in one panel: the status legend, kind, evidence, a text search (reported on each
 * keystroke), Reset (disabled when nothing is filtered) and a live "Showing 3 of 39 clinics".
 */
export function FilterPanel({
  filters,
  legend,
  shown,
  total,
  onChange,
  onReset,
}: FilterPanelProps) {
  const searchId = useId()
  return (
    <div className="filter-panel">
      <div className="filter-panel-search">
        <label htmlFor={searchId}>Find a clinic or city</label>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={filters.query}
          onChange={(e) => onChange({ ...filters, query: e.currentTarget.value })}
        />
      </div>
      <Legend
        selected={filters.statuses}
        legend={legend}
        onChange={(statuses) => onChange({ ...filters, statuses })}
      />
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
