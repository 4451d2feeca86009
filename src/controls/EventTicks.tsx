import type { CSSProperties } from 'react'
import type { StoryEvent } from '../domain/clinic-schema.ts'
import { dayNumber, formatDate, type IsoDay } from '../domain/dates.ts'
import './controls.css'
import './date-slider.css'

interface EventTicksProps {
  events: readonly StoryEvent[]
  day: IsoDay
  min: IsoDay
  max: IsoDay
  onChange(day: IsoDay): void
}

/** Timeline events grouped by day, in date order: one tick per day. */
function eventDays(events: readonly StoryEvent[]): { day: IsoDay; titles: string[] }[] {
  const byDay = new Map<IsoDay, string[]>()
  for (const e of events) {
    if (e.on_timeline) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e.title])
  }
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, titles]) => ({ day: d, titles }))
}

/**
 * A button on the slider track for each timeline event day, placed where the thumb would be
 * on that day, named "Go to 3 Jun 2025: Dawn pickets at four clinics".
 */
export function EventTicks({ events, day, min, max, onChange }: EventTicksProps) {
  const span = Math.max(1, dayNumber(max) - dayNumber(min))
  return (
    <ol className="event-ticks" aria-label="Events on the timeline">
      {eventDays(events).map((tick) => {
        const at = Math.min(1, Math.max(0, (dayNumber(tick.day) - dayNumber(min)) / span))
        return (
          <li key={tick.day} style={{ '--at': at } as CSSProperties}>
            <button
              type="button"
              className="event-tick"
              aria-current={tick.day === day ? 'date' : undefined}
              aria-label={`Go to ${formatDate(tick.day)}: ${tick.titles.join('; ')}`}
              title={`${formatDate(tick.day)}: ${tick.titles.join('; ')}`}
              onClick={() => onChange(tick.day)}
            />
          </li>
        )
      })}
    </ol>
  )
}
