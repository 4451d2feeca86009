/**
 * What a URL's view is read against, one definition for the page (Explorer.tsx) and anything
 * else that reads the URL.
 */
import type { Dataset } from '../domain/clinic-schema.ts'
import { STRIKE_DAY } from '../domain/story.ts'
import { timelineRange } from '../domain/timeline.ts'
import type { UrlContext } from '../domain/url-state.ts'

/** What the URL's parameters are read against: the timeline's range, the default day, the ids. */
export function urlContextOf(dataset: Dataset): UrlContext {
  return {
    ...timelineRange(dataset.events),
    defaultDate: STRIKE_DAY,
    clinicIds: new Set(dataset.features.map((f) => f.id)),
  }
}
