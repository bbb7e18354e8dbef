// Browser files run two at a time, but the English dev server's place in the talk is one for every window open on
// it: Slidev keeps the slide and click in step across them, as between the presenter's and the audience's. Two files
// stepping through it at once move each other's pages. A file that steps through it calls `takeDevServerTurn()` at
// its top (or in the describe that does): it waits until no other file holds the turn, and gives it back when done.
// file-order.ts starts the files that take turns beside those that do not, so the wait is rare.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, expect, inject } from 'vitest'

const WAIT_MS = 15 * 60_000

function holderAlive(holder: string): boolean {
  const pid = Number(holder.split(' ')[0])
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

function tryWrite(file: string, text: string): boolean {
  try {
    writeFileSync(file, text, { flag: 'wx' })
    return true
  }
  catch {
    return false
  }
}

function tryRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  }
  catch {
    return undefined
  }
}

export function takeDevServerTurn(): void {
  const turn = join(inject('liveExportsDir'), 'dev-server.turn')
  const me = `${process.pid} ${expect.getState().testPath ?? ''}`
  let held = false
  beforeAll(async () => {
    const deadline = Date.now() + WAIT_MS
    for (;;) {
      held = tryWrite(turn, me)
      if (held)
        return
      const holder = tryRead(turn)
      if (holder === undefined)
        continue // given back between the two calls
      if (holder && !holderAlive(holder)) {
        rmSync(turn, { force: true }) // its file's worker ended without giving it back
        continue
      }
      if (Date.now() > deadline)
        throw new Error(`waited ${WAIT_MS / 60_000} min for the dev server; held by ${holder}`)
      await new Promise(resolve => setTimeout(resolve, 250))
    }
  }, WAIT_MS + 10_000)
  afterAll(() => {
    if (held)
      rmSync(turn, { force: true })
  })
}
