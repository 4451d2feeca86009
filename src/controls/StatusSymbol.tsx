import type { Evidence } from '../domain/clinic-schema.ts'
import { EVIDENCE_STYLES, SHAPE_PATHS, STATUS_SYMBOLS } from '../domain/symbols.ts'
import type { Status } from '../domain/timeline.ts'
import './controls.css'

/** Opacity of a symbol whose evidence is not counted (unverified, unlikely). */
const FAINT_OPACITY = 0.45

interface StatusSymbolProps {
  status: Status
  /** How sure the data is; decides solid, hollow or faint. Default `confirmed` (solid). */
  evidence?: Evidence
  /** Width and height in CSS pixels. */
  size?: number
  /** Adds the dashed ring that marks an approximate location (city or ZIP centre). */
  approximate?: boolean
}

/**
 * A status's shape in its colour, solid / hollow / faint by evidence; decorative (aria-hidden),
 * so the label next to it must say the same in words.
 * `<StatusSymbol status="struck" evidence="inferred" />` is a hollow orange circle.
 */
export function StatusSymbol({
  status,
  evidence = 'confirmed',
  size = 20,
  approximate = false,
}: StatusSymbolProps) {
  const symbol = STATUS_SYMBOLS[status]
  const style = EVIDENCE_STYLES[evidence]
  const color = `var(${symbol.colorVar}, ${symbol.color})`
  const hollow = style.fill === 'hollow'
  // The ring needs room outside the 20x20 shape box, so the view box grows instead of the shape.
  const viewBox = approximate ? '-3 -3 26 26' : '0 0 20 20'
  return (
    <svg
      className="status-symbol"
      aria-hidden="true"
      focusable="false"
      viewBox={viewBox}
      width={size}
      height={size}
      data-status={status}
      data-fill={style.fill}
      data-faint={style.faint || undefined}
    >
      <g opacity={style.faint ? FAINT_OPACITY : undefined}>
        {approximate && (
          <circle
            cx="10"
            cy="10"
            r="12"
            fill="none"
            stroke="var(--muted)"
            strokeWidth="1.25"
            strokeDasharray="2.5 2"
          />
        )}
        <path
          d={SHAPE_PATHS[symbol.shape]}
          fill={hollow ? 'var(--bg, #ffffff)' : color}
          stroke={color}
          strokeWidth={hollow ? 2.5 : 1}
          strokeLinejoin="round"
        />
      </g>
    </svg>
  )
}
