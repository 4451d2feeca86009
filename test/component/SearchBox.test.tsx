import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import '../../src/app/theme.css'
import { SearchBox } from '../../src/controls/SearchBox.tsx'

/** Holds the text like the app does, so typing accumulates. */
function Harness({ onChange }: { onChange(query: string): void }) {
  const [q, setQ] = useState('')
  return (
    <SearchBox
      value={q}
      onChange={(next) => {
        onChange(next)
        setQ(next)
      }}
    />
  )
}

describe('SearchBox', () => {
  it('is named for what it finds and reports every keystroke', async () => {
    const onChange = vi.fn<(query: string) => void>()
    await render(<Harness onChange={onChange} />)
    const box = page.getByRole('searchbox', { name: 'Find a clinic, city or ZIP' })
    await userEvent.type(box, 'st paul')
    expect(onChange).toHaveBeenCalledTimes(7)
    expect(onChange.mock.lastCall?.[0]).toBe('st paul')
  })

  it('is at least 44px tall', async () => {
    await render(<SearchBox value="" onChange={() => {}} />)
    const box = page.getByRole('searchbox').element()
    expect(box.getBoundingClientRect().height).toBeGreaterThanOrEqual(44)
  })
})
