import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import './app/faults.css'

// index.html's note for a page whose script never runs: this script runs, so it goes.
document.getElementById('boot-note')?.remove()

const root = document.getElementById('root')
if (!root) throw new Error('index.html needs <div id="root">')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
