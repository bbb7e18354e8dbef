// Ctrl-C (SIGINT), SIGTERM or SIGHUP during an export: the process must not end where it stands, leaving its
// staging folder and lock behind. The export's cleanup runs first (synchronously: removing what it staged),
// then the process says what happened and exits with 128 + the signal's number. On that exit, what it started
// is stopped too: its Slidev child by build/child-process.ts, its Chromium by Playwright (both kill theirs when
// the process exits).
import { constants } from 'node:os'
import process from 'node:process'

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
type Signal = typeof SIGNALS[number]

export function interruptMessage(command: string, signal: Signal): string {
  const how = signal === 'SIGINT'
    ? 'interrupted (Ctrl-C)'
    : `stopped by ${signal}`
  return `${command}: ${how}. Nothing written; the staging folder is removed.`
}

/** Until the returned function is called, a signal runs `cleanup`, reports, and ends the process. */
export function onInterrupt(command: string, cleanup: () => void): () => void {
  const handlers = SIGNALS.map(signal => [
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
