// The deck's one way into Slidev: every path runs Slidev's own command line in a child process.
//
//   npm run dev            presentDeck(args, { port?, remote? })             the terminal is Slidev's
//   tests, shoot, bench    startDeckServer({ entry, printRoutes? })          a free port; stop() ends it
//   npm run build, tests   buildDeck({ outDir, base?, routerMode?, withoutNotes? })   the static site
//   every export           buildDeck({ outDir, target: 'print' })            the site plus /print, /presenter/print
//   npm run export:html    buildDeck({ outDir, target: 'single-file' })      hash routes, one bundle, assets inline
//   npm run bench          exportWithSlidev({ entry, cwd, output, ... })     Slidev's own exporter, the baseline
//
// Why the command line and not Slidev as a library: the `slidev` command is what loads setup/preparser.ts (the
// [[fig:...]] tokens; setupPreparser() in Slidev 53.0.0's dist/cli.mjs). Used as a library, every caller had to
// inject the preparser itself (injectPreparserExtensionLoader) and import the build command from a file whose
// name carries a hash (dist/build-*.mjs); the one-file export forgot the first and shipped raw tokens.
// The variant is chosen by DECK_BUILD_TARGET, set for the child and read there by deckBuildTarget(), which
// setup/vite-plugins.ts registers. The Slidev internals left are the print routes' switch (PRINT_ROUTES_DEFINE),
// the notes' click marks (withNoteClickMarks) and, in a build, Vue without its template compiler (VUE_BUILDS);
// tests/unit/slidev-adapter.test.ts fails when the installed Slidev changes anything this file relies on.
import type { Plugin, UserConfig } from 'vite'
import type { DeckLang } from '../components/lib/deck-lang.ts'
import type { RemoteChoice } from './remote-mode.ts'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { isAbsolute, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'
import open from 'open'
import { renderUnicodeCompact } from 'uqr'
import { replaceClickCues } from '../components/lib/slide-markdown.ts'
import { firstFreePort, freePort, runChild } from './child-process.ts'
import { LANG_ENV } from './process-lang.ts'
import { passwordInAddresses, phoneHost, REMOTE_PASSWORD_ENV, remoteBanner, withPassword } from './remote-mode.ts'

/** The `slidev` command, as npm installs it (package.json's bin). */
export const SLIDEV_CLI = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
/** Where Slidev runs unless told otherwise: this deck's folder (scripts/lib/paths.ts's PROJECT_ROOT). */
const DECK_ROOT = fileURLToPath(new URL('..', import.meta.url))

export const TARGETS = ['site', 'print', 'single-file'] as const
/** site: what `slidev build` writes; print: the site with the print views; single-file: ready to inline. */
export type DeckTarget = typeof TARGETS[number]
export const TARGET_ENV = 'DECK_BUILD_TARGET'

/**
 * Slidev 53.0.0 adds the print routes (/print, /presenter/print; @slidev/client/setup/routes.ts) when this
 * define is true, which its getDefine (dist/serve-*.mjs) makes it only in `slidev export`'s server or a build
 * with `download` on; `download` would also export a PDF with Slidev's own browser. So it is overridden here.
 */
export const PRINT_ROUTES_DEFINE = '__SLIDEV_FEATURE_PRINT__'

/**
 * Where Slidev 53.0.0 keeps the audience's light or dark choice (useLocalStorage in @slidev/client logic/dark.ts:
 * 'auto', 'light' or 'dark'), which it follows unless the headmatter's colorSchema is set. index.html's cover reads
 * it (node/cover-splash.ts), to be drawn as Slidev will draw the slide.
 */
export const SLIDEV_COLOR_SCHEME_KEY = 'slidev-color-schema'

/** The element Slidev writes for a [click] cue in the notes, which its presenter view (NoteDisplay.vue) reads. */
export const NOTE_CLICK_MARK_CLASS = 'slidev-note-click-mark'

const noteClickMark = (clicks: number) => `<span class="${NOTE_CLICK_MARK_CLASS}" data-clicks="${clicks}"></span>`

/**
 * `note` with its [click] cues written as Slidev's click marks, counted as Slidev counts them ([click] one step on,
 * [click:N] N steps on), from the start of `note`. The presenter view highlights the part of the notes for the
 * current click and jumps to a click when its mark is double-clicked. Slidev counts the cues across the whole note;
 * a note that holds each language in a block of its own (setup/preparser.ts) marks each block itself, so that the
 * second language's marks start again at the first click instead of going on from the first language's last.
 * And a note with cues starts with a mark for click 0 (hidden, styles/notes.css): the presenter view gives the text
 * before a block's first mark the click of the mark before it in the whole note, which for the second block would
 * be the first block's last.
 */
export function withNoteClickMarks(note: string): string {
  let clicks = 0
  const marked = replaceClickCues(note, steps => noteClickMark(clicks += steps))
  return marked === note
    ? note
    : `${noteClickMark(0)}${marked}`
}

export function targetFromEnv(env: Record<string, string | undefined> = process.env): DeckTarget {
  const value = env[TARGET_ENV] || 'site'
  if (!(TARGETS as readonly string[]).includes(value))
    throw new Error(`${TARGET_ENV} is "${value}"; it must be one of ${TARGETS.join(', ')}`)
  return value as DeckTarget
}

/**
 * Slidev 53.0.0 aliases `vue` to Vue's full build (its slidev:config plugin, dist/serve-*.mjs), whose template
 * compiler compiles templates in the browser. A built deck has none to compile: its .vue files and Slidev's are
 * compiled by the build, and no component of Slidev's client or the deck's is given a template string. The compiler
 * was 33 of the 80 KB (gzipped) of the chunk Slidev names modules/shiki (Vue's runtime, its compiler and floating-vue,
 * no highlighter), which every window loads before it can draw slide 1 (bench/RESULTS.md). So a build takes Vue's
 * runtime-only build; the dev server keeps Slidev's.
 */
export const VUE_BUILDS = { full: 'vue.esm-bundler.js', runtime: 'vue.runtime.esm-bundler.js' }

/** Slidev's `vue` alias pointed at the runtime-only build beside it (in place: Slidev's alias is matched first). */
export function withVueRuntimeOnly(config: UserConfig): void {
  const aliases = config.resolve?.alias
  for (const alias of Array.isArray(aliases)
    ? aliases
    : []) {
    if (alias.find === 'vue' && alias.replacement.endsWith(`/${VUE_BUILDS.full}`))
      alias.replacement = alias.replacement.replace(/[^/]+$/, VUE_BUILDS.runtime)
  }
}

/** One script, one stylesheet, fonts and images as data: URLs, relative paths: what one file can hold. */
const SINGLE_FILE_CONFIG: UserConfig = {
  base: './',
  build: {
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: {
      output: { codeSplitting: false },
    },
  },
}

/** The Vite side of a target, registered in setup/vite-plugins.ts; `site` changes only Vue's build (withVueRuntimeOnly). */
export function deckBuildTarget(target: DeckTarget = targetFromEnv()): Plugin {
  return {
    name: 'deck-build-target',
    // After Slidev's own config plugin, so these values win over its.
    enforce: 'post',
    config(config, { command }) {
      if (command === 'build')
        withVueRuntimeOnly(config)
      if (target === 'print') {
        return {
          define: { [PRINT_ROUTES_DEFINE]: 'true' },
        }
      }
      if (target === 'single-file' && command === 'build')
        return SINGLE_FILE_CONFIG
    },
    configResolved(config) {
      if (target !== 'single-file' || config.command !== 'build')
        return
      // Slidev groups some modules into named chunks (manualChunks), which one bundle cannot have.
      for (const options of [config.build.rollupOptions, config.build.rolldownOptions]) {
        const output = options?.output
        if (output && !Array.isArray(output))
          delete (output as { manualChunks?: unknown }).manualChunks
      }
    },
  }
}

export interface DeckBuild {
  outDir: string
  target?: DeckTarget
  /** The deck's Markdown, absolute or relative to `cwd`; slides.md by default. */
  entry?: string
  /** The folder the deck is in (the project by default). */
  cwd?: string
  /** The site's path on its host, e.g. /repo/ (not for single-file, whose paths are relative). */
  base?: string
  /** hash: /#/5 instead of /5 (single-file always uses hash). */
  routerMode?: 'hash' | 'history'
  withoutNotes?: boolean
  /** Show Slidev's output as it comes (npm run build) instead of only when the build fails. */
  echo?: boolean
  /** The slides' language (components/lib/deck-lang.ts); English by default. */
  lang?: DeckLang
}

/** The `slidev build` command line for a build. */
export function buildArgs(build: DeckBuild): string[] {
  if (build.target === 'single-file' && (build.base || build.routerMode === 'history'))
    throw new Error('a single-file build has relative paths and hash routes; it takes no base or routerMode')
  const routerMode = build.target === 'single-file'
    ? 'hash'
    : build.routerMode
  return [
    'build',
    build.entry ?? 'slides.md',
    '--out',
    build.outDir,
    ...(build.base
      ? ['--base', build.base]
      : []),
    ...(routerMode
      ? ['--router-mode', routerMode]
      : []),
    ...(build.withoutNotes
      ? ['--without-notes']
      : []),
  ]
}

function checkedEntry(entry: string, cwd: string): string {
  const file = isAbsolute(entry)
    ? entry
    : join(cwd, entry)
  if (!existsSync(file))
    throw new Error(`slidev: the deck ${file} does not exist`)
  return entry
}

/** Builds the deck; rejects with Slidev's last lines when the build fails (invalid data, a bad token). */
export async function buildDeck(build: DeckBuild): Promise<void> {
  const cwd = build.cwd ?? DECK_ROOT
  const target = build.target ?? 'site'
  checkedEntry(build.entry ?? 'slides.md', cwd)
  const lang = build.lang ?? 'en'
  const child = runChild(SLIDEV_CLI, buildArgs(build), {
    cwd,
    env: { [TARGET_ENV]: target, [LANG_ENV]: lang },
    freshViteCache: true,
    echo: build.echo,
    label: `slidev build (${target}${lang === 'en'
      ? ''
      : `, ${lang}`})`,
  })
  await child.finished()
}

export interface RunningDeck {
  url: string
  port: number
  stop: () => Promise<void>
}

/** Slidev's dev server on a free local port, once it answers; with `printRoutes`, /print as well. */
export async function startDeckServer(options: { entry?: string, cwd?: string, printRoutes?: boolean, timeoutMs?: number, lang?: DeckLang } = {}): Promise<RunningDeck> {
  const cwd = options.cwd ?? DECK_ROOT
  const entry = checkedEntry(options.entry ?? 'slides.md', cwd)
  const port = await freePort()
  const target: DeckTarget = options.printRoutes
    ? 'print'
    : 'site'
  const child = runChild(SLIDEV_CLI, [
    entry,
    '--port',
    String(port),
    '--log',
    'warn',
  ], {
    cwd,
    env: { [TARGET_ENV]: target, [LANG_ENV]: options.lang ?? 'en', BROWSER: 'none' },
    // Each server its own dependency cache (vite.config.ts), so servers side by side never share one.
    freshViteCache: true,
    label: `slidev dev server (${target})`,
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await child.answers(`${url}/`, options.timeoutMs ?? 90_000)
  }
  catch (error) {
    await child.stop()
    throw error
  }
  return { url, port, stop: child.stop }
}

/** Slidev's own default port, where a presenter expects the deck. */
export const DEV_PORT = 3030

/**
 * Slidev's own dev-server options that `npm run dev` passes on as given (`slidev --help`, Slidev 53.0.0, in
 * parseArgs' terms); --port, --bind and --remote are read by the deck itself (PresentOptions).
 */
export const SLIDEV_DEV_OPTIONS = {
  theme: { type: 'string', short: 't' },
  open: { type: 'boolean', short: 'o' },
  tunnel: { type: 'boolean' },
  log: { type: 'string' },
  inspect: { type: 'boolean' },
  force: { type: 'boolean', short: 'f' },
  base: { type: 'string' },
} as const

/** The deck's own flag for the pages: served for remote control (setup/main.ts marks <html data-deck-remote>). */
export const REMOTE_MODE_DEFINE = '__DECK_REMOTE__'
/**
 * What the pages of a remote-mode dev server are told (node/remote-gate.ts remoteGatePlugin). Slidev's own editors
 * cannot be switched off here (Slidev writes its flags into .vue files itself, from the headmatter): slides.md says
 * `editor: false`, and the presenter view's "Edit Notes" button, shown in every dev server, is hidden by
 * styles/presenter.css under this flag.
 */
export const REMOTE_CLIENT_DEFINES = { [REMOTE_MODE_DEFINE]: 'true' }

export interface PresentOptions {
  open?: boolean
  log?: (line: string) => void
  lang?: DeckLang
  /** Remote control (node/remote-mode.ts): Slidev listens on the network behind the password gate. */
  remote?: RemoteChoice
  /** The port asked for; without it 3030, or the next free one. */
  port?: number
  /** The address Slidev listens on in remote mode (its --bind), which the phone is then given. */
  bind?: string
}

/**
 * npm run dev: Slidev's dev server in this terminal (its keys, its messages); resolves with its exit code.
 * When port 3030 is taken (another deck still running, say), the next free one is used and named first.
 * In remote mode Slidev is started with a bare `--remote` (it listens on the network; it would look up the
 * laptop's public address on the internet for a password given to it) and the password goes to the gate
 * (node/remote-gate.ts) by REMOTE_PASSWORD_ENV; the addresses Slidev prints get the password, the phone
 * remote's follows, and the browser is opened here, at an address that carries it.
 */
export async function presentDeck(args: readonly string[], options: PresentOptions = {}): Promise<number> {
  const log = options.log ?? (line => process.stdout.write(`${line}\n`))
  let port = options.port
  if (!port) {
    port = await firstFreePort(DEV_PORT)
    if (port !== DEV_PORT)
      log(`Port ${DEV_PORT} is taken by another program; the deck is served on port ${port}: http://localhost:${port}/`)
  }
  const remote = options.remote
  const child = runChild(SLIDEV_CLI, [
    'slides.md',
    ...(options.open && !remote
      ? ['--open']
      : []),
    '--port',
    String(port),
    ...(options.bind
      ? ['--bind', options.bind]
      : []),
    ...(remote
      ? ['--remote']
      : []),
    ...args,
  ], {
    cwd: DECK_ROOT,
    env: {
      [TARGET_ENV]: 'site',
      [LANG_ENV]: options.lang ?? 'en',
      ...(remote
        ? { [REMOTE_PASSWORD_ENV]: remote.password }
        : {}),
    },
    inheritStdio: true,
    onStdout: remote
      ? remoteOutput({
          port,
          remote,
          host: phoneHost(options.bind),
          open: options.open ?? false,
        })
      : undefined,
    label: 'slidev',
  })
  return child.exitCode
}

/**
 * Slidev's output in remote mode, line by line: its addresses with the password; after its banner (which ends with
 * the shortcuts line, printed again on each restart) the phone remote's address and QR code; the browser opened once.
 */
function remoteOutput(options: { port: number, remote: RemoteChoice, host: string | undefined, open: boolean }): (text: string) => void {
  let pending = ''
  let opened = false
  return (text) => {
    pending += text
    const lines = pending.split('\n')
    pending = lines.pop()!
    for (const line of lines) {
      process.stdout.write(`${passwordInAddresses(line, options.port, options.remote.password)}\n`)
      if (!stripVTControlCharacters(line).trim().startsWith('shortcuts'))
        continue
      process.stdout.write(remoteBanner({
        port: options.port,
        password: options.remote.password,
        generated: options.remote.generated,
        host: options.host,
        qr: url => renderUnicodeCompact(url),
      }))
      if (options.open && !opened) {
        opened = true
        open(withPassword(`http://localhost:${options.port}/`, options.remote.password)).catch(() => {
          process.stdout.write('  Could not open the browser: open the audience address above.\n')
        })
      }
    }
  }
}

/** `slidev export --format pdf`: Slidev's own exporter, which the bench compares the deck's export with. */
export async function exportWithSlidev(options: { entry: string, cwd: string, output: string, executablePath: string }): Promise<void> {
  const child = runChild(SLIDEV_CLI, [
    'export',
    checkedEntry(options.entry, options.cwd),
    '--format',
    'pdf',
    '--output',
    options.output,
    '--executable-path',
    options.executablePath,
  ], { cwd: options.cwd, label: 'slidev export' })
  await child.finished()
}
