import { describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { Legend } from '../../src/controls/Legend.tsx'
import { clinicsOn, countByStatus, NO_FILTERS } from '../../src/domain/filters.ts'
import { STATUSES, type Status } from '../../src/domain/timeline.ts'
import { realDataset } from './real-data.ts'

// On 5 Nov 2025 with nothing filtered: of the 20 identified sites 19 struck and Annandale was
// closed for the day (data/clinics.csv); the 4 closed on 1 Nov; 15 with no strike event.
const STRIKE_DAY_COUNTS: Record<Status, number> = {
  struck: 19,
  closed_for_strike: 1,
  picketed: 0,
  closure_announced: 0,
  closed: 4,
  open: 15,
}

describe('Legend', () => {
  it('is a group named "Status on this date" with one labelled checkbox per status', async () => {
    await render(<Legend selected={STATUSES} counts={STRIKE_DAY_COUNTS} onChange={() => {}} />)
    const group = page.getByRole('group', { name: 'Status on this date' })
    await expect.element(group).toBeVisible()
    const names = group
      .getByRole('checkbox')
      .elements()
      .map((el) => (el as HTMLInputElement).labels?.[0]?.textContent)
    expect(names).toEqual([
      'Struck (19)',
      'Closed for the strike (1)',
      'Picketed (0)',
      'Closure announced (0)',
      'Closed (4)',
      'No strike event (15)',
    ])
  })

  it('unticking "Struck" asks for every status but struck', async () => {
    const onChange = vi.fn()
    await render(<Legend selected={STATUSES} counts={STRIKE_DAY_COUNTS} onChange={onChange} />)
    await page.getByRole('checkbox', { name: 'Struck (19)' }).click()
    expect(onChange).toHaveBeenCalledExactlyOnceWith([
      'closed_for_strike',
      'picketed',
      'closure_announced',
      'closed',
      'open',
    ])
  })

  it('shows the live counts from the real data on the strike day', async () => {
    const dataset = await realDataset()
    const counts = countByStatus(clinicsOn(dataset.features, '2025-11-05'), NO_FILTERS)
    await render(<Legend selected={STATUSES} counts={counts} onChange={() => {}} />)
    await expect.element(page.getByLabelText('Struck (19)')).toBeChecked()
    await expect.element(page.getByLabelText('Closed for the strike (1)')).toBeChecked()
    await expect.element(page.getByLabelText('Closed (4)')).toBeChecked()
    await expect.element(page.getByLabelText('No strike event (15)')).toBeChecked()
  })

  it('ticks exactly the selected statuses', async () => {
    await render(
      <Legend selected={['struck', 'closed']} counts={STRIKE_DAY_COUNTS} onChange={() => {}} />,
    )
    await expect.element(page.getByRole('checkbox', { name: 'Struck (19)' })).toBeChecked()
    await expect.element(page.getByRole('checkbox', { name: 'Closed (4)' })).toBeChecked()
    await expect.element(page.getByRole('checkbox', { name: 'Picketed (0)' })).not.toBeChecked()
  })

  it('keeps the legend order when a status is ticked back, whatever order it was given in', async () => {
    const onChange = vi.fn()
    await render(
      <Legend selected={['open', 'struck']} counts={STRIKE_DAY_COUNTS} onChange={onChange} />,
    )
    await page.getByRole('checkbox', { name: 'Picketed (0)' }).click()
    expect(onChange).toHaveBeenCalledExactlyOnceWith(['struck', 'picketed', 'open'])
  })

  it('explains solid, hollow, faint and the dashed ring in a key that is not a filter', async () => {
    await render(<Legend selected={STATUSES} counts={STRIKE_DAY_COUNTS} onChange={() => {}} />)
    const key = page.getByRole('list', { name: 'How to read the symbols' })
    await expect.element(key).toHaveTextContent(/Solid: confirmed by a source/)
    await expect.element(key).toHaveTextContent(/Hollow: inferred \(“probably struck”\)/)
    await expect.element(key).toHaveTextContent(/Faint: not counted \(unverified or unlikely\)/)
    await expect.element(key).toHaveTextContent(/Dashed ring: approximate location/)
    expect(key.getByRole('checkbox').elements()).toHaveLength(0)
  })
})
