import type { ReactNode } from 'react'
import { EVIDENCE, type Evidence } from '../domain/vocabulary.ts'
import { isUnfiltered, KIND_FILTERS, type Filters, type KindFilter } from '../domain/filters.ts'
import { EVIDENCE_STYLES } from '../domain/symbols.ts'
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

interface FilterPanelProps {
  filters: Filters
  counts: Record<Status, number>
  /** Clinics passing every filter. */
  shown: number
  /** Clinics in the dataset. */
  total: number
  onChange(next: Filters): void
  onReset(): void
  /** The search box (src/controls/ClinicSearch.tsx), placed first in the panel. */
  search?: ReactNode
}

/**
 * Every filter in one panel: the search box given as `search`, the status legend, kind,
 * evidence, Reset (disabled when nothing is filtered) and a live "Showing 3 of 39 clinics".
 */
export function FilterPanel({
  filters,
  counts,
  shown,
  total,
  onChange,
  onReset,
  search,
}: FilterPanelProps) {
  return (
    <div className="filter-panel">
      {search}
      <Legend
        selected={filters.statuses}
        counts={counts}
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
            <StatusSymbol
              status={evidence === 'closed_before' ? 'closed' : 'struck'}
              evidence={evidence}
              size={16}
            />
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
