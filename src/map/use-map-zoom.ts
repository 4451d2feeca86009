import { useCallback, useSyncExternalStore } from 'react'
import type * as L from 'leaflet'

/**
 * The map's zoom as React state, passed through `select` (so a part re-renders only when what
 * it reads of the zoom changes). useSyncExternalStore reads it again once it listens, so a zoom
 * that ends between a part's first render and its listener (the first view's fit can land just
 * then) cannot leave the part drawn for the old zoom.
 */
export function useMapZoom<T>(map: L.Map, select: (zoom: number) => T): T {
  const subscribe = useCallback(
    (changed: () => void) => {
      map.on('zoomend', changed)
      return () => void map.off('zoomend', changed)
    },
    [map],
  )
  return useSyncExternalStore(subscribe, () => select(map.getZoom()))
}
