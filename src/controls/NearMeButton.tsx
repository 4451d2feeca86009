/**
 * Near me, as both search boxes show it (the first view's stand-in and the combobox,
 * ClinicSearch.tsx): on phones only its symbol is drawn, and its name stays "Near me".
 */
export function NearMeButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" className="clinic-search__near" aria-label="Near me" onClick={onClick}>
      <span className="clinic-search__near-icon" aria-hidden="true">
        ◎
      </span>
      <span className="clinic-search__near-text">Near me</span>
    </button>
  )
}
