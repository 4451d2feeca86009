import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { DateSlider } from '../../src/controls/DateSlider.tsx'
import type { StoryEvent } from '../../src/domain/clinic-schema.ts'
import type { IsoDay } from '../../src/domain/dates.ts'
import { sleep, stubReducedMotion } from './browser-stubs.ts'
import { csvRows, realDataset } from './real-data.ts'
import { MAX, MIN, SliderHarness } from './SliderHarness.tsx'

let events: StoryEvent[]
/** The timeline's days, read from data/events.csv (a month-only date counts from its last day). */
let timelineDays: string[]
beforeEach(async () => {
  events = (await realDataset()).events
  const rows = (await csvRows('events.csv')).filter((e) => e.on_timeline === 'yes')
  const effective = (date: string) => {
    if (date.length === 10) return date
    const [y, m] = date.split('-').map(Number)
    return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10)
  }
  timelineDays = [...new Set(rows.map((e) => effective(e.date!)))].sort()
  stubReducedMotion(false)
})
afterEach(() => {
  vi.restoreAllMocks()
})

async function renderAt(day: IsoDay) {
  const onChange = vi.fn<(day: IsoDay) => void>()
  const screen = await render(
    <DateSlider day={day} min={MIN} max={MAX} events={events} onChange={onChange} />,
  )
  return { onChange, screen }
}

/** Days since 1970, to place a day on the track independently of the app's own date code. */
const dayNum = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000

const slider = () => page.getByRole('slider', { name: 'Date' })
const play = () => page.getByRole('button', { name: 'Play' })
function liveRegion() {
  const el = document.querySelector('[aria-live="polite"]')
  if (!el) throw new Error('no live caption region')
  return el
}

describe('DateSlider: the date', () => {
  it('reads the day in full to a screen reader and shows it large', async () => {
    await renderAt('2025-11-05')
    await expect.element(slider()).toHaveAttribute('aria-valuetext', 'Wednesday 5 November 2025')
    await expect.element(page.getByText('Wednesday 5 November 2025')).toBeVisible()
  })

  it('moves one day with ArrowRight', async () => {
    const { onChange } = await renderAt('2025-11-05')
    ;(slider().element() as HTMLInputElement).focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2025-11-06')
  })
})

describe('DateSlider: events', () => {
  it('Next event from 1 Nov goes to the next event day; Previous to the one before 1 Nov', async () => {
    // The harness keeps the day at 1 Nov, so both buttons step from there.
    const next = timelineDays.find((d) => d > '2025-11-01')!
    const previous = timelineDays.filter((d) => d < '2025-11-01').at(-1)!
    const { onChange } = await renderAt('2025-11-01')
    await page.getByRole('button', { name: 'Next event' }).click()
    await page.getByRole('button', { name: 'Previous event' }).click()
    expect(onChange.mock.calls).toEqual([[next], [previous]])
  })

  it('disables Previous at the first event and Next at the last', async () => {
    const { screen } = await renderAt('2025-06-03')
    await expect.element(page.getByRole('button', { name: 'Previous event' })).toBeDisabled()
    await expect.element(page.getByRole('button', { name: 'Next event' })).toBeEnabled()
    await screen.rerender(
      <DateSlider day="2026-02-01" min={MIN} max={MAX} events={events} onChange={() => {}} />,
    )
    await expect.element(page.getByRole('button', { name: 'Next event' })).toBeDisabled()
  })

  it('marks each timeline event day on the track, in date order, under the thumb', async () => {
    const { container } = (await renderAt('2025-11-05')).screen
    const ticks = [...container.querySelectorAll<HTMLElement>('.event-tick')]
    const days = [...new Set(events.filter((e) => e.on_timeline).map((e) => e.day))].sort()
    expect(ticks.map((t) => t.dataset.day)).toEqual(days)
    expect(ticks.map((t) => t.dataset.day)).toEqual(timelineDays)
    const centres = ticks.map((t) => {
      const box = t.getBoundingClientRect()
      return box.left + box.width / 2
    })
    expect(centres).toEqual([...centres].sort((a, b) => a - b))
    const track = (slider().element() as HTMLElement).getBoundingClientRect()
    expect(centres[0]).toBeGreaterThan(track.left)
    expect(centres.at(-1)).toBeLessThan(track.right)
    // The strike-day mark is where the thumb is drawn on the strike day.
    const thumbAt =
      track.left +
      12 +
      (track.width - 24) * ((dayNum('2025-11-05') - dayNum(MIN)) / (dayNum(MAX) - dayNum(MIN)))
    const strike = ticks.find((t) => t.dataset.day === '2025-11-05')!.getBoundingClientRect()
    expect(Math.abs(strike.left + strike.width / 2 - thumbAt)).toBeLessThan(3)
  })

  it('jumps to an event when its mark is clicked', async () => {
    const {
      onChange,
      screen: { container },
    } = await renderAt('2025-11-05')
    container.querySelector<HTMLElement>('.event-tick[data-day="2025-06-03"]')!.click()
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2025-06-03')
  })

  it('keeps the marks out of the accessibility tree, and offers the same days as a labelled list', async () => {
    const {
      onChange,
      screen: { container },
    } = await renderAt('2025-11-05')
    expect(container.querySelector('.event-ticks')?.getAttribute('aria-hidden')).toBe('true')
    const list = page.getByRole('combobox', { name: 'Jump to an event' })
    await expect.element(list).toHaveValue('2025-11-05')
    const options = [...(list.element() as HTMLSelectElement).options].slice(1)
    expect(options).toHaveLength(timelineDays.length)
    expect(options[0]?.textContent).toBe('3 Jun 2025: Dawn pickets at four clinics')
    await list.selectOptions('2025-06-03')
    expect(onChange).toHaveBeenCalledExactlyOnceWith('2025-06-03')
  })

  it('shows no event chosen on a day without one', async () => {
    await renderAt('2025-07-15')
    await expect.element(page.getByRole('combobox', { name: 'Jump to an event' })).toHaveValue('')
  })
})

