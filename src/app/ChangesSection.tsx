import { memo } from 'react'
import type { Dataset } from '../domain/clinic-schema.ts'
import { readChanges } from '../domain/changes.ts'
import { formatDate } from '../domain/dates.ts'
import { sourceLinks } from '../controls/source-links.ts'
import './coverage.css'

/**
 * "Changes to this data": the dated log from the dataset, newest first; nothing when absent.
 * Memoised: its only input is the dataset, so a date step does not rebuild its text.
 */
export const ChangesSection = memo(function ChangesSection({ dataset }: { dataset: Dataset }) {
  const changes = readChanges(dataset)
  if (changes.length === 0) return null
  const names = new Map(dataset.features.map((f) => [f.id, f.properties.name]))
  return (
    <section className="changes" aria-labelledby="changes-title">
      <h2 id="changes-title">Changes to this data</h2>
      <ol className="changes-list">
        {changes.map((c) => (
          <li key={`${c.date}-${c.what_changed.slice(0, 32)}`}>
            <time dateTime={c.date}>{formatDate(c.date)}</time>
            {c.clinic_ids.length > 0 && (
              <> ({c.clinic_ids.map((id) => names.get(id) ?? id).join(', ')})</>
            )}
            : {c.what_changed}
            {sourceLinks(c.sources).map(({ url, label }) => (
              <span key={url}>
                {' '}
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
})
