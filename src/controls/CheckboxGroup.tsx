import type { ReactNode } from 'react'
import { toggle } from './toggle.ts'
import './controls.css'

interface CheckboxGroupProps<T extends string> {
  legend: string
  /** Every choice, in display order. */
  options: readonly T[]
  selected: readonly T[]
  /** The visible label, which is also the checkbox's accessible name. */
  renderLabel(option: T): ReactNode
  onChange(next: readonly T[]): void
  className?: string
}

/**
 * A `<fieldset>` of checkboxes over a fixed list; `onChange` gets the new selection in the
 * options' order. `<CheckboxGroup legend="Kind" options={KIND_FILTERS} ... />`
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  renderLabel,
  onChange,
  className,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className={['checkbox-group', className].filter(Boolean).join(' ')}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="checkbox-group-item">
          <input
            type="checkbox"
            value={option}
            checked={selected.includes(option)}
            onChange={(e) => onChange(toggle(options, selected, option, e.currentTarget.checked))}
          />
          {renderLabel(option)}
        </label>
      ))}
    </fieldset>
  )
}
