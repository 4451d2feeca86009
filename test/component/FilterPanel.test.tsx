import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { ClinicCombobox } from '../../src/controls/ClinicCombobox.tsx'
import { FilterPanel } from '../../src/controls/FilterPanel.tsx'
import { clinicsOn, countByStatus, NO_FILTERS, type Filters } from '../../src/domain/filters.ts'
import type { Status } from '../../src/domain/timeline.ts'
import { realDataset } from './real-data.ts'

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
    await expect.element(page.getByLabelText('Struck (19)')).toBeChecked()
    await expect.element(page.getByLabelText('Closed for the strike (1)')).toBeChecked()
    await expect.element(page.getByLabelText('Closed (4)')).toBeChecked()
    await expect.element(page.getByLabelText('No strike event (15)')).toBeChecked()
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
    await render(
      <FilterPanel
        filters={{ ...NO_FILTERS, query: 'x' }}
        counts={COUNTS}
        shown={39}
        total={39}
        onChange={() => {}}
        onReset={() => {}}
        search={
          <ClinicCombobox
            value="x"
            engine={undefined}
            outcome={undefined}
            onFirstUse={() => {}}
            onChange={() => {}}
            onPlace={() => {}}
            onSelectClinic={() => {}}
            onNearMe={() => {}}
          />
        }
      />,
    )
    const targets = [
      ...document.querySelectorAll('.filter-panel label:has(input[type="checkbox"])'),
      ...document.querySelectorAll('.filter-panel button, .filter-panel input[type="search"]'),
    ]
    // 6 statuses, 3 kinds, 5 evidence levels; Reset, the search box and Near me.
    expect(targets.length).toBe(6 + 3 + 5 + 3)
    const heights = targets.map((el) => el.getBoundingClientRect().height)
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
    ;(page.getByRole('button', { name: 'Near me' }).element() as HTMLElement).focus()
    await userEvent.tab()
    const focused = document.activeElement as HTMLInputElement
    expect(focused.labels?.[0]?.textContent).toBe('Struck (19)')
    const style = getComputedStyle(focused)
    expect(`${style.outlineWidth} ${style.outlineStyle}`).toBe('3px solid')
  })
})
