import { describe, expect, it } from 'vitest'
import { clearArea, panToClear } from '../../src/map/keep-clear.ts'

// A map 800 x 400 px whose top-left corner is at (20, 200) on a 720 px tall screen.
const MAP = { left: 20, top: 200, right: 820, bottom: 600, width: 800 }

describe('clearArea', () => {
  it('is the whole map when nothing covers it and it is all on screen', () => {
    expect(clearArea(MAP, 720)).toEqual({ left: 0, top: 0, right: 800, bottom: 400 })
  })

  it('stops at the screen: a map running 100 px below it', () => {
    expect(clearArea(MAP, 500).bottom).toBe(300)
  })

  it('starts at the screen: a map scrolled 50 px above it', () => {
    const scrolled = { ...MAP, top: -50, bottom: 350 }
    expect(clearArea(scrolled, 720).top).toBe(50)
  })

  it('ends left of a card over the right side', () => {
    const card = { left: 420, top: 212, right: 808, bottom: 588, width: 388 }
    expect(clearArea(MAP, 720, card)).toEqual({ left: 0, top: 0, right: 400, bottom: 400 })
  })

  it('ends above a bottom sheet as wide as the map', () => {
    const sheet = { left: 20, top: 450, right: 820, bottom: 720, width: 800 }
    expect(clearArea(MAP, 720, sheet)).toEqual({ left: 0, top: 0, right: 800, bottom: 250 })
  })
})

describe('panToClear', () => {
  const area = { left: 0, top: 0, right: 400, bottom: 400 }

  it('leaves a marker that is well inside alone', () => {
    expect(panToClear({ x: 200, y: 200 }, area)).toBeUndefined()
  })

  it('moves a marker under the card to the clear part’s centre', () => {
    // (600, 100) to (200, 200): the map moves 400 px left and 100 px down, so panBy(400, -100).
    expect(panToClear({ x: 600, y: 100 }, area)).toEqual([400, -100])
  })

  it('moves a marker hugging the edge (within the 40 px margin) too', () => {
    expect(panToClear({ x: 390, y: 200 }, area)).toEqual([190, 0])
  })

  it('does nothing when no part of the map is clear', () => {
    expect(panToClear({ x: 10, y: 10 }, { left: 0, top: 0, right: 0, bottom: 400 })).toBeUndefined()
  })
})
