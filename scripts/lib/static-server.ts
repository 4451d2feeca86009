/**
 * A small static file server, shaped like GitHub Pages: it serves one folder (the built `dist/`)
 * under a mount path such as `/strike-map/`, so tests can prove that one build works from any
 * sub-path, and the screenshot tool can photograph the build without `vite preview`.
 *
 * Deliberately plain (node:http + node:fs): no caching, no SPA fallback, and no compression unless
 * asked (`gzip: true`, as Pages does for text, so benchmarks see the bytes readers download). A
 * missing file is a 404 here as it is on Pages, so a wrong asset path cannot hide behind a
 * fallback page.
 *
 * @example
 *   const server = await startStaticServer({ root: 'dist', mount: '/strike-map/' })
 *   await page.goto(server.url) // http://127.0.0.1:PORT/strike-map/
 *   await server.close()
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createGzip } from 'node:zlib'
import { extname, resolve, sep } from 'node:path'

/** Content types by extension; anything else is served as bytes. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // Same type as the dev server's dataset middleware in vite.config.ts.
  '.geojson': 'application/geo+json',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
}

export interface StaticServerOptions {
  /** The folder to serve, e.g. `dist`. */
  root: string
  /** URL path the folder appears under; leading and trailing slashes are added. Default `/`. */
  mount?: string
  /** Port on 127.0.0.1; 0 (the default) picks any free port. */
  port?: number
  /** Gzip text responses for clients that accept it, as GitHub Pages does. Default false. */
  gzip?: boolean
}

export interface StaticServer {
  /** The mount's absolute URL, ending in `/`, e.g. `http://127.0.0.1:41234/strike-map/`. */
  url: string
  /** Stops listening and drops open keep-alive connections. */
  close(): Promise<void>
}

/** `strike-map` → `/strike-map/`; `` → `/`. */
function normaliseMount(mount: string): string {
  const trimmed = mount.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

function send(res: ServerResponse, status: number, body: string, headers = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
  res.end(body)
}

/** The file a URL path names under `root`, or undefined when it would leave `root`. */
function fileFor(root: string, relative: string): string | undefined {
  const file = resolve(root, `.${sep}${relative}`)
  return file === root || file.startsWith(root + sep) ? file : undefined
}

async function handle(
  root: string,
  mount: string,
  gzip: boolean,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
  }
  // The query string never names a file: `basemap.json?v=2` is `basemap.json`.
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/'
  // Pages redirects a folder without its slash; relative asset URLs depend on that slash.
  if (`${rawPath}/` === mount) return send(res, 301, '', { Location: mount })
  if (!rawPath.startsWith(mount)) return send(res, 404, 'Not found\n')
  let relative: string
  try {
    relative = decodeURIComponent(rawPath.slice(mount.length))
  } catch {
    return send(res, 400, 'Bad request\n')
  }
  // Checked after decoding, so `..%2F` cannot climb out of the root either.
  const file = relative.includes('\0') ? undefined : fileFor(root, relative)
  if (!file) return send(res, 403, 'Forbidden\n')

  let target = file
  let info = await stat(target).catch(() => undefined)
  if (info?.isDirectory()) {
    if (!rawPath.endsWith('/')) return send(res, 301, '', { Location: `${rawPath}/` })
    target = resolve(file, 'index.html')
    info = await stat(target).catch(() => undefined)
  }
  if (!info?.isFile()) return send(res, 404, 'Not found\n')

  const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream'
  const compress =
    gzip &&
    /^(text\/|application\/(json|geo\+json|manifest)|image\/svg)/.test(type) &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  res.writeHead(200, {
    'Content-Type': type,
    ...(compress
      ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }
      : { 'Content-Length': info.size }),
    // Tests rebuild dist/ between runs; a cached old bundle would test the wrong code.
    'Cache-Control': 'no-store',
    // A wrong type fails loudly (as on a strict host) instead of being sniffed into working.
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.method === 'HEAD') return void res.end()
  const body = createReadStream(target).on('error', () => res.destroy())
  if (compress) body.pipe(createGzip()).pipe(res)
  else body.pipe(res)
}

/** Serves `root` under `mount` on 127.0.0.1 until `close()` is called. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root)
  const mount = normaliseMount(options.mount ?? '/')
  const server = createServer((req, res) => {
    handle(root, mount, options.gzip ?? false, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal server error\n')
      else res.destroy()
    })
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, '127.0.0.1', () => done())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections()
      }),
  }
}
