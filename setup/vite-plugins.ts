// Vite plugins Slidev adds to the deck's own (it loads this file with its options: entry, userRoot).
//
// deckFollowsData: prose and speaker notes get their figures from data/ through the preparser
// (setup/preparser.ts), which runs when Slidev reads slides.md. Slidev re-reads slides.md only when that
// file changes, so without this an edited figure would reach the charts but not the notes. When a file
// under data/ changes, this has Slidev re-read slides.md first (as if it had been saved), then marks
// every slide module stale, so the page reload Vite does for the data change gets the new notes.
// deckDataPlugin (node/deck-data-plugin.ts) serves the data itself to the pages as `virtual:deck-data`.
//
// monacoDepsOnlyWhenUsed: Slidev pre-bundles TypeScript (about 8 MB) for every deck when the dev server starts,
// and slide 1's modules wait until that bundle is done: on a cold start it was most of the wait before slide 1
// (bench/RESULTS.md). Slidev's client loads it only for a Monaco editor or runner, so a deck without one leaves
// it out; Slidev restarts the server when a Monaco block is added or `monaco` changes, and it comes back then.
import type { VitePluginsSetup } from '@slidev/types'
import type { HmrContext, ModuleNode, Plugin } from 'vite'
import { readFile } from 'node:fs/promises'
import { join, normalize, relative, sep } from 'node:path'
import process from 'node:process'
import { cjkFont } from '../node/cjk-font.ts'
import { coverSplash } from '../node/cover-splash.ts'
import { deckDataPlugin } from '../node/deck-data-plugin.ts'
import { htmlLang, langFromEnv } from '../node/process-lang.ts'
import { remoteGatePlugin } from '../node/remote-gate.ts'
import { REMOTE_PASSWORD_ENV } from '../node/remote-mode.ts'
import { deckBuildTarget, REMOTE_CLIENT_DEFINES, REMOTE_MODE_DEFINE } from '../node/slidev-adapter.ts'

type HotUpdate = (this: unknown, ctx: HmrContext) => Promise<ModuleNode[] | void> | ModuleNode[] | void

function slidevHotUpdate(plugins: readonly Plugin[]): HotUpdate | undefined {
  const hook = plugins.find(plugin => plugin.name === 'slidev:loader')?.handleHotUpdate
  return (typeof hook === 'function'
    ? hook
    : hook?.handler) as HotUpdate | undefined
}

export function deckFollowsData(userRoot: string, entry: string): Plugin {
  const dataDir = join(normalize(userRoot), 'data') + sep
  return {
    name: 'deck-follows-data',
    apply: 'serve',
    async handleHotUpdate(ctx) {
      if (!normalize(ctx.file).startsWith(dataDir))
        return
      const reloadSlides = slidevHotUpdate(ctx.server.config.plugins)
      if (!reloadSlides) {
        ctx.server.config.logger.warn(`deck-follows-data: Slidev's slide loader was not found; restart the dev server to see ${ctx.file} in the notes`)
        return
      }
      // Throws when the new data is invalid or leaves a token unfilled. The data module's update still goes
      // out, so each chart shows the problem in its place; the notes keep their last good values meanwhile.
      let slideModules: ModuleNode[]
      try {
        slideModules = await reloadSlides.call(this, {
          ...ctx,
          file: entry,
          read: () => readFile(entry, 'utf8'),
          modules: [],
        }) ?? []
      }
      catch (error) {
        ctx.server.config.logger.error(`deck-follows-data: the notes keep their last values until ${ctx.file} is fixed:\n${(error as Error).message}`)
        return ctx.modules
      }
      for (const module of ctx.server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.includes('__slidev_'))
          ctx.server.moduleGraph.invalidateModule(module)
      }
      return [
        ...ctx.modules,
        ...slideModules,
      ]
    },
  }
}

/** Slidev's client imports these only for Monaco (@slidev/client setup/monaco.ts and setup/code-runners.ts). */
export const MONACO_ONLY_DEPS = ['typescript', '@typescript/ata']

/** Whether the dev server shows Monaco: a slide has a `{monaco}` block and `monaco` is on in dev (Slidev's rule). */
export function devUsesMonaco(options: { data: { features: { monaco: unknown }, config: { monaco?: unknown } } }): boolean {
  const { monaco } = options.data.config
  return Boolean(options.data.features.monaco) && (monaco === true || monaco === 'dev')
}

export function monacoDepsOnlyWhenUsed(usesMonaco: boolean): Plugin {
  return {
    name: 'deck-monaco-deps-only-when-used',
    apply: 'serve',
    // After Slidev's config hook, which adds its list (as "@slidev/cli > @slidev/client > typescript").
    enforce: 'post',
    config(config) {
      const include = config.optimizeDeps?.include
      if (usesMonaco || !include)
        return
      config.optimizeDeps!.include = include.filter(id => !MONACO_ONLY_DEPS.includes(id.split('>').at(-1)!.trim()))
    },
  }
}

/**
 * Slidev in remote mode (`--remote`) listens on the network: its requests then pass the password gate
 * (node/remote-gate.ts). The password comes from `npm run dev -- --remote` (REMOTE_PASSWORD_ENV), or from Slidev's own
 * `--remote=PASSWORD` when it is started directly; a bare `slidev --remote` has none and is refused here.
 */
export function remoteGateFor(remote: string | undefined, env: Record<string, string | undefined>): Plugin[] {
  if (remote === undefined) {
    // The pages read the flag in every build and server, so it is always defined.
    return [
      {
        name: 'deck-remote-off',
        config: () => ({
          define: { [REMOTE_MODE_DEFINE]: 'false' },
        }),
      },
    ]
  }
  const password = env[REMOTE_PASSWORD_ENV] || remote
  if (!password)
    throw new Error('slidev --remote without a password would let anyone on the network drive the deck and read its notes: start it with `npm run dev -- --remote`, which makes one')
  return [
    remoteGatePlugin(password, REMOTE_CLIENT_DEFINES),
  ]
}

const setup: VitePluginsSetup = options => [
  // Remote mode: the password gate in front of every request (nothing when Slidev serves localhost only).
  ...remoteGateFor(options.remote, process.env),
  // virtual:deck-data: the validated data for the pages; `slidev build` checks it and the slides first.
  deckDataPlugin({
    root: options.userRoot,
    markdown: () => Object.values(options.data.markdownFiles).map(file => ({
      file: relative(options.userRoot, file.filepath),
      markdown: file.raw,
    })),
  }),
  deckFollowsData(options.userRoot, options.entry),
  // What node/slidev-adapter.ts asked for (print routes, one file); nothing for `slidev build` itself.
  deckBuildTarget(),
  // Slidev's TypeScript bundle only for a deck that shows Monaco (see the top of this file).
  monacoDepsOnlyWhenUsed(devUsesMonaco(options)),
  // The slides' language (DECK_LANG) in the page's <html lang>.
  htmlLang(langFromEnv(process.env)),
  // virtual:cjk-font.css: Noto Sans SC cut to the Chinese deck's characters (empty for English).
  cjkFont({ root: options.userRoot, entry: options.entry }),
  // The cover's words in index.html, drawn until Slidev draws the slide (a slow phone waits seconds for the script).
  coverSplash(() => ({
    content: options.data.slides[0]?.content ?? '',
    // Slidev's rule (dist/serve-*.mjs): a first slide without a layout takes the headmatter's default, else the cover.
    layout: (options.data.slides[0]?.frontmatter.layout ?? options.data.slides[0]?.frontmatter.defaults?.layout) || 'cover',
  }), () => String(options.data.config.colorSchema)),
]

export default setup
