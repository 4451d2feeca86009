import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { FilterPanel } from '../../src/controls/FilterPanel.tsx'
import { clinicsOn, countByStatus, NO_FILTERS, type Filters } from '../../src/domain/filters.ts'
import type { Status } from '../../src/domain/timeline.ts'
import { csvRows, realDataset } from './real-data.ts'

const COUNTS: Record<Status, number> = {
  struck: 19,
  closed_for_strike: 1,
  picketed: 0,
  closure_announced: 0,
  closed: 4,
  open: 15,
}

async function renderPanel(filters: Filters = NO_FILTERS, shown = 39) {
  const onChange = vi.fn<(next: Filters) => void>()
  const onReset = vi.fn()
  await render(
    <FilterPanel
      filters={filters}
      counts={COUNTS}
      shown={shown}
      total={39}
      onChange={onChange}
      onReset={onReset}
    />,
  )
  return { onChange, onReset }
}

/** Holds the filters like the app does, so typing accumulates. */
function StatefulPanel({ onChange }: { onChange(next: Filters): void }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  return (
    <FilterPanel
      filters={filters}
      counts={COUNTS}
      shown={39}
      total={39}
      onChange={(next) => {
        onChange(next)
        setFilters(next)
      }}
      onReset={() => setFilters(NO_FILTERS)}
    />
  )
}

describe('FilterPanel', () => {
  it('unticking "Struck" asks for every status but struck', async () => {
    const { onChange } = await renderPanel()
    await page.getByRole('checkbox', { name: 'Struck (19)' }).click()
    expect(onChange).toHaveBeenCalledOnce()
    expect(onChange.mock.lastCall?.[0]).toEqual({
      ...NO_FILTERS,
      statuses: ['closed_for_strike', 'picketed', 'closure_announced', 'closed', 'open'],
    })
  })

  it('shows the live counts from the real data on the strike day', async () => {
    const dataset = await realDataset()
    const counts = countByStatus(clinicsOn(dataset.features, '2025-11-05'), NO_FILTERS)
    await render(
      <FilterPanel
        filters={NO_FILTERS}
        counts={counts}
        shown={39}
        total={39}
        onChange={() => {}}
        onReset={() => {}}
      />,
    )
    // Expected from data/clinics.csv, by the plain reading of its columns on 5 Nov 2025.
    const day = '2025-11-05'
    const rows = await csvRows('clinics.csv')
    const closed = rows.filter((r) => r.closed_on && r.closed_on <= day).length
    const closedForStrike = rows.filter((r) => r.closed_for_strike_on === day).length
    const struck = rows.filter((r) => r.struck_on === day).length
    const none = rows.length - closed - closedForStrike - struck
    await expect.element(page.getByLabelText(`Struck (${struck})`)).toBeChecked()
    await expect
      .element(page.getByLabelText(`Closed for the strike (${closedForStrike})`))
      .toBeChecked()
    await expect.element(page.getByLabelText(`Closed (${closed})`)).toBeChecked()
    await expect.element(page.getByLabelText(`No strike event (${none})`)).toBeChecked()
  })

  it('unticking "Urgent care" keeps primary care and not stated', async () => {
    const { onChange } = await renderPanel()
    await page.getByRole('checkbox', { name: 'Urgent care' }).click()
    expect(onChange.mock.lastCall?.[0].kinds).toEqual(['primary', 'not_stated'])
  })

  it('unticking the "Unlikely" evidence box drops only unlikely', async () => {
    const { onChange } = await renderPanel()
    await page.getByRole('checkbox', { name: /^Unlikely/ }).click()
    expect(onChange.mock.lastCall?.[0].evidence).toEqual([
      'confirmed',
      'inferred',
      'unverified',
      'closed_before',
    ])
  })

  it('reports the search on every keystroke', async () => {
    const onChange = vi.fn<(next: Filters) => void>()
    await render(<StatefulPanel onChange={onChange} />)
    await userEvent.type(page.getByRole('searchbox', { name: 'Find a clinic or city' }), 'st paul')
    expect(onChange).toHaveBeenCalledTimes(7)
    expect(onChange.mock.lastCall?.[0]).toEqual({ ...NO_FILTERS, query: 'st paul' })
  })

  it('disables Reset when nothing is filtered', async () => {
    await renderPanel()
    await expect.element(page.getByRole('button', { name: /Reset/ })).toBeDisabled()
  })

  it('enables Reset once something is filtered, and it calls onReset', async () => {
    const { onReset } = await renderPanel({ ...NO_FILTERS, kinds: ['urgent'] }, 3)
    const reset = page.getByRole('button', { name: /Reset/ })
    await expect.element(reset).toBeEnabled()
    await reset.click()
    expect(onReset).toHaveBeenCalledOnce()
  })

  it('says how many clinics are shown, in a polite live region', async () => {
    await renderPanel({ ...NO_FILTERS, query: 'lakeville' }, 3)
    const line = page.getByText('Showing 3 of 39 clinics')
    await expect.element(line).toBeVisible()
    await expect.element(line).toHaveAttribute('aria-live', 'polite')
  })

  it('keeps every control at least 44px tall and shows a 3px focus ring', async () => {
    await renderPanel({ ...NO_FILTERS, query: 'x' })
    const targets = [
      ...document.querySelectorAll('.filter-panel label:has(input[type="checkbox"])'),
      ...document.querySelectorAll('.filter-panel button, .filter-panel input[type="search"]'),
    ]
    expect(targets.length).toBe(6 + 3 + 5 + 2)
    const heights = targets.map((el) => el.getBoundingClientRect().height)
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
    ;(page.getByRole('searchbox').element() as HTMLElement).focus()
    await userEvent.tab()
    const focused = document.activeElement as HTMLInputElement
    expect(focused.labels?.[0]?.textContent).toBe('Struck (19)')
    const style = getComputedStyle(focused)
    expect(`${style.outlineWidth} ${style.outlineStyle}`).toBe('3px solid')
  })
})
