// A Node script run in a child process (node/slidev-adapter.ts runs Slidev's command line this way) that
// leaves nothing running: stop() sends SIGTERM, then SIGKILL after a grace period; when this process is
// interrupted (SIGINT, SIGTERM, SIGHUP) every child still running is stopped the same way first, and one still
// running when this process exits is killed. Output is kept (its end), so a failure can say what went wrong.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { constants, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'
import { getPort, getRandomPort } from 'get-port-please'

const GRACE_MS = 5000
const KEPT_OUTPUT = 64 * 1024
const TAIL_LINES = 25

export interface ChildOptions {
  cwd: string
  /** Added to this process's environment. */
  env?: Record<string, string>
  /** Names the child in messages, e.g. "slidev build (print)". */
  label: string
  /** Also show the output as it comes; else it is only kept. */
  echo?: boolean
  /** Also hand the output (standard output and error, as they come) to this, e.g. to show it whole at the end. */
  onOutput?: (text: string) => void
  /** The child shares this terminal (its keys, its colours); no output is kept. */
  inheritStdio?: boolean
  /** With inheritStdio: the child's standard output goes here instead, as it comes (its keys and errors stay). */
  onStdout?: (text: string) => void
  /** A dependency cache of its own (vite.config.ts reads DECK_VITE_CACHE_DIR), removed when it ends. */
  freshViteCache?: boolean
  /** How long stop() waits after SIGTERM before SIGKILL. */
  graceMs?: number
}

export interface RunningChild {
  /** Its exit code when it ends (128 + the signal's number when a signal ended it). */
  exitCode: Promise<number>
  /** Resolves when it ends with code 0, else rejects with its last lines of output. */
  finished: () => Promise<void>
  /** Resolves once `url` answers 200; rejects with its last lines when it ends first or `timeoutMs` passes. */
  answers: (url: string, timeoutMs: number) => Promise<void>
  stop: () => Promise<void>
}

/** The signals that interrupt a command (Ctrl-C, kill, a closed terminal). */
export const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
export type InterruptSignal = typeof INTERRUPTS[number]

/**
 * A child ended by Ctrl-C, SIGTERM or SIGHUP. The same Ctrl-C reaches the whole process group, and the child's
 * exit may be seen before this process's own signal handler runs: the caller reports it as an interruption.
 */
export class ChildInterrupted extends Error {
  readonly signal: InterruptSignal
  constructor(label: string, signal: InterruptSignal) {
    super(`${label} was stopped by ${signal}`)
    this.signal = signal
  }
}

function interruptOf(code: number): InterruptSignal | undefined {
  return INTERRUPTS.find(signal => code === 128 + constants.signals[signal])
}

const running = new Set<ChildProcess>()
/** Fresh Vite caches of children still running, removed even when this process exits abruptly. */
const caches = new Set<string>()
let guarded = false

async function stopChild(child: ChildProcess, graceMs = GRACE_MS): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null)
    return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** Once: interrupting this process stops its children before it ends, as its default handling would. */
function guardInterrupts(): void {
  if (guarded)
    return
  guarded = true
  for (const signal of INTERRUPTS) {
    process.once(signal, async () => {
      await Promise.all([...running].map(child => stopChild(child)))
      // Another handler (a test runner's) decides what happens next; alone, end as the signal would.
      if (!process.listenerCount(signal))
        process.exit(128 + constants.signals[signal])
    })
  }
  process.once('exit', () => {
    for (const child of running)
      child.kill('SIGKILL')
    for (const cache of caches)
      rmSync(cache, { recursive: true, force: true })
  })
}

export function runChild(script: string, args: readonly string[], options: ChildOptions): RunningChild {
  guardInterrupts()
  const cacheDir = options.freshViteCache
    ? mkdtempSync(join(tmpdir(), 'deck-vite-'))
    : undefined
  if (cacheDir)
    caches.add(cacheDir)
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: {
      ...process.env,
      ...options.env,
      ...(cacheDir
        ? { DECK_VITE_CACHE_DIR: cacheDir }
        : {}),
    },
    stdio: options.inheritStdio
      ? (options.onStdout
          ? ['inherit', 'pipe', 'inherit']
          : 'inherit')
      : ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let output = ''
  // Decoded as UTF-8 by the streams, so a character split between two chunks arrives whole (the Chinese deck's).
  const keep = (echo: NodeJS.WriteStream) => (text: string) => {
    output = (output + text).slice(-KEPT_OUTPUT)
    if (options.echo)
      echo.write(text)
    options.onOutput?.(text)
  }
  child.stdout?.setEncoding('utf8')
  child.stderr?.setEncoding('utf8')
  if (options.inheritStdio && options.onStdout) {
    child.stdout?.on('data', options.onStdout)
  }
  else {
    child.stdout?.on('data', keep(process.stdout))
    child.stderr?.on('data', keep(process.stderr))
  }
  const tail = () => stripVTControlCharacters(output).trim().split('\n').slice(-TAIL_LINES).join('\n')

  const exitCode = new Promise<number>((resolve) => {
    const done = (code: number) => {
      running.delete(child)
      if (cacheDir) {
        rmSync(cacheDir, { recursive: true, force: true })
        caches.delete(cacheDir)
      }
      resolve(code)
    }
    child.once('error', () => done(1))
    child.once('exit', (code, signal) => done(code ?? (signal
      ? 128 + constants.signals[signal]
      : 1)))
  })
  let spawnError = ''
  child.once('error', (error) => {
    spawnError = error.message
  })
  const failure = (what: string) => new Error(`${options.label} ${what}${spawnError
    ? `: ${spawnError}`
    : ''}:\n${tail()}`)
  /** Why the child ended with a code other than 0: interrupted by a signal, or failed (with its last lines). */
  const endedWith = (code: number, when: string): Error => {
    const signal = interruptOf(code)
    return signal
      ? new ChildInterrupted(options.label, signal)
      : failure(`exited with code ${code}${when}`)
  }

  return {
    exitCode,
    async finished() {
      const code = await exitCode
      if (code !== 0)
        throw endedWith(code, '')
    },
    async answers(url, timeoutMs) {
      const deadline = Date.now() + timeoutMs
      let ended = false
      void exitCode.then(() => {
        ended = true
      })
      while (Date.now() < deadline) {
        if (ended)
          throw endedWith(await exitCode, ` before ${url} answered`)
        try {
          if ((await fetch(url)).ok)
            return
        }
        catch {}
        await new Promise(resolve => setTimeout(resolve, 250))
      }
      throw failure(`did not answer at ${url} within ${timeoutMs} ms`)
    },
    async stop() {
      await stopChild(child, options.graceMs)
      await exitCode
    },
  }
}

/** A TCP port free on 127.0.0.1 right now, for a server that must be told its port up front. */
export function freePort(): Promise<number> {
  return getRandomPort('127.0.0.1')
}

/** The first free port from `from` upward (at most `tries` of them), as Slidev itself finds one (get-port-please). */
export async function firstFreePort(from: number, tries = 50): Promise<number> {
  try {
    return await getPort({
      port: from,
      portRange: [from, from + tries - 1],
      random: false,
      // Every IPv4 address, as a server's own listen is refused; left out, get-port-please reads $HOST (tcsh sets it).
      host: '0.0.0.0',
    })
  }
  catch {
    throw new Error(`no free port between ${from} and ${from + tries - 1}; stop a server or pass --port`)
  }
}
