// node/child-process.ts, which runs Slidev's command line for node/slidev-adapter.ts: a failure says what the
// child printed last, and stop() leaves nothing running, even a child that ignores SIGTERM.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ChildInterrupted, freePort, runChild } from '../../node/child-process.ts'
import { interruptedExit } from '../../scripts/lib/interrupts.ts'

const dir = mkdtempSync(join(tmpdir(), 'child-process-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function script(name: string, code: string): string {
  const file = join(dir, name)
  writeFileSync(file, code)
  return file
}

function alive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

describe('runChild', () => {
  it('rejects a failed child with its label, exit code and last lines of output', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`)
    const failing = script('fail.mjs', `console.log(${JSON.stringify(lines.slice(0, 20).join('\n'))}); console.error(${JSON.stringify(lines.slice(20).join('\n'))}); process.exit(3)`)
    const child = runChild(failing, [], { cwd: dir, label: 'the test child' })
    const error = await child.finished().catch((caught: Error) => caught)
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message.split('\n')[0]).toBe('the test child exited with code 3:')
    expect(message).toContain('line 40')
    expect(message).toContain('line 16')
    expect(message).not.toContain('line 15\n')
    expect(await child.exitCode).toBe(3)
  })

  it('resolves for a child that ends with 0, and passes it its arguments and environment', async () => {
    const echo = script('echo.mjs', 'if (process.argv[2] !== "a" || process.env.DECK_TEST !== "yes") process.exit(1)')
    await expect(runChild(echo, ['a'], {
      cwd: dir,
      env: { DECK_TEST: 'yes' },
      label: 'echo',
    }).finished()).resolves.toBeUndefined()
  })

  it('stops a child that ignores SIGTERM with SIGKILL after the grace period', async () => {
    const pidFile = join(dir, 'stubborn.pid')
    const stubborn = script('stubborn.cjs', `process.on('SIGTERM', () => {}); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`)
    const child = runChild(stubborn, [], { cwd: dir, label: 'stubborn', graceMs: 300 })
    await expect.poll(() => existsSync(pidFile), { timeout: 10_000 }).toBe(true)
    const pid = Number(readFileSync(pidFile, 'utf8'))
    expect(alive(pid)).toBe(true)
    await child.stop()
    expect(alive(pid)).toBe(false)
    expect(await child.exitCode).toBe(128 + 9)
  })

  it('says when a server ends before it answers, and removes its own dependency cache', async () => {
    const quitter = script('quit.mjs', 'console.log(process.env.DECK_VITE_CACHE_DIR); console.error("port in use"); process.exit(2)')
    const child = runChild(quitter, [], { cwd: dir, label: 'the server', freshViteCache: true })
    const error = await child.answers(`http://127.0.0.1:${await freePort()}/`, 10_000).catch((caught: Error) => caught)
    expect((error as Error).message).toMatch(/^the server exited with code 2 before http:\/\/127\.0\.0\.1:\d+\/ answered:\n/)
    expect((error as Error).message).toContain('port in use')
    const cacheDir = /^(\/\S+)$/m.exec((error as Error).message)![1]!
    expect(existsSync(cacheDir)).toBe(false)
  })

  // Ctrl-C reaches the whole process group: the child may end before the export's own handler has run.
  it('reports a child ended by Ctrl-C as an interruption, which the export reports as its own Ctrl-C', async () => {
    const interrupted = script('interrupted.mjs', 'process.exit(130)')
    const error = await runChild(interrupted, [], { cwd: dir, label: 'slidev build' }).finished().catch((caught: Error) => caught)
    expect(error).toBeInstanceOf(ChildInterrupted)
    expect((error as ChildInterrupted).signal).toBe('SIGINT')
    const printed: string[] = []
    const original = console.error
    console.error = (line: string) => printed.push(line)
    try {
      expect(interruptedExit('export', error)).toBe(130)
      expect(interruptedExit('export', new Error('slidev build exited with code 1'))).toBeUndefined()
    }
    finally {
      console.error = original
    }
    expect(printed).toEqual(['\nexport: interrupted (Ctrl-C). Nothing written; the staging folder is removed.'])
  })
})
