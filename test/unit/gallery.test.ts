/**
 * The reader's gallery's plan and contact sheet (issue 10 pt 8), without a browser: which states
 * it photographs at which sizes, the article column of each embed picture, and a sheet that links
 * every picture. A green run does not prove the pictures look right: open gallery/out/index.html.
 */
import { describe, expect, it } from 'vitest'
import {
  articleColumn,
  contactSheet,
  GALLERY_STATES,
  shotName,
  type GalleryShot,
  type Size,
} from '../../scripts/lib/gallery.ts'
import { READER_SIZES } from '../../scripts/lib/reader-sizes.ts'

describe('the gallery plan', () => {
  it('photographs the five reader sizes', () => {
    expect(READER_SIZES.map((s) => `${s.width}x${s.height}`)).toEqual([
      '1280x720',
      '1440x900',
      '768x1024',
      '390x844',
      '320x640',
    ])
  })

  it('has every state the issue lists', () => {
    expect(GALLERY_STATES.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'first-view',
        'date-2025-06-03',
        'date-2025-11-02',
        'date-2025-11-05',
        'date-2026-02-01',
        'details-from-marker',
        'details-from-link',
        'search-results',
        'search-none',
        'phone-list',
        'embed',
      ]),
    )
  })

  it('shows the phone list only on phones, and puts embeds in 680 and 358 px columns', () => {
    const list = GALLERY_STATES.find((s) => s.name === 'phone-list')!
    expect(READER_SIZES.filter((s) => list.at?.(s) ?? true).map((s) => s.width)).toEqual([390, 320])
    // 680 + 2 x 16 px margins fit from 712 px; 390 - 32 = 358; 320 - 32 = 288.
    expect(READER_SIZES.map(articleColumn)).toEqual([680, 680, 680, 358, 288])
    // The edges: a 600 px screen is a phone, 601 is not; 712 px takes the 680 column, 711 does not.
    const size = (width: number) => ({ width, height: 800 }) as unknown as Size
    expect([list.at?.(size(600)), list.at?.(size(601))]).toEqual([true, false])
    expect([articleColumn(size(712)), articleColumn(size(711))]).toEqual([680, 358])
  })
})

describe('contactSheet', () => {
  const state = (name: string, title: string) => ({ name, title, go: async () => {} })
  const first = state('first-view', 'First view')
  const tricky = state('search', 'Search "<b>" & more')
  const shots: GalleryShot[] = [
    { state: first, size: READER_SIZES[0], theme: 'light', file: 'x' },
    { state: first, size: READER_SIZES[3], theme: 'dark', file: 'x' },
    { state: tricky, size: READER_SIZES[4], theme: 'light', file: 'x' },
  ]
  const html = contactSheet(shots)

  it('links and shows every picture, by file name beside it', () => {
    for (const name of [
      'first-view-1280x720-light.png',
      'first-view-390x844-dark.png',
      'search-320x640-light.png',
    ]) {
      expect(html).toContain(`<a href="${name}"><img src="${name}"`)
    }
    expect(shotName('embed', READER_SIZES[2], 'dark')).toBe('embed-768x1024-dark.png')
  })

  it('has one section per state, titles escaped', () => {
    expect(html.match(/<section>/g)).toHaveLength(2)
    expect(html).toContain('<h2>Search &quot;&lt;b&gt;&quot; &amp; more</h2>')
    expect(html).not.toContain('<b>')
    expect(html).toContain('3 pictures')
  })
})
