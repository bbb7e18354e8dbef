// What goes wrong at a venue or on a build machine, and what the presenter then finds: an export whose browser
// dies or which is stopped with Ctrl-C ends non-zero, says so, and leaves no file, no staging folder and no
// process behind; a folder that cannot be written is refused before anything is built; two exports into one
// folder never mix their files, and each comes out with the bytes of another run's; `npm run dev` with port 3030 taken says where the deck is instead.
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { LOCK_FILE } from '../../scripts/lib/out-dir.ts'
import { exportBaseName, PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { copyDeck } from './deck-copy.ts'
import { liveExport, liveExportDir } from './live-exports.ts'

const slides = await readDeck()
const name = exportBaseName()
const root = mkdtempSync(join(tmpdir(), 'deck-faults-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Run {
  child: ChildProcess
  output: () => string
  /** Resolves with the exit code (128 + n for a signal). */
  ended: Promise<number>
  /** Resolves once the output has a line matching `pattern`. */
  printed: (pattern: RegExp, timeoutMs?: number) => Promise<void>
}

/**
 * The deck the faults are made on: a copy (deck-copy.ts), so no other browser file's Slidev shares its generated
 * modules; the two exports held byte for byte against the run's shared export:all use the project itself.
 */
const copy = copyDeck(root, 'deck')

/** A script as `npm run` starts it from a terminal: in a process group of its own, which Ctrl-C signals whole. */
function start(script: string, args: string[], deck = copy): Run {
  const child = spawn(process.execPath, [
    join(deck, 'scripts', script),
    ...args,
  ], {
    cwd: deck,
    env: { ...process.env, CI: 'true' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => {
    output += chunk
  })
  child.stderr!.on('data', (chunk) => {
    output += chunk
  })
  const ended = new Promise<number>(resolve => child.once('exit', (code, signal) => resolve(code ?? (signal
    ? 128 + (signal === 'SIGINT'
      ? 2
      : 15)
    : 1))))
  return {
    child,
    output: () => output,
    ended,
    printed: async (pattern, timeoutMs = 120_000) => {
      const deadline = Date.now() + timeoutMs
      while (!pattern.test(output)) {
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`waited for ${pattern} from ${script}, which printed:\n${output}`)
        await new Promise(done => setTimeout(done, 100))
      }
    },
  }
}

/** Every process below `pid` now (its Slidev child, its Chromium and Chromium's helpers). */
function descendants(pid: number): { pid: number, command: string }[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(line => line.trim().match(/^(\d+) +(\d+) (.*)$/))
    .filter(match => match !== null)
    .map(match => ({
      pid: Number(match[1]),
      ppid: Number(match[2]),
      command: match[3] ?? '',
    }))
  const found: { pid: number, command: string }[] = []
  const visit = (parent: number) => {
    for (const row of table.filter(entry => entry.ppid === parent)) {
      found.push({ pid: row.pid, command: row.command })
      visit(row.pid)
    }
  }
  visit(pid)
  return found
}

/** Still running: a process that has ended but not yet been reaped (a zombie) does not count. */
function running(pid: number): boolean {
  try {
    return !execFileSync('ps', [
      '-o',
      'stat=',
      '-p',
      String(pid),
    ], { encoding: 'utf8' }).trim().startsWith('Z')
  }
  catch {
    return false
  }
}

/** Those of `processes` still running once they have had a few seconds to end. */
async function stillRunning(processes: { pid: number, command: string }[]): Promise<string[]> {
  const deadline = Date.now() + 5000
  let left = processes.filter(entry => running(entry.pid))
  while (left.length && Date.now() < deadline) {
    await new Promise(done => setTimeout(done, 200))
    left = left.filter(entry => running(entry.pid))
  }
  return left.map(entry => `${entry.pid} ${entry.command}`)
}

/** Waits until `pick` finds a process below the run's, and returns them all. */
async function waitForDescendant(run: Run, pick: (command: string) => boolean, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const below = descendants(run.child.pid!)
    if (below.some(entry => pick(entry.command)))
      return below
    if (run.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`no such process appeared; the export printed:\n${run.output()}`)
    await new Promise(done => setTimeout(done, 100))
  }
}

/** Each file below `dir`, by its path there. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => relative(dir, join(entry.parentPath, entry.name)))
}

/** A digest of the bytes of each of `files` (paths below `dir`; every file there by default). */
function digests(dir: string, files = filesBelow(dir)): Record<string, string> {
  return Object.fromEntries(files.map(file => [
    file,
    createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'),
  ]))
}

/** What a presenter would find afterwards in the folder: no file, no staging folder, no lock. */
function leftIn(dir: string) {
  return existsSync(dir)
    ? readdirSync(dir)
    : []
}

describe('an export that is stopped part-way', () => {
  it('ctrl-C during the build: exit 130, says so, nothing written, nothing left running', async () => {
    const outDir = join(root, 'ctrl-c')
    const run = start('export.ts', ['all', '--out-dir', outDir])
    const started = await waitForDescendant(run, command => command.includes('slidev'))
    process.kill(-run.child.pid!, 'SIGINT')
    expect(await run.ended).toBe(130)
    expect(run.output()).toMatch(/export: interrupted \(Ctrl-C\)\. Nothing written/)
    expect(leftIn(outDir)).toEqual([])
    expect(await stillRunning(started)).toEqual([])
  })

  it('chromium killed while printing: non-zero exit naming Chromium, nothing written, nothing left running', async () => {
    const outDir = join(root, 'browser-killed')
    const run = start('export.ts', ['all', '--out-dir', outDir])
    // Once the PDF is printed, Chromium is taking the slides' pictures.
    await run.printed(/^pdf: /m)
    const started = descendants(run.child.pid!)
    const browser = started.find(entry => /chrom/i.test(entry.command))
    expect(browser).toBeDefined()
    process.kill(browser!.pid, 'SIGKILL')
    const code = await run.ended
    expect(code).not.toBe(0)
    expect(run.output()).toMatch(/Chromium quit during the export \(it was killed or crashed\)/)
    expect(run.output()).toMatch(/export: nothing written\./)
    expect(leftIn(outDir)).toEqual([])
    expect(await stillRunning(started)).toEqual([])
  })
})

describe('an output folder that cannot be written', () => {
  const aFile = join(root, 'a-file.txt')
  writeFileSync(aFile, 'not a folder\n')

  it.each([
    [
      'export',
      'export.ts',
      ['pdf'],
    ],
    ['export:html', 'export-html.ts', []],
  ])('npm run %s refuses it at once, naming it, before anything is built', async (_, script, args) => {
    for (const outDir of [
      aFile,
      join(aFile, 'inside'),
    ]) {
      const run = start(script, [...args, '--out-dir', outDir])
      expect(await run.ended).toBe(1)
      expect(run.output()).toContain(`cannot write into ${outDir}`)
      expect(run.output()).toMatch(/nothing built/)
      expect(run.output()).not.toMatch(/^build: /m)
    }
  })
})

describe('two exports into one folder at once', () => {
  // The second export is export:all: with the first's PDF, it shows that what was briefed can be archived and
  // compared, each file coming out byte for byte as the run's shared export:all made it (live-exports.ts).
  it('the second waits for the first; both complete, the folder holds each whole, and each file has the same bytes as another run\'s', async () => {
    const live = liveExportDir('export.ts', ['all'])
    await liveExport('export.ts', ['all'])
    const outDir = join(root, 'shared')
    const first = start('export.ts', ['pdf', '--out-dir', outDir], PROJECT_ROOT)
    await first.printed(/^build: /m)
    const second = start('export.ts', ['all', '--out-dir', outDir], PROJECT_ROOT)
    await second.printed(/export: waiting for npm run export pdf \(process \d+\)/)
    expect(await first.ended).toBe(0)
    // The second writes its files only as it ends, so this is still the first's PDF (beside the second's lock and
    // staging folder, its dot-files, once it holds the folder).
    expect(readdirSync(outDir).filter(file => !file.startsWith('.')), 'npm run export alone').toEqual([`${name}.pdf`])
    expect(digests(outDir, [`${name}.pdf`]), 'npm run export alone').toEqual({ [`${name}.pdf`]: digests(live)[`${name}.pdf`] })
    expect(await second.ended).toBe(0)
    expect(leftIn(outDir).sort()).toEqual([
      `${name}-notes.pdf`,
      `${name}-png`,
      `${name}.pdf`,
      `${name}.pptx`,
    ])
    expect(Object.keys(digests(live))).toHaveLength(3 + slides.length)
    expect(digests(outDir)).toEqual(digests(live))
    expect(existsSync(join(outDir, LOCK_FILE))).toBe(false)
  })
})

describe('npm run dev with port 3030 taken', () => {
  it('says which port it uses instead, and the deck answers there', async () => {
    const holder = createServer()
    const held = await new Promise<boolean>((resolve) => {
      holder.once('error', () => resolve(false))
      holder.listen(3030, () => resolve(true))
    })
    const run = start('dev.ts', [])
    try {
      await run.printed(/Port 3030 is taken by another program; the deck is served on port (\d+): (http:\/\/localhost:\d+\/)/)
      const [, port, url] = run.output().match(/served on port (\d+): (\S+)/) ?? []
      expect(Number(port)).not.toBe(3030)
      await run.printed(new RegExp(`localhost:\\S*${port}`), 60_000)
      let page = ''
      for (let tries = 0; tries < 120 && !page.includes('<div id="app">'); tries++) {
        page = await fetch(url!).then(response => response.text()).catch(() => '')
        if (!page)
          await new Promise(done => setTimeout(done, 250))
      }
      expect(page).toContain(slides[0]!.frontmatter.title as string)
    }
    finally {
      const below = descendants(run.child.pid!)
      process.kill(-run.child.pid!, 'SIGINT')
      await run.ended
      expect(await stillRunning(below)).toEqual([])
      if (held)
        await new Promise(done => holder.close(done))
    }
  })
})
