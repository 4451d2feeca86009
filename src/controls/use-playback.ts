import { useEffect, useEffectEvent, useRef, useState } from 'react'
import type { StoryEvent } from '../domain/clinic-schema.ts'
import { addDays, type IsoDay } from '../domain/dates.ts'
import { adjacentEventDay } from '../domain/timeline.ts'
import { prefersReducedMotion } from '../domain/motion.ts'

/** Day by day, or (for readers who prefer reduced motion) event by event. */
export type PlayMode = 'day' | 'event'

/** Milliseconds per step; slow enough in event mode to read the caption. */
const STEP_MS: Record<PlayMode, number> = { day: 120, event: 1500 }

/** The next stop after `day`, or undefined at the end of the timeline. */
function nextStop(
  day: IsoDay,
  mode: PlayMode,
  events: readonly StoryEvent[],
  max: IsoDay,
): IsoDay | undefined {
  const next = mode === 'day' ? addDays(day, 1) : adjacentEventDay(events, day, 1)
  return next !== undefined && next <= max ? next : undefined
}

interface PlaybackOptions {
  day: IsoDay
  min: IsoDay
  max: IsoDay
  events: readonly StoryEvent[]
  onChange(day: IsoDay): void
}

/**
 * Play/pause for the date slider. Steps from the latest `day` (so a reader can drag while it
 * plays), stops at the end, restarts from `min` when started at the end, and clears its timer
 * on pause and unmount. The reduced-motion preference is read when Play is pressed.
 */
export function usePlayback({ day, min, max, events, onChange }: PlaybackOptions) {
  const [mode, setMode] = useState<PlayMode>()
  // The day the next step starts from: the parent may apply onChange a little later.
  const cursor = useRef(day)
  useEffect(
    function followDay() {
      cursor.current = day
    },
    [day],
  )

  const advance = useEffectEvent((current: PlayMode) => {
    const next = nextStop(cursor.current, current, events, max)
    if (next === undefined) return setMode(undefined)
    cursor.current = next
    onChange(next)
    if (nextStop(next, current, events, max) === undefined) setMode(undefined)
  })

  useEffect(
    function runTimer() {
      if (mode === undefined) return
      const timer = setInterval(() => advance(mode), STEP_MS[mode])
      return function stopTimer() {
        clearInterval(timer)
      }
    },
    [mode],
  )

  function toggle() {
    if (mode !== undefined) return setMode(undefined)
    const next: PlayMode = prefersReducedMotion(window) ? 'event' : 'day'
    if (nextStop(day, next, events, max) === undefined) {
      cursor.current = min
      onChange(min)
    }
    setMode(next)
  }

  return { playing: mode !== undefined, toggle }
}
