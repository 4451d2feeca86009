/**
 * The page without JavaScript: a plain list of every clinic with what happened there, written
 * into index.html at build time from the published dataset. Every data string is escaped.
 */
import type { Dataset } from '../../src/domain/clinic-schema.ts'
import { coverageOf, coverageSentences } from '../../src/domain/coverage.ts'
import { formatDate } from '../../src/domain/dates.ts'
import { statusPhrase } from '../../src/domain/labels.ts'
import { STRIKE_DAY } from '../../src/domain/story.ts'
import { clinicEvents, statusOn } from '../../src/domain/timeline.ts'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** `escapeHtml('a < b')` is `'a &lt; b'`. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

/** The `<noscript>` block: each clinic's name, city and its state after the last event. */
export function noscriptHtml(d: Dataset): string {
  const items = d.features
    .map((f) => {
      const p = f.properties
      const events = clinicEvents(p)
      const phrase =
        events.length > 0
          ? events.map((e) => `${formatDate(e.date)}: ${e.label}`).join('; ')
          : statusPhrase(p, statusOn(p, STRIKE_DAY))
      return `<li><strong>${escapeHtml(p.name)}</strong>, ${escapeHtml(p.city)}, ${escapeHtml(p.state)}: ${escapeHtml(phrase)}</li>`
    })
    .join('\n')
  const s = d.summary
  const { lead, why } = coverageSentences(coverageOf(d.features, s))
  return `<noscript>
<div class="noscript">
<p>The interactive map needs JavaScript. Here are the ${s.total} Allina Health sites it shows, as of the strike on ${escapeHtml(formatDate(STRIKE_DAY, 'long'))} and later. ${escapeHtml(lead)} ${escapeHtml(why)} Data last checked ${escapeHtml(formatDate(s.updated))}. <a href="data/clinics.csv">Download the data (CSV)</a>.</p>
<ul>
${items}
</ul>
</div>
</noscript>`
}