describe('DateSlider: caption', () => {
  it("tells the day's event with its source links, opening safely in a new tab", async () => {
    await renderAt('2025-11-05')
    const region = liveRegion()
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(region.querySelector('strong')?.textContent).toBe("Minnesota's first doctors' strike")
    expect(region.textContent).toContain('About 600 doctors')
    const link = page.getByRole('link', { name: 'startribune.com', exact: true })
    await expect.element(link).toHaveAttribute('target', '_blank')
    await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expect
      .element(link)
      .toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.startribune\.com\//))
  })

  it('numbers two links to the same site so they read differently', async () => {
    await renderAt('2025-06-03')
    await expect
      .element(page.getByRole('link', { name: 'advocate.stpaulunions.org (2)' }))
      .toBeVisible()
  })

  it('between events, shows the latest one with its date', async () => {
    // Expected from data/events.csv: the last timeline event on or before 10 Nov 2025.
    const latest = (await csvRows('events.csv'))
      .filter((e) => e.on_timeline === 'yes' && e.date! <= '2025-11-10')
      .sort((a, b) => (a.date! < b.date! ? -1 : 1))
      .at(-1)!
    const [y, m, d] = latest.date!.split('-').map(Number)
    const month = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]
    await renderAt('2025-11-10')
    expect(liveRegion().textContent).toContain(
      `Latest: ${latest.title} (${d} ${month[m! - 1]} ${y})`,
    )
  })

  it('before the first event, says so', async () => {
    await renderAt('2025-06-01')
    expect(liveRegion().textContent).toBe('Before the first event on the timeline.')
  })
})

describe('DateSlider: Play', () => {
  it('advances one day at a time while pressed, and Pause stops it', async () => {
    const onChange = vi.fn<(day: IsoDay) => void>()
    await render(<SliderHarness start="2025-11-05" events={events} onChange={onChange} />)
    await play().click()
    await expect.element(play()).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => onChange.mock.calls.length).toBeGreaterThanOrEqual(3)
    await play().click()
    await expect.element(play()).toHaveAttribute('aria-pressed', 'false')
    expect(onChange.mock.calls.slice(0, 3)).toEqual([
      ['2025-11-06'],
      ['2025-11-07'],
      ['2025-11-08'],
    ])
    const stoppedAt = onChange.mock.calls.length
    await sleep(500)
    expect(onChange).toHaveBeenCalledTimes(stoppedAt)
  })

  it('stops by itself on the last day', async () => {
    const onChange = vi.fn<(day: IsoDay) => void>()
    await render(<SliderHarness start="2026-02-25" events={events} onChange={onChange} />)
    await play().click()
    await expect.element(play(), { timeout: 3000 }).toHaveAttribute('aria-pressed', 'false')
    expect(onChange.mock.calls).toEqual([['2026-02-26'], ['2026-02-27'], ['2026-02-28']])
    await expect.element(page.getByText('Saturday 28 February 2026')).toBeVisible()
  })

  it('restarts from the first day when played from the last', async () => {
    const { onChange, screen } = await renderAt(MAX)
    await play().click()
    expect(onChange.mock.calls[0]).toEqual([MIN])
    await screen.unmount()
  })

  it('with reduced motion, jumps from event to event instead of day by day', async () => {
    stubReducedMotion(true)
    const onChange = vi.fn<(day: IsoDay) => void>()
    await render(<SliderHarness start="2025-11-01" events={events} onChange={onChange} />)
    await play().click()
    await expect.poll(() => onChange.mock.calls.length, { timeout: 4000 }).toBeGreaterThan(0)
    expect(onChange.mock.calls[0]).toEqual([timelineDays.find((d) => d > '2025-11-01')])
    await play().click()
  })

  it('stops its timer when unmounted', async () => {
    const { onChange, screen } = await renderAt('2025-07-01')
    await play().click()
    await expect.poll(() => onChange.mock.calls.length).toBeGreaterThan(0)
    await screen.unmount()
    const stoppedAt = onChange.mock.calls.length
    await sleep(500)
    expect(onChange).toHaveBeenCalledTimes(stoppedAt)
  })
})
