// The folder an export writes into, made safe before anything is built: it must be writable (else the
// export is refused at once, naming it), and only one export writes into it at a time (a second one waits for
// the first to finish, so the folder never holds a mix of two exports' files).
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'

export const LOCK_FILE = '.export-lock'

/** Creates the folder if needed and proves a file can be written there; throws a message naming it otherwise. */
export function checkWritable(outDir: string): { created: boolean } {
  const folder = resolve(outDir)
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw new Error(`cannot write into ${folder}: it is a file, not a folder. Choose another --out-dir.`)
  const created = !existsSync(folder)
  try {
    mkdirSync(folder, { recursive: true })
    const probe = join(folder, `.write-test-${process.pid}`)
    closeSync(openSync(probe, 'w'))
    rmSync(probe)
  }
  catch (error) {
    throw new Error(`cannot write into ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Choose another --out-dir or fix its permissions.`)
  }
  return { created }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

interface Holder { pid: number, command: string }

function readHolder(lock: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lock, 'utf8')) as Partial<Holder>
    return typeof holder.pid === 'number'
      ? {
          pid: holder.pid,
          command: String(holder.command ?? 'an export'),
        }
      : undefined
  }
  catch {
    return undefined
  }
}

export interface OutDirLock { release: () => void }

/**
 * Takes the folder's lock (a file holding this process's id), waiting while another running export holds it;
 * a lock left by a process that no longer runs is taken over. `onWait` is told once whom it waits for.
 */
export async function lockOutDir(outDir: string, command: string, options: { pollMs?: number, timeoutMs?: number, onWait?: (holder: Holder) => void } = {}): Promise<OutDirLock> {
  const lock = join(resolve(outDir), LOCK_FILE)
  const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000)
  let told = false
  for (;;) {
    // Written beside it, then linked into place: the lock appears whole or not at all (link fails if it exists).
    const mine = `${lock}.${process.pid}`
    writeFileSync(mine, JSON.stringify({ pid: process.pid, command }))
    try {
      linkSync(mine, lock)
      let released = false
      return {
        release: () => {
          if (!released && readHolder(lock)?.pid === process.pid)
            rmSync(lock, { force: true })
          released = true
        },
      }
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
    }
    finally {
      rmSync(mine, { force: true })
    }
    const holder = readHolder(lock)
    if (!holder || !isRunning(holder.pid)) {
      // Left behind by an export that was killed outright (SIGKILL): nothing is writing any more.
      rmSync(lock, { force: true })
      continue
    }
    if (Date.now() > deadline)
      throw new Error(`${holder.command} (process ${holder.pid}) has been writing into ${resolve(outDir)} for too long; try again when it has finished`)
    if (!told) {
      options.onWait?.(holder)
      told = true
    }
    await new Promise(done => setTimeout(done, options.pollMs ?? 250))
  }
}
