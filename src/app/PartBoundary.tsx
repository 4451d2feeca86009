import type { ReactNode } from 'react'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import './faults.css'

/**
 * A part of the page loaded on demand (src/data/lazy-part.ts) that failed shows its own small
 * message with a retry, where the part would be; the map and the rest of the page stay.
 * `what` starts the sentence: "The clinic's details could not be loaded."
 */
export function PartBoundary({
  part,
  what,
  className,
  children,
}: {
  part: { retry(): void }
  what: string
  /** Places the message where the part would have been (a card over the map, a tool row). */
  className?: string
  children: ReactNode
}) {
  return (
    <ErrorBoundary
      onRetry={part.retry}
      fallback={(retry) => (
        <div role="alert" className={className ? `part-error ${className}` : 'part-error'}>
          <p>{what} could not be loaded. Check your connection and try again.</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
