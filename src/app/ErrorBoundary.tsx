import { Component, type ReactNode } from 'react'

interface Props {
  /** What to show instead of the children once one of them has thrown. */
  fallback: ReactNode
  children: ReactNode
}

/**
 * Shows `fallback` instead of a blank page when rendering its children throws. The explorer
 * draws the data before the full schema check has finished (see use-dataset.ts), so a damaged
 * file can throw here first; the check's own message then replaces this fallback.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
