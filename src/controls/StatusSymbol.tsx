import type { Evidence } from '../domain/vocabulary.ts'
import {
  boxSize,
  ENCODING,
  SHAPE_PATHS,
  SYMBOL_VIEWBOX,
  symbolLook,
  type SymbolLook,
} from '../domain/symbols.ts'
import type { Status } from '../domain/timeline.ts'
import './controls.css'

interface StatusSymbolProps {
  status: Status
  /** How sure the data is; decides solid, hollow or faint. Default `confirmed` (solid). */
  evidence?: Evidence
  /** Adds the dashed ring that marks an approximate position. */
  approximate?: boolean
}

/**
 * A status's shape in its colour, drawn from the one description in src/domain/symbols.ts at the
 * size the map draws it, so the key and the list show exactly the map's marks. Decorative
 * (aria-hidden): the label next to it must say the same in words.
 * `<StatusSymbol status="probably_struck" evidence="inferred" />` is a hollow orange circle.
 */
export function StatusSymbol({
  status,
  evidence = 'confirmed',
  approximate = false,
}: StatusSymbolProps) {
  const look = symbolLook({ status, evidence, approximate })
  const box = boxSize(look)
  return (
    <svg
      className="status-symbol"
      aria-hidden="true"
      focusable="false"
      viewBox={SYMBOL_VIEWBOX}
      width={box}
      height={box}
      data-status={status}
      data-fill={look.hollow ? 'hollow' : 'solid'}
      data-faint={look.faint || undefined}
    >
      <SymbolShape look={look} />
    </svg>
  )
}

/** The ring and shape of a look; the DOM markers build the same nodes (src/map/marker-icon.ts). */
function SymbolShape({ look }: { look: SymbolLook }) {
  const { ring } = ENCODING
  return (
    <g opacity={look.opacity}>
      {look.ring && (
        <circle
          className="symbol-ring"
          cx="10"
          cy="10"
          r={ring.r}
          fill="none"
          stroke={`var(${look.colorVar}, ${look.color})`}
          strokeWidth={ring.width}
          strokeDasharray={ring.dash}
          opacity={ring.opacity}
        />
      )}
      <path
        className="symbol-shape"
        d={SHAPE_PATHS[look.shape]}
        fill={look.fill}
        stroke={look.stroke}
        strokeWidth={look.strokeWidth}
        strokeLinejoin="round"
      />
    </g>
  )
}
