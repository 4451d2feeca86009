/**
 * When a part of the page fails to load: reload once after a redeploy, never otherwise. The
 * browser is faked (fetch, sessionStorage, reload); test/e2e/faults.spec.ts drives the real one.
 * Error texts are the browsers' own wording, copied from Chromium, Firefox and Safari.
 */
import { describe, expect, it, vi } from 'vitest'
import {
  isChunkLoadError,
  loadChunk,
  reloadIfRedeployed,
  type ChunkEnv,
} from '../../src/data/chunk-recovery.ts'
import { fetchWithin, TimeoutError } from '../../src/data/fetch-within.ts'

const CHUNK = 'https://example.github.io/map/assets/ClinicDetails-1sUJeUU7.js'
const ENTRY = 'https://example.github.io/map/assets/index-B8oCz1NO.js'
const chromium = new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`)
const firefox = new TypeError(`error loading dynamically imported module: ${CHUNK}`)
const safari = new TypeError('Importing a module script failed.')

function fakeEnv(answer: number | 'offline', stored: Record<string, string> = {}) {
  const probed: string[] = []
  const env: ChunkEnv & { reloads: number; probed: string[]; stored: Record<string, string> } = {
    reloads: 0,
    probed,
    stored,
    fetch: async (url) => {
      probed.push(String(url))
      if (answer === 'offline') throw new TypeError('Failed to fetch')
      return new Response(null, { status: answer })
    },
    storage: () => ({
      getItem: (k) => stored[k] ?? null,
      setItem: (k, v) => void (stored[k] = v),
    }),
    reload: () => void env.reloads++,
    entryUrl: () => ENTRY,
  }
  return env
}

describe('telling a failed import apart', () => {
  it.each([chromium, firefox, safari])('recognises %s', (e) => {
    expect(isChunkLoadError(e)).toBe(true)
  })
  it('ignores other errors', () => {
    expect(isChunkLoadError(new TypeError('x is not a function'))).toBe(false)
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false)
  })
})

describe('reloading after a redeploy', () => {
  it('reloads when the server answers 404 for the named file, and only once for it', async () => {
    const env = fakeEnv(404)
    expect(await reloadIfRedeployed(chromium, env)).toBe(true)
    expect(env.probed).toEqual([CHUNK])
    expect(env.reloads).toBe(1)
    // The fresh page hits the same missing file (a broken deploy): no second reload.
    expect(await reloadIfRedeployed(chromium, env)).toBe(false)
    expect(env.reloads).toBe(1)
  })

  it('reloads for 410 Gone too', async () => {
    const env = fakeEnv(410)
    expect(await reloadIfRedeployed(firefox, env)).toBe(true)
  })

  it('probes the entry script when the error names no file (Safari)', async () => {
    const env = fakeEnv(404)
    expect(await reloadIfRedeployed(safari, env)).toBe(true)
    expect(env.probed).toEqual([ENTRY])
  })

  it('does not reload when the file is still there (a dropped request)', async () => {
    const env = fakeEnv(200)
    expect(await reloadIfRedeployed(chromium, env)).toBe(false)
    expect(env.reloads).toBe(0)
  })

  it('does not reload when the server cannot be reached', async () => {
    const env = fakeEnv('offline')
    expect(await reloadIfRedeployed(chromium, env)).toBe(false)
    expect(env.reloads).toBe(0)
  })

  it('does not reload for a server error (5xx): the file may come back', async () => {
    const env = fakeEnv(503)
    expect(await reloadIfRedeployed(chromium, env)).toBe(false)
  })

  it('never reloads when storage is blocked, since nothing could stop a loop', async () => {
    const env = fakeEnv(404)
    env.storage = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    expect(await reloadIfRedeployed(chromium, env)).toBe(false)
    expect(env.reloads).toBe(0)
  })

  it('another renamed file after a later redeploy gets its own reload', async () => {
    const env = fakeEnv(404)
    await reloadIfRedeployed(chromium, env)
    const later = new TypeError(
      'Failed to fetch dynamically imported module: https://example.github.io/map/assets/EmbedDialog-Zx9.js',
    )
    expect(await reloadIfRedeployed(later, env)).toBe(true)
    expect(env.reloads).toBe(2)
  })

  it('loadChunk passes other failures on, so the part can show its error', async () => {
    const env = fakeEnv(200)
    await expect(loadChunk(() => Promise.reject(chromium), env)).rejects.toBe(chromium)
    await expect(loadChunk(() => Promise.resolve('module'), env)).resolves.toBe('module')
  })
})

describe('the time limit on downloads', () => {
  it('rejects with a TimeoutError and aborts the request when time is up', async () => {
    vi.useFakeTimers()
    try {
      let signal: AbortSignal | undefined
      const hanging: typeof fetch = (_url, init) => {
        signal = init?.signal ?? undefined
        return new Promise(() => {})
      }
      const result = fetchWithin('data.json', {}, (r) => r.json(), 15_000, hanging)
      const settled = result.catch((e: unknown) => e)
      await vi.advanceTimersByTimeAsync(14_999)
      expect(signal?.aborted).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(await settled).toBeInstanceOf(TimeoutError)
      expect(signal?.aborted).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('resolves with the body when it arrives in time', async () => {
    const quick: typeof fetch = async () => new Response('{"ok":true}')
    await expect(fetchWithin('data.json', {}, (r) => r.json(), 15_000, quick)).resolves.toEqual({
      ok: true,
    })
  })
})
