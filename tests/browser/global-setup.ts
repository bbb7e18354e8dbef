import type { TestProject } from 'vitest/node'
import type { DeckLang } from '../../components/lib/deck-lang.ts'
// Starts, once for every browser test file: the deck's dev server (what a presenter runs), the
// Chinese one (`npm run dev -- --lang zh`), one with the print view every export captures, and the built site in
// each language (built as `npm run build` builds it, into a temp folder, served by a plain static host), each on
// a free local port. The English site is built under a sub-path, as GitHub Pages serves a repository (/<repo>/), so
// the one build checks both the site and hosting below a domain's root.
// A failed build does not stop the other files: its message is handed to the built-site tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildDeck, startDeckServer } from '../../node/slidev-adapter.ts'
import { hostStatically } from '../../scripts/lib/static-host.ts'
import { deckEntry } from './entry.ts'
import { launchChromiumServer } from './harness.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    /** The Chinese dev server's address. */
    chineseDeckUrl: string
    /** A dev server with the print view (/print), as the exports' build has it; files that count steps use it too. */
    printDeckUrl: string
    /** The Chinese built site's address (at the root), or '' when its build failed (then buildError says why). */
    chineseBuiltUrl: string
    /** The built site's address (with its sub-path, no trailing slash), or '' when the build failed. */
    builtUrl: string
    /** The folder the site was built into, and the sub-path it was built for ("/name/"). */
    builtDir: string
    builtBase: string
    /** What `slidev build` printed when it failed, else ''. */
    buildError: string
    /** The one Chromium the browser test files share (harness.ts sharedChromium). */
    browserWsEndpoint: string
  }
}

/** A repository name as GitHub Pages would put it in the address. */
const BUILT_BASE = '/equinix-aliyun-briefing/'

async function serveBuiltSite(entry: string, options: { base?: string, lang?: DeckLang } = {}): Promise<{ url: string, dir: string, buildError: string, stop: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'deck-built-'))
  const outDir = join(root, 'site')
  const cleanUp = async () => rmSync(root, { recursive: true, force: true })
  try {
    await buildDeck({ entry, outDir, ...options })
  }
  catch (error) {
    return {
      url: '',
      dir: '',
      buildError: (error as Error).message,
      stop: cleanUp,
    }
  }
  const host = await hostStatically(outDir, { base: options.base, missing: 'index.html' })
  return {
    url: host.url,
    dir: outDir,
    buildError: '',
    stop: async () => {
      await host.stop()
      await cleanUp()
    },
  }
}

export default async function setup(project: TestProject) {
  const { relativeFile } = deckEntry()
  const liveExports = mkdtempSync(join(tmpdir(), 'deck-live-exports-'))
  project.provide('liveExportsDir', liveExports)
  // Slidev writes its generated modules into node_modules/.slidev as it starts: two builds starting together have
  // read each other's half-written file ("default is not exported by .../import-glob.ts"). So the English server, its
  // build and Chromium start together, as they always have; the Chinese build and the other servers one after another.
  const [deck, built, chromiumServer] = await Promise.all([
    startDeckServer({ entry: relativeFile }),
    serveBuiltSite(relativeFile, { base: BUILT_BASE }),
    launchChromiumServer(),
  ])
  const chineseBuilt = await serveBuiltSite(relativeFile, { lang: 'zh' })
  const chineseDeck = await startDeckServer({ entry: relativeFile, lang: 'zh' })
  const printDeck = await startDeckServer({ entry: relativeFile, printRoutes: true })
  // Not warmed by loading pages: each server pre-bundles the charts' libraries as it starts (vite.config.ts), so no
  // page meets a dependency still to be optimised; a file's first page compiles what it shows, as a presenter's does.
  project.provide('browserWsEndpoint', chromiumServer.wsEndpoint())
  project.provide('deckUrl', deck.url)
  project.provide('chineseDeckUrl', chineseDeck.url)
  project.provide('printDeckUrl', printDeck.url)
  project.provide('builtUrl', built.url)
  project.provide('chineseBuiltUrl', chineseBuilt.url)
  project.provide('buildError', [built.buildError, chineseBuilt.buildError].filter(Boolean).join('\n'))
  project.provide('builtDir', built.dir)
  project.provide('builtBase', BUILT_BASE)
  return async () => {
    await Promise.all([
      deck.stop(),
      chineseDeck.stop(),
      printDeck.stop(),
      built.stop(),
      chineseBuilt.stop(),
      chromiumServer.close(),
    ])
    rmSync(liveExports, { recursive: true, force: true })
  }
}
