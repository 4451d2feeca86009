/**
 * Targets an accessible map can pass (issue 14 pt 6, WCAG 2.5.8 without its "equivalent"
 * exception; docs/targets.md): axe's target-size rule over the whole page, markers included,
 * at the five reader sizes, on the first view and on a date whose markers differ. Where clinics
 * overlap they are one group button; every clinic stays reachable, as a marker or a group member.
 * A green run does not prove the groups are the best ones, only that every target passes.
 */
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { READER_SIZES } from '../../scripts/lib/reader-sizes.ts'
import { expect, groupsPlaced, openMap, ownMarker, rows, test } from './support.ts'
import { CLINIC_ID, GROUP, GROUP_MEMBERS, MARKER } from '../../src/domain/dom-contract.ts'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function targetSizeFailures(page: Page) {
  // Groups load just after the first view; then let markers and groups settle.
  await groupsPlaced(page)
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  )
  const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze()
  expect(results.passes.map((r) => r.id)).toContain('target-size')
  return [...results.violations, ...results.incomplete].flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
  )
}

/** Clinic ids reachable on the map: a marker button's own, or a group button's members. */
async function reachable(page: Page) {
  return page.evaluate(
    ({ marker, id, group, members }) => [
      ...[...document.querySelectorAll(`.leaflet-marker-pane .${marker}[tabindex="0"]`)].map(
        (m) => m.querySelector(`[${id}]`)?.getAttribute(id) ?? '?',
      ),
      ...[...document.querySelectorAll(`.leaflet-marker-pane .${group}`)].flatMap((g) =>
        (g.getAttribute(members) ?? '').split(' '),
      ),
    ],
    { marker: MARKER, id: CLINIC_ID, group: GROUP, members: GROUP_MEMBERS },
  )
}

for (const { width, height } of READER_SIZES) {
  test(`every map target is at least 24 px and clear of the others at ${width}x${height}`, async ({
    page,
  }) => {
    // At 320x640 this caught groups cut for a zoom the map had already left (TargetGroups.tsx):
    // a lone marker overlapped by 1.5 px on about half the loads.
    await page.setViewportSize({ width, height })
    await openMap(page)
    expect(await targetSizeFailures(page)).toEqual([])
    // Nothing dropped to pass the audit: each clinic is one marker button or one group member.
    expect((await reachable(page)).sort()).toEqual(rows.map((r) => r.id).sort())
    await openMap(page, '?date=2025-06-03')
    expect(await targetSizeFailures(page)).toEqual([])
    expect((await reachable(page)).sort()).toEqual(rows.map((r) => r.id).sort())
  })
}

test('a group button names its towns and count, and Enter zooms in to it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openMap(page)
  const group = page.locator(`.leaflet-marker-pane .${GROUP}`).first()
  await expect(group).toHaveAttribute('role', 'button')
  const members = ((await group.getAttribute(GROUP_MEMBERS)) ?? '').split(' ')
  expect(members.length).toBeGreaterThan(1)
  // Its name: the count, then the members' towns (from the CSV), and what it does.
  const towns = new Set(members.map((id) => rows.find((r) => r.id === id)?.city))
  await expect(group).toHaveAccessibleName(
    new RegExp(`^${members.length} clinics(:| in) .*Zoom to them\\.$`),
  )
  for (const town of towns) await expect(group).toHaveAccessibleName(new RegExp(escape(town!)))
  // The count is shown, not only spoken.
  await expect(group.locator('.clinic-group__count')).toHaveText(String(members.length))
  // Each member's symbol stays drawn, its centre inside the group's box.
  const box = (await group.boundingBox())!
  for (const id of members) {
    const m = (await page
      .locator(`.leaflet-marker-pane .${MARKER}`, {
        has: page.locator(`[${CLINIC_ID}="${id}"]`),
      })
      .boundingBox())!
    expect(m.x + m.width / 2).toBeGreaterThanOrEqual(box.x)
    expect(m.x + m.width / 2).toBeLessThanOrEqual(box.x + box.width)
    expect(m.y + m.height / 2).toBeGreaterThanOrEqual(box.y)
    expect(m.y + m.height / 2).toBeLessThanOrEqual(box.y + box.height)
  }
  // Enter zooms in: the first member's group changes (smaller, or it is its own button).
  const groupOf = (id: string) =>
    page.evaluate(
      ({ id, group, members }) =>
        document.querySelector(`.${group}[${members}~="${id}"]`)?.getAttribute(members) ?? 'alone',
      { id, group: GROUP, members: GROUP_MEMBERS },
    )
  await group.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => groupOf(members[0]!)).not.toBe(members.join(' '))
})

// Clinics at one position in the published data (town centres: no street point was sourced).
const places = new Map<string, string[]>()
for (const f of (
  JSON.parse(readFileSync('data/clinics.geojson', 'utf8')) as {
    features: { id: string; geometry: { coordinates: [number, number] } }[]
  }
).features) {
  const at = f.geometry.coordinates.join(',')
  places.set(at, [...(places.get(at) ?? []), f.id])
}
const shared = [...places.values()].filter((ids) => ids.length > 1)

test('clinics sharing one town centre each open from the map, as their own button', async ({
  page,
}) => {
  // Four in Lakeville, three in St. Paul, two each in Eagan and Plymouth on this dataset: a
  // journey of a few seconds for each clinic.
  test.setTimeout(15_000 * shared.flat().length)
  expect(shared.flat().length).toBeGreaterThanOrEqual(4)
  await page.setViewportSize({ width: 1280, height: 720 })
  for (const ids of shared) {
    for (const id of ids) {
      await openMap(page)
      // Pressing its group zooms in until the clinic is its own button; a ring that never
      // opens leaves it inside a group at every zoom, and this fails.
      await (await ownMarker(page, id)).click()
      await expect(page.getByTestId('clinic-details')).toBeVisible()
      await expect(page).toHaveURL(new RegExp(`[?&]clinic=${id}(&|$)`))
    }
  }
})
