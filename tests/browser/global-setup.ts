// Starts, once for every browser test file: the deck's dev server (what a presenter runs) and the
// built site (`slidev build` into a temp folder, served by `vite preview`), each on a free local port.
// A failed build does not stop the other files: its message is handed to the built-site tests.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'
import { PROJECT_ROOT, SLIDEV_BIN } from '../../scripts/lib/paths.ts'
import { freePort, startDeck } from '../../scripts/lib/slidev-server.ts'
import { deckEntry } from './entry.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    /** The built site's address, or '' when the build failed. */
    builtUrl: string
    /** What `slidev build` printed when it failed, else ''. */
    buildError: string
  }
}

async function serveBuiltSite(entry: string): Promise<{ url: string, buildError: string, stop: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'deck-built-'))
  const build = await new Promise<{ code: number | null, output: string }>((resolve) => {
    execFile(process.execPath, [SLIDEV_BIN, 'build', entry, '--out', outDir], { cwd: PROJECT_ROOT, env: { ...process.env, CI: 'true' }, maxBuffer: 32 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}\n${stderr}` })
    })
  })
  const cleanUp = async () => rmSync(outDir, { recursive: true, force: true })
  if (build.code !== 0) {
    const tail = build.output.trim().split('\n').slice(-12).join('\n')
    return { url: '', buildError: `slidev build exited with code ${build.code}:\n${tail}`, stop: cleanUp }
  }
  const port = await freePort()
  const server = await preview({
    configFile: false,
    root: outDir,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, host: '127.0.0.1', strictPort: true, open: false },
  })
  return {
    url: `http://127.0.0.1:${port}`,
    buildError: '',
    stop: async () => {
      await server.close()
      await cleanUp()
    },
  }
}

export default async function setup(project: TestProject) {
  const { relativeFile } = deckEntry()
  const [deck, built] = await Promise.all([startDeck({ mode: 'dev', entry: relativeFile }), serveBuiltSite(relativeFile)])
  project.provide('deckUrl', deck.url)
  project.provide('builtUrl', built.url)
  project.provide('buildError', built.buildError)
  return async () => {
    await Promise.all([deck.stop(), built.stop()])
  }
}
