import type { CSSProperties } from 'react'
import { dayNumber, formatDate, type IsoDay } from '../domain/dates.ts'
import type { EventDay } from '../domain/timeline.ts'
import './controls.css'
import './date-slider.css'

interface EventTicksProps {
  /** From `eventDays` (src/domain/timeline.ts). */
  days: readonly EventDay[]
  day: IsoDay
  min: IsoDay
  max: IsoDay
  onChange(day: IsoDay): void
}

const describe = (tick: EventDay) => `${formatDate(tick.day)}: ${tick.titles.join('; ')}`

/**
 * A mark on the slider track for each timeline event day, placed where the thumb would be on
 * that day; a click or tap on it jumps there. The marks sit a few pixels apart around the strike,
 * too close to be separate targets of the 24 px that WCAG 2.5.8 asks, so they are a pointer
 * shortcut only (hidden from assistive technology, out of the tab order). The same jumps are
 * full-size controls for everyone: the "Jump to an event" list below and Previous/Next event.
 */
export function EventTicks({ days, day, min, max, onChange }: EventTicksProps) {
  const span = Math.max(1, dayNumber(max) - dayNumber(min))
  return (
    <div className="event-ticks" aria-hidden="true">
      {days.map((tick) => {
        const at = Math.min(1, Math.max(0, (dayNumber(tick.day) - dayNumber(min)) / span))
        return (
          <span
            key={tick.day}
            className="event-tick"
            data-day={tick.day}
            data-current={tick.day === day || undefined}
            style={{ '--at': at } as CSSProperties}
            title={describe(tick)}
            onClick={() => onChange(tick.day)}
          />
        )
      })}
    </div>
  )
}

/** A native list of the timeline's event days: keyboard, screen reader and phone friendly. */
export function EventJump({ days, day, onChange }: Omit<EventTicksProps, 'min' | 'max'>) {
  const current = days.some((d) => d.day === day) ? day : ''
  return (
    <label className="event-jump">
      <span>Jump to an event</span>
      <select
        value={current}
        onChange={(e) => {
          const chosen = days.find((d) => d.day === e.currentTarget.value)
          if (chosen) onChange(chosen.day)
        }}
      >
        <option value="" disabled>
          {days.length} event days: choose one
        </option>
        {days.map((tick) => (
          <option key={tick.day} value={tick.day}>
            {describe(tick)}
          </option>
        ))}
      </select>
    </label>
  )
}
