/**
 * The five screens readers bring (issue 10): two laptops, a tablet held upright and two phones.
 * One list for every tool and test that looks at the page as they do (layout, targets and label
 * journeys, the gallery); `phone` marks the two that get the phone layout, with touch.
 */
export const READER_SIZES = [
  { width: 1280, height: 720, phone: false },
  { width: 1440, height: 900, phone: false },
  { width: 768, height: 1024, phone: false },
  { width: 390, height: 844, phone: true },
  { width: 320, height: 640, phone: true },
] as const

export type ReaderSize = (typeof READER_SIZES)[number]
