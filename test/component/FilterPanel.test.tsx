import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { FilterPanel } from '../../src/controls/FilterPanel.tsx'
import { clinicsOn, NO_FILTERS, type Filters } from '../../src/domain/filters.ts'
import { legendOf, type LegendModel } from '../../src/domain/legend.ts'
import { legendEvidence, STATUS_SYMBOLS } from '../../src/domain/symbols.ts'
import { STATUSES, type Status } from '../../src/domain/timeline.ts'
import { realDataset } from './real-data.ts'

// Strike day, nothing filtered, by hand from data/clinics.csv: 7 confirmed strikes, 12 inferred,
// Annandale closed for the day, 4 closed on 1 Nov, 15 unverified or unlikely sites.
const COUNTS: Record<Status, number> = {
  struck: 7,
  probably_struck: 12,
  closed_for_strike: 1,
  picketed: 0,
  closure_announced: 0,
  closed: 4,
  open: 0,
  not_known: 15,
}
const LEGEND: LegendModel = {
  title: 'On 5 Nov 2025',
  counts: COUNTS,
  labels: Object.fromEntries(STATUSES.map((s) => [s, STATUS_SYMBOLS[s].label])) as Record<
    Status,
    string
  >,
  evidence: Object.fromEntries(
    STATUSES.map((s) => [s, legendEvidence(s)]),
  ) as LegendModel['evidence'],
}

async function renderPanel(filters: Filters = NO_FILTERS, shown = 39) {
  const onChange = vi.fn<(next: Filters) => void>()
  const onReset = vi.fn()
  await render(
    <FilterPanel
      filters={filters}
      legend={LEGEND}
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
      legend={LEGEND}
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
  it('unticking "Struck, confirmed" asks for every status but confirmed strikes', async () => {
    const { onChange } = await renderPanel()
    await page.getByRole('checkbox', { name: 'Struck, confirmed by reporting (7)' }).click()
    expect(onChange).toHaveBeenCalledOnce()
    expect(onChange.mock.lastCall?.[0]).toEqual({
      ...NO_FILTERS,
      statuses: STATUSES.filter((s) => s !== 'struck'),
    })
  })

  it('shows the live counts from the real data on the strike day', async () => {
    const dataset = await realDataset()
    const legend = legendOf(clinicsOn(dataset.features, '2025-11-05'), '2025-11-05', NO_FILTERS)
    await render(
      <FilterPanel
        filters={NO_FILTERS}
        legend={legend}
        shown={39}
        total={39}
        onChange={() => {}}
        onReset={() => {}}
      />,
    )
    await expect.element(page.getByRole('group', { name: 'On 5 Nov 2025' })).toBeVisible()
    await expect.element(page.getByLabelText('Struck, confirmed by reporting (7)')).toBeChecked()
    await expect.element(page.getByLabelText('Probably struck (12)')).toBeChecked()
    await expect.element(page.getByLabelText('Closed for the strike (1)')).toBeChecked()
    await expect.element(page.getByLabelText('Closed on 1 Nov 2025 (4)')).toBeChecked()
    await expect
      .element(page.getByLabelText('Not known: older records only, not counted (15)'))
      .toBeChecked()
    expect(document.body.textContent).not.toMatch(/No strike event/)
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
    expect(targets.length).toBe(8 + 3 + 5 + 2)
    const heights = targets.map((el) => el.getBoundingClientRect().height)
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
    ;(page.getByRole('searchbox').element() as HTMLElement).focus()
    await userEvent.tab()
    const focused = document.activeElement as HTMLInputElement
    expect(focused.labels?.[0]?.textContent).toBe('Struck, confirmed by reporting (7)')
    const style = getComputedStyle(focused)
    expect(`${style.outlineWidth} ${style.outlineStyle}`).toBe('3px solid')
  })
})
