import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { FilterPanel } from '../../src/controls/FilterPanel.tsx'
import { NO_FILTERS, type Filters } from '../../src/domain/filters.ts'

async function renderPanel(filters: Filters = NO_FILTERS, shown = 39) {
  const onChange = vi.fn<(next: Filters) => void>()
  const onReset = vi.fn()
  await render(
    <FilterPanel
      filters={filters}
      shown={shown}
      total={39}
      onChange={onChange}
      onReset={onReset}
    />,
  )
  return { onChange, onReset }
}

describe('FilterPanel', () => {
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
    await renderPanel({ ...NO_FILTERS, q: 'lakeville' }, 3)
    const line = page.getByText('Showing 3 of 39 clinics')
    await expect.element(line).toBeVisible()
    await expect.element(line).toHaveAttribute('aria-live', 'polite')
  })

  it('keeps every control at least 44px tall and shows a 3px focus ring', async () => {
    await renderPanel({ ...NO_FILTERS, q: 'x' })
    const targets = [
      ...document.querySelectorAll('.filter-panel label:has(input[type="checkbox"])'),
      ...document.querySelectorAll('.filter-panel button'),
    ]
    // Three kinds, five evidence levels, Reset (the statuses are the map's legend).
    expect(targets.length).toBe(3 + 5 + 1)
    const heights = targets.map((el) => el.getBoundingClientRect().height)
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
    ;(page.getByRole('checkbox', { name: 'Primary care' }).element() as HTMLElement).focus()
    await userEvent.tab()
    const focused = document.activeElement as HTMLInputElement
    expect(focused.labels?.[0]?.textContent).toBe('Urgent care')
    const style = getComputedStyle(focused)
    expect(`${style.outlineWidth} ${style.outlineStyle}`).toBe('3px solid')
  })
})
