import type { StoryEvent } from '../domain/clinic-schema.ts'
import { formatDate, type IsoDay } from '../domain/dates.ts'
import { eventsFor } from '../domain/timeline.ts'
import { sourceLinks } from './source-links.ts'
import './controls.css'
import './date-slider.css'

interface EventCaptionProps {
  events: readonly StoryEvent[]
  day: IsoDay
}

/**
 * What happened on `day` (or, failing that, the latest event before it) with its sources, in a
 * polite live region so a screen reader hears the story as the slider moves.
 */
export function EventCaption({ events, day }: EventCaptionProps) {
  const { events: shown, exact } = eventsFor(events, day)
  return (
    <div className="event-caption" aria-live="polite">
      {shown.length === 0 ? (
        <p className="event-caption-empty">Before the first event on the timeline.</p>
      ) : (
        shown.map((event) => (
          <div key={`${event.day} ${event.title}`} className="event-caption-item">
            <p className="event-caption-title">
              {!exact && 'Latest: '}
              <strong>{event.title}</strong>
              {!exact && ` (${formatDate(event.day)})`}
            </p>
            <p>{event.caption}</p>
            <SourceLine urls={event.sources} />
          </div>
        ))
      )}
    </div>
  )
}

function SourceLine({ urls }: { urls: readonly string[] }) {
  return (
    <p className="event-caption-sources">
      Source<span className="visually-hidden"> (links open in a new tab)</span>:{' '}
      {sourceLinks(urls).map((link, i) => (
        <span key={link.url}>
          {i > 0 && ', '}
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </span>
      ))}
    </p>
  )
}
