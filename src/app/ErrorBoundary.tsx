import { Component, type ReactNode } from 'react'

interface Props {
  /** What to show once a child has thrown; `retry` clears the failure and draws the children again. */
  fallback: (retry: () => void) => ReactNode
  /** Called by `retry` before the children are drawn again (forget a failed load, refetch). */
  onRetry?: () => void
  children: ReactNode
}

/**
 * Shows `fallback` instead of a blank page when rendering its children throws, with a retry that
 * really redraws them (a boundary that only remembers "failed" can never recover). The page-wide
 * one is in App.tsx; each part loaded on demand has its own (PartBoundary.tsx).
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  retry = () => {
    this.props.onRetry?.()
    this.setState({ failed: false })
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children
  }
}
