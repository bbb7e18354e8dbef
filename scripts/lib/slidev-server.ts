import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
// Starts the deck's own dev server in a child process on a free local port and waits until it answers.
// Used by the handout script and the browser tests; a child keeps Slidev's Vite out of the caller's process.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { PROJECT_ROOT, SLIDEV_BIN } from './paths.ts'

export interface RunningDeck {
  url: string
  port: number
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address
        ? address.port
        : 0
      probe.close(() => resolve(port))
    })
  })
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Slidev exited with code ${child.exitCode} before answering.\n${log()}`)
    try {
      const response = await fetch(url)
      if (response.ok)
        return
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new Error(`Slidev did not answer at ${url} within ${timeoutMs} ms.\n${log()}`)
}

const EXPORT_SERVER = join(PROJECT_ROOT, 'scripts/lib/export-server.ts')

/**
 * `dev` is what a presenter runs (`npm run dev`); `export` is the mode `slidev export` serves,
 * the only one with the print routes (used for the handout).
 */
export async function startDeck(options: { mode?: 'dev' | 'export', entry?: string, timeoutMs?: number } = {}): Promise<RunningDeck> {
  const port = await freePort()
  const cacheDir = mkdtempSync(join(tmpdir(), 'deck-vite-'))
  const args = options.mode === 'export'
    ? [
        EXPORT_SERVER,
        String(port),
      ]
    : [
        SLIDEV_BIN,
        options.entry ?? 'slides.md',
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--log',
        'warn',
      ]
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BROWSER: 'none', DECK_VITE_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = `http://127.0.0.1:${port}`
  const removeCache = () => rmSync(cacheDir, { recursive: true, force: true })
  const stop = async () => {
    if (child.exitCode !== null)
      return removeCache()
    const exited = new Promise(resolve => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([
      exited,
      new Promise(resolve => setTimeout(resolve, 5000)),
    ])
    if (child.exitCode === null)
      child.kill('SIGKILL')
    removeCache()
  }
  try {
    await waitForHttp(`${url}/`, child, () => output, options.timeoutMs ?? 90_000)
  }
  catch (error) {
    await stop()
    throw error
  }
  return { url, port, stop }
}
