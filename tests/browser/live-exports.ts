import type { Browser } from 'playwright-core'
import type { EditedDeck } from './edited-deck.ts'
// The exports the browser files share, each written once per test run: the live deck's export:all (export.test.ts
// reads it, faults.test.ts finds the same bytes again, every-format.test.ts holds the edited copy's against it)
// and the edited copy's (edited-deck.ts: an analyst's edit) export:all and one-file decks, in both languages
// (every-format.test.ts reads every format; export-html.test.ts and firefox.test.ts open its one-file deck). The first
// file to ask writes them; a file that asks while another is writing waits for it (two browser files run at once);
// global-setup.ts provides the folder and removes it at the end. Read them, never change them. The deck's click steps
// as Slidev counts them are counted here once too (sharedDeckSteps).
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { inject } from 'vitest'
import { validateDeckData } from '../../data/validate.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { analystEdit, copyDeckWithEdit, editedInput } from './edited-deck.ts'
import { deckEntry } from './entry.ts'
import { stepsInDevServer } from './slide-checks.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared exports go (live-exports.ts). */
    liveExportsDir: string
  }
}

export type ExportScript = 'export.ts' | 'export-html.ts'
/** The live deck (this project), or its copy with the analyst's edit. */
export type SharedDeck = 'live' | 'edited'

function keyOf(deck: SharedDeck, script: ExportScript, args: readonly string[]) {
  return [
    ...(deck === 'edited'
      ? ['edited']
      : []),
    script.replace(/\.ts$/, ''),
    ...args,
  ].join('-').replace(/[^\w-]+/g, '')
}

/**
 * Runs `make` once per test run, whichever file asks first: `done` marks it made; a file that finds `${done}.claimed`
 * (another file is making it) waits for `done`. A claim whose maker failed is dropped, and the waiting file says so.
 */
async function once(done: string, make: () => Promise<void>, timeoutMs = 600_000): Promise<void> {
  if (existsSync(done))
    return
  try {
    writeFileSync(`${done}.claimed`, String(process.pid), { flag: 'wx' })
  }
  catch {
    const deadline = Date.now() + timeoutMs
    while (!existsSync(done)) {
      if (!existsSync(`${done}.claimed`) || Date.now() > deadline)
        throw new Error(`${done}: the file that was making it gave up`)
      await new Promise(resolve => setTimeout(resolve, 500))
    }
    return
  }
  try {
    await make()
  }
  finally {
    if (!existsSync(done))
      rmSync(`${done}.claimed`, { force: true })
  }
}

/** The copy of the deck with the analyst's edit, made by the first file that asks. */
export async function sharedEditedDeck(): Promise<EditedDeck> {
  const dir = inject('liveExportsDir')
  const edits = analystEdit()
  const copied = join(dir, 'edited-deck.copied')
  await once(copied, async () => {
    rmSync(join(dir, 'edited-deck'), { recursive: true, force: true })
    copyDeckWithEdit(dir, edits)
    writeFileSync(copied, '')
  })
  return {
    root: join(dir, 'edited-deck'),
    edits,
    data: validateDeckData(editedInput(edits)),
  }
}

/** The folder `npm run <script> -- <args>` writes the deck's files into (once sharedExport has run). */
export function sharedExportDir(script: ExportScript, args: readonly string[] = [], deck: SharedDeck = 'live'): string {
  return join(inject('liveExportsDir'), keyOf(deck, script, args))
}

/** Runs `scripts/<script> <args> --out-dir <sharedExportDir>` in the deck's folder unless this run already has; what it printed. */
export async function sharedExport(script: ExportScript, args: readonly string[] = [], deck: SharedDeck = 'live'): Promise<string> {
  const outDir = sharedExportDir(script, args, deck)
  // Written after the export succeeded: an export that failed part-way is tried again by the next file that asks.
  const printedFile = `${outDir}.printed`
  await once(printedFile, async () => {
    const root = deck === 'edited'
      ? (await sharedEditedDeck()).root
      : PROJECT_ROOT
    const viteCache = `${outDir}.vite-cache`
    mkdirSync(viteCache, { recursive: true })
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(root, 'scripts', script),
      ...args,
      '--out-dir',
      outDir,
    ], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
      // A dependency cache of its own: the dev server the tests share keeps the project's.
      env: { ...process.env, CI: 'true', DECK_VITE_CACHE_DIR: viteCache },
    }).catch((error: Error & { stdout?: string, stderr?: string }) => {
      throw new Error(`${script} ${args.join(' ')} (${deck} deck) failed:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`)
    })
    writeFileSync(printedFile, stdout)
  })
  return readFileSync(printedFile, 'utf8')
}

/** The live deck's shared export (sharedExport). */
export const liveExport = (script: ExportScript, args: readonly string[] = []) => sharedExport(script, args, 'live')
export const liveExportDir = (script: ExportScript, args: readonly string[] = []) => sharedExportDir(script, args, 'live')

/** The edited copy's one-file decks in both languages: every-format reads what they say, export-html and firefox open them. */
export const EDITED_ONE_FILE = [
  'export-html.ts',
  ['--lang', 'all'],
  'edited',
] as const

/**
 * Every (slide, click) of the live deck in order, as the print dev server's Slidev counts them (`5:2`): counted once
 * per run by the first file that asks (export-html.test.ts and firefox.test.ts hold their one-file walks to it).
 */
export async function sharedDeckSteps(browser: Browser): Promise<string[]> {
  const file = join(inject('liveExportsDir'), 'deck-steps.json')
  const counted = `${file}.counted`
  await once(counted, async () => {
    const slides = await readDeck(deckEntry().file)
    writeFileSync(file, JSON.stringify(await stepsInDevServer(browser, inject('printDeckUrl'), slides)))
    writeFileSync(counted, '')
  })
  return JSON.parse(readFileSync(file, 'utf8')) as string[]
}
