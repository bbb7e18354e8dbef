// Browser files run two at a time, but Slidev keeps the English dev server's presenter and audience windows in step:
// a file that opens a presenter view there moves the pages another file is stepping through. A file that steps
// through that server calls `takeDevServerTurn()` at its top (or in the describe that does): it waits until no other
// file holds the turn, and gives it back when done. The turn is an export folder's lock (scripts/lib/out-dir.ts), on
// a folder of the run's own. file-order.ts starts the files that take turns beside those that do not, so the wait is
// rare.
import type { OutDirLock } from '../../scripts/lib/out-dir.ts'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { lockOutDir } from '../../scripts/lib/out-dir.ts'

const WAIT_MS = 15 * 60_000

export function takeDevServerTurn(): void {
  const turn = join(inject('liveExportsDir'), 'dev-server-turn')
  let held: OutDirLock | undefined
  beforeAll(async () => {
    mkdirSync(turn, { recursive: true })
    held = await lockOutDir(turn, `the dev server's turn for ${expect.getState().testPath ?? 'a test file'}`, { timeoutMs: WAIT_MS })
  }, WAIT_MS + 10_000)
  afterAll(() => held?.release())
}
