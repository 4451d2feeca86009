import { describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { Legend } from '../../src/controls/Legend.tsx'
import type { LegendModel } from '../../src/domain/legend.ts'
import { legendEvidence } from '../../src/domain/symbols.ts'
import { STATUSES, type Status } from '../../src/domain/timeline.ts'

// On 5 Nov 2025 with nothing filtered, by hand from data/clinics.csv: of the 20 identified sites
// 7 struck by reporting, 12 probably (inferred), Annandale closed for the day; 4 closed on 1 Nov;
// 15 unverified or unlikely sites not known.
const LEGEND: LegendModel = {
  title: 'On 5 Nov 2025',
  counts: {
    struck: 7,
    probably_struck: 12,
    closed_for_strike: 1,
    picketed: 0,
    closure_announced: 0,
    closed: 4,
    open: 0,
    not_known: 15,
  },
  labels: {
    struck: 'Struck, confirmed by reporting',
    probably_struck: 'Probably struck',
    closed_for_strike: 'Closed for the strike',
    picketed: 'Picketed',
    closure_announced: 'Scheduled to close',
    closed: 'Closed on 1 Nov 2025',
    open: 'No event reported yet',
    not_known: 'Not known: older records only, not counted',
  } satisfies Record<Status, string>,
  evidence: Object.fromEntries(
    STATUSES.map((s) => [s, legendEvidence(s)]),
  ) as LegendModel['evidence'],
}

describe('Legend', () => {
  it('is a group named by its date with one labelled checkbox per status', async () => {
    await render(<Legend selected={STATUSES} legend={LEGEND} onChange={() => {}} />)
    const group = page.getByRole('group', { name: 'On 5 Nov 2025' })
    await expect.element(group).toBeVisible()
    const names = group
      .getByRole('checkbox')
      .elements()
      .map((el) => (el as HTMLInputElement).labels?.[0]?.textContent)
    expect(names).toEqual([
      'Struck, confirmed by reporting (7)',
      'Probably struck (12)',
      'Closed for the strike (1)',
      'Picketed (0)',
      'Scheduled to close (0)',
      'Closed on 1 Nov 2025 (4)',
      'No event reported yet (0)',
      'Not known: older records only, not counted (15)',
    ])
  })

  it('ticks exactly the selected statuses', async () => {
    await render(<Legend selected={['struck', 'closed']} legend={LEGEND} onChange={() => {}} />)
    await expect
      .element(page.getByRole('checkbox', { name: 'Struck, confirmed by reporting (7)' }))
      .toBeChecked()
    await expect
      .element(page.getByRole('checkbox', { name: 'Probably struck (12)' }))
      .not.toBeChecked()
    await expect
      .element(page.getByRole('checkbox', { name: 'Closed on 1 Nov 2025 (4)' }))
      .toBeChecked()
    await expect.element(page.getByRole('checkbox', { name: 'Picketed (0)' })).not.toBeChecked()
  })

  it('keeps the legend order when a status is ticked back, whatever order it was given in', async () => {
    const onChange = vi.fn()
    await render(<Legend selected={['open', 'struck']} legend={LEGEND} onChange={onChange} />)
    await page.getByRole('checkbox', { name: 'Picketed (0)' }).click()
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['struck', 'picketed', 'open'])
  })

  it('explains solid, hollow, faint and the dashed ring in a key that is not a filter', async () => {
    await render(<Legend selected={STATUSES} legend={LEGEND} onChange={() => {}} />)
    const key = page.getByRole('list', { name: 'How to read the symbols' })
    await expect.element(key).toHaveTextContent(/Solid: confirmed by a source/)
    await expect.element(key).toHaveTextContent(/Hollow: inferred, no source names it/)
    await expect.element(key).toHaveTextContent(/Faint: older records only, not counted/)
    await expect.element(key).toHaveTextContent(/Dashed ring: approximate position/)
    expect(key.getByRole('checkbox').elements()).toHaveLength(0)
  })
})
