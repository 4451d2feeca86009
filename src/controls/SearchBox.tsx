import { useId } from 'react'
import './controls.css'

interface SearchBoxProps {
  /** The filter's text query, as in the URL's `q`. */
  value: string
  /** Called on every keystroke with the new text. */
  onChange(query: string): void
  /** Id of the input, for skip links and labels elsewhere. */
  id?: string
}

/**
 * The one search field of the page, placed before the map so it is a few Tab presses from the
 * top: a labelled text box over the filters' query. `<SearchBox value={q} onChange={setQ} />`
 */
export function SearchBox({ value, onChange, id }: SearchBoxProps) {
  const generated = useId()
  const inputId = id ?? generated
  return (
    <div className="search-box">
      <label htmlFor={inputId}>Find a clinic, city or ZIP</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  )
}
