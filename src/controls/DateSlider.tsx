import { lazy, Suspense, useId, useMemo, type ComponentType, type CSSProperties } from 'react'
import type { StoryEvent } from '../domain/clinic-schema.ts'
import { dayFromNumber, dayNumber, formatDate, type IsoDay } from '../domain/dates.ts'
import { adjacentEventDay, eventDays } from '../domain/timeline.ts'
import { EventJump, EventTicks } from './EventTicks.tsx'
import { usePlayback } from './use-playback.ts'
import './controls.css'
import './date-slider.css'

// The caption (the day's event and its sources) is not needed to draw the map: it follows the
// first view's bundle. Should its file fail to arrive, the slider still works without it.
const EventCaption = lazy<ComponentType<{ events: readonly StoryEvent[]; day: IsoDay }>>(() =>
  import('./EventCaption.tsx').then(
    (m) => ({ default: m.EventCaption }),
    () => ({ default: () => null }),
  ),
)

interface DateSliderProps {
  day: IsoDay
  min: IsoDay
  max: IsoDay
  events: readonly StoryEvent[]
  onChange(day: IsoDay): void
}

/**
 * The story's clock: a native range input over day numbers (arrow keys move a day), event
 * ticks, Previous/Next event, Play/Pause, and a live caption of the day's event with sources.
 */
export function DateSlider({ day, min, max, events, onChange }: DateSliderProps) {
  const id = useId()
  const { playing, toggle } = usePlayback({ day, min, max, events, onChange })
  // The ticks and the jump list show the same event days.
  const days = useMemo(() => eventDays(events), [events])
  const previous = adjacentEventDay(events, day, -1)
  const next = adjacentEventDay(events, day, 1)
  const lo = dayNumber(min)
  const hi = dayNumber(max)
  const progress = hi > lo ? (dayNumber(day) - lo) / (hi - lo) : 0
  return (
    <div className="date-slider">
      <label className="date-slider-label" htmlFor={id}>
        Date
      </label>
      <p className="date-slider-date" aria-hidden="true">
        {formatDate(day, 'long')}
      </p>
      <div className="date-slider-track">
        <input
          id={id}
          type="range"
          min={lo}
          max={hi}
          step={1}
          value={dayNumber(day)}
          aria-valuetext={formatDate(day, 'long')}
          style={{ '--progress': progress } as CSSProperties}
          onChange={(e) => onChange(dayFromNumber(Number(e.currentTarget.value)))}
        />
        <EventTicks days={days} day={day} min={min} max={max} onChange={onChange} />
      </div>
      <div className="date-slider-range" aria-hidden="true">
        <span>{formatDate(min)}</span>
        <span>{formatDate(max)}</span>
      </div>
      <EventJump days={days} day={day} onChange={onChange} />
      <div className="date-slider-buttons">
        {/* Named in full: narrow columns drop the word "event" from the screen (date-slider.css). */}
        <button
          type="button"
          aria-label="Previous event"
          disabled={previous === undefined}
          onClick={() => previous && onChange(previous)}
        >
          <span aria-hidden="true">◀ </span>Previous<span className="date-slider-word"> event</span>
        </button>
        <button type="button" className="date-slider-play" aria-pressed={playing} onClick={toggle}>
          {/* One name with aria-pressed, as the ARIA toggle pattern asks; the icon shows the state. */}
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          Play
        </button>
        <button
          type="button"
          aria-label="Next event"
          disabled={next === undefined}
          onClick={() => next && onChange(next)}
        >
          Next<span className="date-slider-word"> event</span>
          <span aria-hidden="true"> ▶</span>
        </button>
      </div>
      <Suspense fallback={null}>
        <EventCaption events={events} day={day} />
      </Suspense>
    </div>
  )
}
