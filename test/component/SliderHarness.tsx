import { useState } from 'react'
import { DateSlider } from '../../src/controls/DateSlider.tsx'
import type { StoryEvent } from '../../src/domain/clinic-schema.ts'
import type { IsoDay } from '../../src/domain/dates.ts'

/** The slider's range for the real events: whole months from June 2025 to February 2026. */
export const MIN: IsoDay = '2025-06-01'
export const MAX: IsoDay = '2026-02-28'

/** A DateSlider that owns its day, as the app does, and reports every change to `onChange`. */
export function SliderHarness(props: {
  start: IsoDay
  events: readonly StoryEvent[]
  onChange(day: IsoDay): void
}) {
  const [day, setDay] = useState(props.start)
  return (
    <DateSlider
      day={day}
      min={MIN}
      max={MAX}
      events={props.events}
      onChange={(next) => {
        props.onChange(next)
        setDay(next)
      }}
    />
  )
}
