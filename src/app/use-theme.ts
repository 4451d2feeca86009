import { useEffect } from 'react'
import type { Theme } from '../domain/url-state.ts'

/** `?theme=dark|light` overrides the reader's system setting; without it, the system decides. */
export function useTheme(theme: Theme | undefined) {
  useEffect(
    function applyTheme() {
      const root = document.documentElement
      if (theme) root.dataset.theme = theme
      else delete root.dataset.theme
    },
    [theme],
  )
}
