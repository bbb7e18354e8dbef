// npm run changes -- <git ref> [--out FILE]
// npm run changes -- --before-dir DIR --after-dir DIR [--out FILE]
//
// Which slides differ between a commit and the working tree, in text and in pixels, for a reviewer who signs off
// a corrected deck: the commit's tree goes into a temporary folder (git archive), both trees are exported with
// their own export command, and each slide's PDF text and PNG are compared (scripts/lib/slide-changes.ts).
// Prints a line per changed slide and writes one HTML page of before/after pictures of those slides
// (default exports/changes-<short ref>.html). With two export folders, compares those without exporting.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { runChild } from '../node/child-process.ts'
import { changesPage } from './lib/changes-page.ts'
import { commandLine, readCommandLine } from './lib/cli.ts'
import { compareExportDirs, exportNameIn } from './lib/export-folder.ts'
import { EXPORT_DIR, exportBaseName, PROJECT_ROOT } from './lib/paths.ts'
import { describeChange } from './lib/slide-changes.ts'

const USAGE = 'npm run changes -- <git ref> [--out FILE]   or   npm run changes -- --before-dir DIR --after-dir DIR [--out FILE]'
const WORKING_TREE = 'the working tree'

/** The one command line that exports a tree for comparing, run with that tree as its folder. */
function exportCommand(outDir: string) {
  return {
    script: 'scripts/export.ts',
    args: ['all', '--out-dir', outDir],
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`
const shown = (path: string) => relative(process.cwd(), path) || path

// Ctrl-C: node/child-process.ts stops a running export; the steps below then end and clean up.
let interrupted = false
function stopIfInterrupted(): void {
  if (interrupted)
    throw new Error('changes: interrupted')
}

function git(args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

/** The full commit id a ref names, or a message saying it names none. */
function resolveCommit(ref: string): string {
  try {
    return git([
      'rev-parse',
      '--verify',
      '--quiet',
      `${ref}^{commit}`,
    ])
  }
  catch {
    throw new Error(`changes: "${ref}" names no commit in this repository (try a branch, a tag or a commit id, e.g. HEAD~1)`)
  }
}

/** That commit's files in `tree`, with this project's node_modules linked in. */
function checkOut(commit: string, work: string, tree: string): void {
  const archive = join(work, 'tree.tar')
  git([
    'archive',
    '--format=tar',
    '-o',
    archive,
    commit,
  ])
  mkdirSync(tree)
  execFileSync('tar', ['-xf', archive, '-C', tree])
  rmSync(archive)
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir')
}

/** Exports `tree` into `outDir`; its temporary files go under `scratch`, so an interrupted export leaves none. */
async function exportTree(tree: string, outDir: string, scratch: string, label: string): Promise<void> {
  const started = performance.now()
  console.log(`export: ${label} …`)
  const { script, args } = exportCommand(outDir)
  mkdirSync(scratch, { recursive: true })
  const child = runChild(join(tree, script), args, {
    cwd: tree,
    env: { CI: 'true', TMPDIR: scratch },
    label: `the export of ${label}`,
  })
  await child.finished()
  console.log(`export: ${label} done (${seconds(started)})`)
}

/** Writes the page whole or not at all: a temporary file next to it, renamed into place. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const partial = `${path}.${process.pid}.partial`
  try {
    writeFileSync(partial, content)
    renameSync(partial, path)
  }
  finally {
    rmSync(partial, { force: true })
  }
}

/** One side of the comparison: an export folder, the export name in it, and what to call it. */
interface Side {
  dir: string
  name: string
  label: string
}

async function report(before: Side, after: Side, out: string): Promise<void> {
  const { changes, ...decks } = await compareExportDirs(before.dir, after.dir, before.name, after.name)
  stopIfInterrupted()
  const changed = changes.filter(change => change.status !== 'unchanged')
  console.log(`\nChanges from ${before.label} to ${after.label}:`)
  for (const change of changed)
    console.log(`  slide ${change.no} "${change.title}": ${describeChange(change)}`)
  console.log(`${changed.length} of ${changes.length} slides changed`)
  writeAtomically(out, changesPage({
    beforeLabel: before.label,
    afterLabel: after.label,
    changes,
    ...decks,
  }))
  console.log(`Page: ${shown(out)}`)
}

/** A git ref, or two export folders, and the page to write; refused at once when it is not understood. */
function changesChoice(args: string[]) {
  const { values, positionals: refs } = readCommandLine({
    args,
    options: {
      'out': { type: 'string' },
      'before-dir': { type: 'string' },
      'after-dir': { type: 'string' },
    },
    allowPositionals: true,
  })
  const { out, 'before-dir': beforeDir, 'after-dir': afterDir } = values
  if (refs.length > 1 || (beforeDir || afterDir
    ? refs.length || !beforeDir || !afterDir
    : !refs.length)) {
    throw new Error(`give a git ref, or --before-dir and --after-dir; usage: ${USAGE}`)
  }
  for (const [name, dir] of Object.entries({ 'before-dir': beforeDir, 'after-dir': afterDir })) {
    if (dir !== undefined && !(existsSync(dir) && statSync(dir).isDirectory()))
      throw new Error(`--${name} names no folder: "${dir}"`)
  }
  return {
    ref: refs[0],
    out,
    beforeDir,
    afterDir,
  }
}

async function main(): Promise<number> {
  const { ref, out, beforeDir, afterDir } = commandLine('changes', () => changesChoice(process.argv.slice(2)))
  if (beforeDir && afterDir) {
    const side = (dir: string): Side => ({
      dir: resolve(dir),
      name: exportNameIn(resolve(dir), exportBaseName()),
      label: basename(resolve(dir)),
    })
    await report(side(beforeDir), side(afterDir), resolve(out ?? join(EXPORT_DIR, 'changes.html')))
    return 0
  }

  const commit = resolveCommit(ref!)
  const short = git(['rev-parse', '--short', commit])
  const started = performance.now()
  const work = mkdtempSync(join(tmpdir(), 'deck-changes-'))
  try {
    const tree = join(work, 'tree')
    checkOut(commit, work, tree)
    stopIfInterrupted()
    // One after the other: two builds and two browsers at once would only fight over the cores.
    await exportTree(tree, join(work, 'before'), join(work, 'tmp'), `${ref} (${short})`)
    stopIfInterrupted()
    await exportTree(PROJECT_ROOT, join(work, 'after'), join(work, 'tmp'), WORKING_TREE)
    stopIfInterrupted()
    await report(
      {
        dir: join(work, 'before'),
        name: exportNameIn(join(work, 'before'), exportBaseName(join(tree, 'slides.md'))),
        label: ref === short
          ? short
          : `${ref} (${short})`,
      },
      {
        dir: join(work, 'after'),
        name: exportNameIn(join(work, 'after'), exportBaseName()),
        label: WORKING_TREE,
      },
      resolve(out ?? join(EXPORT_DIR, `changes-${short}.html`)),
    )
    console.log(`Compared in ${seconds(started)}.`)
    return 0
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = true
  })
}
try {
  process.exitCode = await main()
}
catch (error) {
  const { message } = error as Error
  console.error(interrupted
    ? 'changes: interrupted; nothing written'
    : message.startsWith('changes:')
      ? message
      : `changes: ${message}`)
  process.exitCode = 1
}
if (interrupted)
  process.exitCode = 130
