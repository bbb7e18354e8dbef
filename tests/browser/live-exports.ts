// The live deck's exports, written once per test run and read by every browser file that checks them: the
// export:all files (export.test.ts reads them, every-format.test.ts compares an edited copy's with them) and the
// one-file deck (export-html.test.ts in Chromium, firefox.test.ts in Firefox). The browser files run one after
// another, so the first to ask writes them and the rest read them; global-setup.ts provides the folder and removes
// it at the end. Read them, never change them.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { inject } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the live deck's shared exports go (live-exports.ts). */
    liveExportsDir: string
  }
}

export type ExportScript = 'export.ts' | 'export-html.ts'

function keyOf(script: ExportScript, args: readonly string[]) {
  return [
    script.replace(/\.ts$/, ''),
    ...args,
  ].join('-').replace(/[^\w-]+/g, '')
}

/** The folder `npm run <script> -- <args>` writes the live deck's files into (once liveExport has run). */
export function liveExportDir(script: ExportScript, args: readonly string[] = []): string {
  return join(inject('liveExportsDir'), keyOf(script, args))
}

/** Runs `scripts/<script> <args> --out-dir <liveExportDir>` on the live deck unless this run already has; what it printed. */
export async function liveExport(script: ExportScript, args: readonly string[] = []): Promise<string> {
  const outDir = liveExportDir(script, args)
  // Written after the export succeeded: a file whose export failed part-way tries again.
  const printedFile = `${outDir}.printed`
  if (existsSync(printedFile))
    return readFileSync(printedFile, 'utf8')
  const viteCache = `${outDir}.vite-cache`
  mkdirSync(viteCache, { recursive: true })
  const { stdout } = await promisify(execFile)(process.execPath, [
    join(PROJECT_ROOT, 'scripts', script),
    ...args,
    '--out-dir',
    outDir,
  ], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
    // A dependency cache of its own: the dev server the tests share keeps the project's.
    env: { ...process.env, CI: 'true', DECK_VITE_CACHE_DIR: viteCache },
  }).catch((error: Error & { stdout?: string, stderr?: string }) => {
    throw new Error(`${script} ${args.join(' ')} failed:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`)
  })
  writeFileSync(printedFile, stdout)
  return stdout
}
