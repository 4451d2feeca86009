/**
 * Loading the page's own code on demand (the details card, the Embed dialog, the schema...),
 * and recovering when that fails. Two failures look alike to `import()`: the network dropped
 * (try again later: the same file will come) and a redeploy renamed the chunks (the file is
 * gone for good: only a fresh page knows the new names). The second is told apart by asking the
 * server for the missing file again: a 404 or 410 means it was renamed, and the page reloads,
 * once per missing file per tab (sessionStorage), so a broken deploy cannot loop.
 */

/** What the recovery needs from the browser; tests pass fakes. */
export interface ChunkEnv {
  fetch: typeof fetch
  /** May throw where storage is blocked (a sandboxed iframe): then the page never reloads itself. */
  storage(): Pick<Storage, 'getItem' | 'setItem'>
  reload(): void
  /** The running page's entry script, the file to probe when an error names none (Safari). */
  entryUrl(): string | undefined
}

const RELOADED_KEY = 'strike-map:reloaded-for'

const browserChunkEnv: ChunkEnv = {
  fetch: (...args) => fetch(...args),
  storage: () => sessionStorage,
  reload: () => location.reload(),
  entryUrl: () => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src,
}

/**
 * True for the error a failed `import()` rejects with: Chromium's "Failed to fetch dynamically
 * imported module: URL", Firefox's "error loading dynamically imported module: URL", Safari's
 * "Importing a module script failed."
 */
export function isChunkLoadError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    /dynamically imported module|importing a module script failed/i.test(error.message)
  )
}

/**
 * After a failed chunk: reloads the page when the server says the file is gone (404 or 410: a
 * redeploy renamed it) and this tab has not already reloaded for that file. An unreachable
 * server, blocked storage or any doubt means no reload. Resolves true when a reload started.
 */
export async function reloadIfRedeployed(error: unknown, env: ChunkEnv): Promise<boolean> {
  if (!isChunkLoadError(error)) return false
  const url = /https?:\/\/\S+?\.m?js\b/.exec(error.message)?.[0] ?? env.entryUrl()
  if (!url) return false
  try {
    const storage = env.storage()
    const done = storage.getItem(RELOADED_KEY)?.split('\n') ?? []
    if (done.includes(url)) return false
    const response = await env.fetch(url, { method: 'HEAD', cache: 'no-store' })
    if (response.status !== 404 && response.status !== 410) return false
    // Written before reloading: without the guard a broken deploy would reload forever.
    storage.setItem(RELOADED_KEY, [...done, url].slice(-20).join('\n'))
  } catch {
    return false
  }
  env.reload()
  return true
}

/**
 * Runs `load` (an `import()`); on a redeploy it reloads the page and never settles, so the
 * reader sees the part's loading state, not an error, until the fresh page arrives. Any other
 * failure rejects as before, and calling `loadChunk` again fetches the file again.
 */
export async function loadChunk<T>(load: () => Promise<T>, env = browserChunkEnv): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (await reloadIfRedeployed(error, env)) return new Promise<T>(() => {})
    throw error
  }
}
