// Ctrl-C (SIGINT), SIGTERM or SIGHUP during an export: the process must not end where it stands, leaving its
// staging folder and lock behind. The export's cleanup runs first (synchronously: removing what it staged),
// then the process says what happened and exits with 128 + the signal's number. On that exit, what it started
// is stopped too: its Slidev child by node/child-process.ts, its Chromium by Playwright (both kill theirs when
// the process exits).
import type { InterruptSignal as Signal } from '../../node/child-process.ts'
import { constants } from 'node:os'
import process from 'node:process'
import { ChildInterrupted, INTERRUPTS } from '../../node/child-process.ts'

export function interruptMessage(command: string, signal: Signal): string {
  const how = signal === 'SIGINT'
    ? 'interrupted (Ctrl-C)'
    : `stopped by ${signal}`
  return `${command}: ${how}. Nothing written; the staging folder is removed.`
}

/** Until the returned function is called, a signal runs `cleanup`, reports, and ends the process. */
export function onInterrupt(command: string, cleanup: () => void): () => void {
  const handlers = INTERRUPTS.map(signal => [
    signal,
    () => {
      try {
        cleanup()
      }
      finally {
        console.error(`\n${interruptMessage(command, signal)}`)
        process.exit(128 + constants.signals[signal])
      }
    },
  ] as const)
  for (const [signal, handler] of handlers)
    process.on(signal, handler)
  return () => {
    for (const [signal, handler] of handlers)
      process.off(signal, handler)
  }
}

/**
 * For an export's catch: when `error` is its Slidev child ended by the same Ctrl-C (seen before this process's
 * handler ran), says so as the handler would and returns the exit code; else undefined.
 */
export function interruptedExit(command: string, error: unknown): number | undefined {
  if (!(error instanceof ChildInterrupted))
    return undefined
  console.error(`\n${interruptMessage(command, error.signal)}`)
  return 128 + constants.signals[error.signal]
}
