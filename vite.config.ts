import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const DATASET = fileURLToPath(new URL('./data/clinics.geojson', import.meta.url))

/**
 * Serves data/clinics.geojson at <base>/data/clinics.geojson in dev and copies it into the
 * build, so the committed file in data/ is the only copy (no duplicate under public/).
 */
function dataset(): Plugin {
  return {
    name: 'strike-map-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith('/data/clinics.geojson')) return next()
        res.setHeader('Content-Type', 'application/geo+json')
        res.end(readFileSync(DATASET))
      })
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'data/clinics.geojson',
        source: readFileSync(DATASET),
      })
    },
  }
}

// base './' makes every asset URL relative, so one build works from any sub-path
// (https://user.github.io/repo/) and from a custom domain without rebuilding.
export default defineConfig({
  base: './',
  plugins: [react(), dataset()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
})
