import { useEffect, useState } from 'react'
import { useMap } from 'react-leaflet'

/**
 * In an embedded map the page must keep scrolling: the mouse wheel and one-finger drags pass to
 * the article until the reader clicks, taps or focuses the map. A visible hint says how; moving
 * the pointer out of the map hands the wheel back to the page.
 */
export function ScrollGuard() {
  const map = useMap()
  const [active, setActive] = useState(false)
  useEffect(
    function guard() {
      const container = map.getContainer()
      const release = () => setActive(true)
      const capture = () => setActive(false)
      container.addEventListener('click', release)
      container.addEventListener('focusin', release)
      container.addEventListener('mouseleave', capture)
      return function unguard() {
        container.removeEventListener('click', release)
        container.removeEventListener('focusin', release)
        container.removeEventListener('mouseleave', capture)
      }
    },
    [map],
  )
  useEffect(
    function applyGuard() {
      if (active) {
        map.scrollWheelZoom.enable()
        map.dragging.enable()
      } else {
        map.scrollWheelZoom.disable()
        map.dragging.disable()
      }
    },
    [map, active],
  )
  return active ? null : (
    <p className="scroll-guard" aria-hidden="true">
      Click or tap the map to explore it
    </p>
  )
}
