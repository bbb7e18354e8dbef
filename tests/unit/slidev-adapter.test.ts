import type { ConfigEnv, ResolvedConfig, UserConfig } from 'vite'
import type { DeckTarget } from '../../node/slidev-adapter.ts'
// node/slidev-adapter.ts, the deck's one way into Slidev: what its Vite plugin and command lines do, and
// that the installed Slidev still works the way the adapter was written for (Slidev 53.0.0). When one of the
// "installed Slidev" tests fails after an upgrade, its message says what to check in the adapter.
import { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { NOTES_VIEWER_ROUTE } from '../../components/lib/remote-protocol.ts'
import { SHARED_STATE_WRITES } from '../../node/remote-gate.ts'
import { buildArgs, deckBuildTarget, NOTE_CLICK_MARK_CLASS, PRINT_ROUTES_DEFINE, SLIDEV_CLI, SLIDEV_COLOR_SCHEME_KEY, SLIDEV_DEV_OPTIONS, targetFromEnv, VUE_BUILDS, withNoteClickMarks } from '../../node/slidev-adapter.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

const require = createRequire(import.meta.url)
const fixtureDeck = join(import.meta.dirname, '../fixtures/unknown-figure.md')

function configOf(target: DeckTarget, command: ConfigEnv['command'], config: UserConfig = {}): UserConfig | null | void {
  const hook = deckBuildTarget(target).config as (config: UserConfig, env: ConfigEnv) => UserConfig | null | void
  return hook(config, {
    command,
    mode: command === 'build'
      ? 'production'
      : 'development',
  })
}

/** configResolved on a config holding Slidev's chunk rules, as its config plugin leaves them. */
function outputAfterResolve(target: DeckTarget, command: ResolvedConfig['command']): Record<string, unknown> {
  const output: Record<string, unknown> = {
    manualChunks: () => undefined,
    chunkFileNames: 'x',
  }
  const hook = deckBuildTarget(target).configResolved as (config: unknown) => void
  hook({
    command,
    build: {
      rollupOptions: { output },
    },
  })
  return output
}

describe('deckBuildTarget', () => {
  it('turns the print routes on for print, in a build and in a dev server, after Slidev\'s own config', () => {
    expect(deckBuildTarget('print').enforce).toBe('post')
    for (const command of ['build', 'serve'] as const) {
      expect(configOf('print', command)).toEqual({
        define: { __SLIDEV_FEATURE_PRINT__: 'true' },
      })
    }
  })

  it('makes a single-file build one relative bundle with every asset inline, and leaves its dev server alone', () => {
    const config = configOf('single-file', 'build')!
    expect(config.base).toBe('./')
    expect(config.build).toMatchObject({ cssCodeSplit: false, modulePreload: false })
    expect((config.build!.assetsInlineLimit as (file: string, content: Buffer) => boolean)('font.woff2', Buffer.alloc(1 << 20))).toBe(true)
    expect(configOf('single-file', 'serve')).toBeUndefined()
    expect(outputAfterResolve('single-file', 'build')).toEqual({ chunkFileNames: 'x' })
  })

  it('changes nothing for the site, which is what `slidev build` writes', () => {
    expect(configOf('site', 'build')).toBeUndefined()
    expect(configOf('site', 'serve')).toBeUndefined()
    expect(Object.keys(outputAfterResolve('site', 'build'))).toEqual(['manualChunks', 'chunkFileNames'])
    expect(Object.keys(outputAfterResolve('print', 'build'))).toEqual(['manualChunks', 'chunkFileNames'])
  })

  it('builds every target with Vue\'s runtime-only build, in place of the full build Slidev aliases; a dev server keeps Slidev\'s', () => {
    const slidevAliases = () => ({
      resolve: {
        alias: [
          { find: 'vue', replacement: `/deck/node_modules/vue/dist/${VUE_BUILDS.full}` },
          { find: 'vue-router', replacement: '/x' },
        ],
      },
    })
    for (const target of ['site', 'print', 'single-file'] as const) {
      const built = slidevAliases()
      configOf(target, 'build', built)
      expect(built.resolve.alias).toEqual([
        { find: 'vue', replacement: `/deck/node_modules/vue/dist/${VUE_BUILDS.runtime}` },
        { find: 'vue-router', replacement: '/x' },
      ])
      const served = slidevAliases()
      configOf(target, 'serve', served)
      expect(served).toEqual(slidevAliases())
    }
  })

  it('reads its target from DECK_BUILD_TARGET, the site when unset, and refuses any other value by name', () => {
    expect(targetFromEnv({})).toBe('site')
    expect(targetFromEnv({ DECK_BUILD_TARGET: 'single-file' })).toBe('single-file')
    expect(() => targetFromEnv({ DECK_BUILD_TARGET: 'pdf' })).toThrow('DECK_BUILD_TARGET is "pdf"; it must be one of site, print, single-file')
  })
})

describe('buildArgs', () => {
  it('passes the site\'s options to `slidev build` as its flags', () => {
    expect(buildArgs({
      outDir: '/tmp/out',
      base: '/repo/',
      routerMode: 'hash',
      withoutNotes: true,
    }))
      .toEqual([
        'build',
        'slides.md',
        '--out',
        '/tmp/out',
        '--base',
        '/repo/',
        '--router-mode',
        'hash',
        '--without-notes',
      ])
    expect(buildArgs({ entry: 'other.md', outDir: 'dist', target: 'print' })).toEqual(['build', 'other.md', '--out', 'dist'])
  })

  it('gives a single file hash routes (a file has no server to answer /5) and refuses a base', () => {
    expect(buildArgs({ outDir: 'o', target: 'single-file' })).toEqual([
      'build',
      'slides.md',
      '--out',
      'o',
      '--router-mode',
      'hash',
    ])
    expect(() => buildArgs({ outDir: 'o', target: 'single-file', base: '/repo/' })).toThrow('takes no base')
  })
})

describe('withNoteClickMarks', () => {
  const marks = (html: string) => [
    ...html.matchAll(/<span class="slidev-note-click-mark" data-clicks="(\d+)"><\/span>/g),
  ].map(match => Number(match[1]))

  it('writes each [click] cue as the mark the presenter view reads, one step on from the one before, after a mark for click 0', () => {
    const note = withNoteClickMarks('First. [click] Second. [click] Third.')
    expect(marks(note)).toEqual([0, 1, 2])
    expect(note.startsWith('<span class="slidev-note-click-mark" data-clicks="0"></span>First.')).toBe(true)
    expect(note).not.toContain('[click')
    expect(note.replace(/<[^>]+>/g, '')).toBe('First.  Second.  Third.')
  })

  it('counts [click:N] as N steps on, as Slidev does, and leaves a note without cues as it is', () => {
    expect(marks(withNoteClickMarks('A [click:2] B [click] C [CLICK:3] D'))).toEqual([0, 2, 3, 6])
    expect(withNoteClickMarks('No cues here.')).toBe('No cues here.')
  })

  it('counts each note it is given from its start: the second language starts again at click 0', () => {
    expect(marks(withNoteClickMarks('One [click] two [click] three.'))).toEqual([0, 1, 2])
    expect(marks(withNoteClickMarks('一 [click] 二 [click] 三。'))).toEqual([0, 1, 2])
  })
})

describe('the installed Slidev, as the adapter relies on it', () => {
  const clientRoot = dirname(require.resolve('@slidev/client/package.json'))

  it('adds /print and /presenter/print only when __SLIDEV_FEATURE_PRINT__ is true', () => {
    const routes = readFileSync(join(clientRoot, 'setup/routes.ts'), 'utf8')
    const guarded = routes.split(`if (${PRINT_ROUTES_DEFINE}) {`)[1]?.split(/\n {2}if \(/)[0] ?? ''
    expect(guarded, `@slidev/client/setup/routes.ts no longer adds the print routes under "if (${PRINT_ROUTES_DEFINE})": find what switches them on now and change PRINT_ROUTES_DEFINE in node/slidev-adapter.ts`)
      .toMatch(/path: '\/print'[\s\S]*path: '\/presenter\/print'/)
  })

  it('keeps the light or dark choice under the key the page\'s own cover reads, as auto, light or dark', () => {
    const dark = readFileSync(join(clientRoot, 'logic/dark.ts'), 'utf8')
    expect(dark, `@slidev/client/logic/dark.ts no longer stores the choice as useLocalStorage('${SLIDEV_COLOR_SCHEME_KEY}', 'auto'): change SLIDEV_COLOR_SCHEME_KEY in node/slidev-adapter.ts and what index.html reads`)
      .toContain(`useLocalStorage('${SLIDEV_COLOR_SCHEME_KEY}', 'auto')`)
    expect(dark).toMatch(/v === preferredDark\.value\s*\? 'auto'\s*: v \? 'dark' : 'light'/)
  })

  it('reads __SLIDEV_FEATURE_PRINT__ in no .vue file, where Slidev substitutes its own value, not Vite\'s define', () => {
    const vueFiles = (readdirSync(clientRoot, { recursive: true }) as string[]).filter(file => file.endsWith('.vue'))
    const readers = vueFiles.filter(file => readFileSync(join(clientRoot, file), 'utf8').includes(PRINT_ROUTES_DEFINE))
    expect(readers, `these client .vue files read ${PRINT_ROUTES_DEFINE}, which Slidev's slidev:flags plugin fills from its resolved options: the define override in node/slidev-adapter.ts does not reach them`).toEqual([])
  })

  it('defines __SLIDEV_FEATURE_PRINT__ as a JSON value: off in a build, on in `slidev export`\'s server', async () => {
    const { resolveOptions } = await import('@slidev/cli')
    const defineIn = async (mode: 'build' | 'export') => (await resolveOptions({ entry: fixtureDeck }, mode)).utils.define[PRINT_ROUTES_DEFINE]
    const message = `Slidev's getDefine no longer defines ${PRINT_ROUTES_DEFINE} as before: check how it switches the print routes, and deckBuildTarget in node/slidev-adapter.ts`
    expect(await defineIn('build'), message).toBe('false')
    expect(await defineIn('export'), message).toBe('true')
  }, 30_000)

  it('aliases vue to Vue\'s full build, which a build of the deck replaces with the runtime-only build beside it', () => {
    const serve = readdirSync(join(dirname(SLIDEV_CLI), '../dist')).find(file => /^serve-.*\.mjs$/.test(file))!
    const config = readFileSync(join(dirname(SLIDEV_CLI), '../dist', serve), 'utf8')
    expect(config, `Slidev's slidev:config plugin (dist/${serve}) no longer aliases vue to vue/dist/${VUE_BUILDS.full}: check withVueRuntimeOnly in node/slidev-adapter.ts`)
      .toMatch(new RegExp(`find: "vue",\\s*replacement: await resolveImportPath\\("vue/dist/${VUE_BUILDS.full.replaceAll('.', '\\.')}"`))
    expect(readdirSync(dirname(require.resolve(`vue/dist/${VUE_BUILDS.full}`)))).toContain(VUE_BUILDS.runtime)
  })

  it('gives no component a template to compile in the browser, in Slidev\'s client, its theme or the deck', () => {
    const roots = [
      clientRoot,
      dirname(require.resolve('@slidev/theme-default/package.json')),
      ...[
        'components',
        'layouts',
        'pages',
        'setup',
        'composables',
      ].map(dir => join(PROJECT_ROOT, dir)),
    ]
    const compiling = roots.flatMap(root => (readdirSync(root, { recursive: true }) as string[])
      .filter(file => !file.includes('node_modules') && /\.(?:ts|vue|m?js)$/.test(file))
      .filter(file => /\btemplate\s*:\s*['"`]|import \{[^}]*\bcompile\b[^}]*\} from 'vue'/.test(readFileSync(join(root, file), 'utf8')))
      .map(file => join(root, file)))
    expect(compiling, 'these files give Vue a template to compile at run time, which the runtime-only build a deck\'s build uses cannot (withVueRuntimeOnly in node/slidev-adapter.ts)').toEqual([])
  })

  it('still loads setup/preparser.ts itself from its command line, so every build fills the deck\'s tokens', () => {
    const cli = readFileSync(join(dirname(SLIDEV_CLI), '../dist/cli.mjs'), 'utf8')
    expect(cli, 'Slidev\'s command line no longer hands setup/preparser.ts to its parser (setupPreparser in dist/cli.mjs): builds through node/slidev-adapter.ts would ship raw [[fig:...]] tokens')
      .toMatch(/injectPreparserExtensionLoader\([\s\S]{0,200}loadSetups\(roots, "preparser\.ts"/)
  })

  it('writes a notes [click] cue as the same mark withNoteClickMarks writes, and its presenter view reads that mark', () => {
    const dist = join(dirname(SLIDEV_CLI), '../dist')
    const renderNote = readdirSync(dist)
      .filter(file => file.endsWith('.mjs'))
      .map(file => readFileSync(join(dist, file), 'utf8').match(/function renderNote\([\s\S]*?\n\t\}/)?.[0])
      .find(Boolean) ?? ''
    const message = 'Slidev\'s renderNote (dist/serve-*.mjs) no longer writes [click] cues as before: check withNoteClickMarks in node/slidev-adapter.ts'
    expect(renderNote, message).toContain(`<span class="${NOTE_CLICK_MARK_CLASS}" data-clicks="\${clickCount}"></span>`)
    expect(renderNote, message).toMatch(/\/\\\[click\(\?::\(\\d\+\)\)\?\\\]\/gi, \(_, count = 1\) => \{\s*clickCount \+= Number\(count\)/)
    const noteDisplay = readFileSync(join(clientRoot, 'internals/NoteDisplay.vue'), 'utf8')
    expect(noteDisplay, 'Slidev\'s NoteDisplay.vue no longer reads the notes\' click marks as before: check withNoteClickMarks in node/slidev-adapter.ts')
      .toContain(`const CLASS_MARKER = '${NOTE_CLICK_MARK_CLASS}'`)
    expect(noteDisplay).toContain('Number(marker.dataset!.clicks)')
  })

  it('takes the flags the adapter passes: slidev build, slidev export and the dev server (npm run dev\'s as well)', async () => {
    const flags: Record<string, string[]> = {
      'build': [
        '--out',
        '--base',
        '--router-mode',
        '--without-notes',
      ],
      'export': ['--format', '--output', '--executable-path'],
      '': [
        '--port',
        '--remote',
        '--bind',
        ...Object.entries(SLIDEV_DEV_OPTIONS).flatMap(([name, option]) => [
          `--${name}`,
          ...('short' in option
            ? [`-${option.short}, --${name}`]
            : []),
        ]),
      ],
    }
    const helps = await Promise.all(Object.keys(flags).map(async command =>
      (await promisify(execFile)(process.execPath, [
        SLIDEV_CLI,
        ...(command
          ? [command]
          : []),
        '--help',
      ])).stdout))
    Object.entries(flags).forEach(([command, expected], i) => {
      for (const flag of expected)
        expect(helps[i], `\`slidev ${command} --help\` no longer lists ${flag}, which node/slidev-adapter.ts passes`).toContain(`${flag} `)
    })
  }, 30_000)
})

describe('the installed Slidev, as remote mode relies on it', () => {
  const clientRoot = dirname(require.resolve('@slidev/client/package.json'))
  const client = (file: string) => readFileSync(join(clientRoot, file), 'utf8')

  it('writes no window\'s position into the shared state from its notes viewer\'s route, which the phone remote takes', () => {
    const message = `Slidev no longer keeps a route named "${NOTES_VIEWER_ROUTE}" out of the shared state: the phone remote opened on the laptop would move the talk to slide 1 (setup/routes.ts, NOTES_VIEWER_ROUTE in components/lib/remote-protocol.ts)`
    expect(client('composables/useNav.ts'), message).toContain(`const isNotesViewer = computed(() => currentRoute.name === '${NOTES_VIEWER_ROUTE}')`)
    expect(client('setup/root.ts'), message).toMatch(/function updateSharedState\(\) \{[\s\S]{0,400}if \(isNotesViewer\.value \|\| isPrintMode\.value\)\s*return/)
    expect(client('setup/routes.ts'), message).toContain(`name: '${NOTES_VIEWER_ROUTE}'`)
  })

  it('switches its in-browser slide editor off for this deck (editor: false), leaving the notes editor behind an "Edit Notes" button', async () => {
    const { resolveOptions } = await import('@slidev/cli')
    const define = (await resolveOptions({
      entry: join(PROJECT_ROOT, 'slides.md'),
    }, 'dev')).utils.define
    expect(define.__SLIDEV_FEATURE_EDITOR__, 'slides.md\'s `editor: false` no longer switches Slidev\'s editor off in the dev server').toBe('false')
    expect(client('internals/NavControls.vue'), 'Slidev\'s "Show editor" button is no longer behind __SLIDEV_FEATURE_EDITOR__').toMatch(/v-if="__DEV__ && __SLIDEV_FEATURE_EDITOR__"\s+:title="showEditor \? 'Hide editor' : 'Show editor'"/)
    expect(client('pages/presenter.vue'), 'the presenter view\'s notes editor button changed: styles/presenter.css hides it in remote mode by its title').toMatch(/<IconButton\s+v-if="__DEV__"\s+title="Edit Notes"/)
  }, 30_000)

  it('sends the talk\'s shared state as POSTs to the addresses the gate lets through', () => {
    const serverRef = readFileSync(require.resolve('vite-plugin-vue-server-ref'), 'utf8')
    expect(serverRef, 'vite-plugin-vue-server-ref changed where it sends the shared state: check SHARED_STATE_WRITES in node/remote-gate.ts')
      .toContain('const URL_PREFIX = ["/@server-ref/", "/@server-reactive/"]')
    expect(SHARED_STATE_WRITES).toContain('/@server-reactive/nav')
  })
})
