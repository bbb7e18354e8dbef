// The one way the deck's data reaches its pages: the virtual module `virtual:deck-data`, the same in
// the dev server, `slidev build` (every export) and the component tests, read by composables/deck-data.ts.
// As Slidev serves its config (`/@slidev/configs`), the module is an id and then `export default` JSON:
// the records of <root>/data/raw.ts validated here, in Node, so no page loads zod or the records as typed.
// - `slidev build`: buildStart loads and checks the data and the slides (node/deck-check.ts) and stops
//   the build, naming record, field and value, before anything is bundled.
// - dev server: invalid data does not stop it; the module carries the problems and every chart shows
//   them in its place. An edit under <root>/data/ reloads the records (fresh, not from Node's import
//   cache) and updates the module, so the charts follow.
// Registered by setup/vite-plugins.ts with Slidev's options; by vitest.config.ts for the component tests.
import type { Plugin } from 'vite'
import type { DeckLang } from '../components/lib/deck-lang.ts'
import type { DeckData, ServedDeckData } from '../data/lookup.ts'
import type { DeckMarkdown } from './deck-check.ts'
import { join, normalize, sep } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'
import { servedInLanguage } from '../data/translation.ts'
import { serveDeckData } from '../data/validate.ts'
import { checkDeckData } from './deck-check.ts'
import { langFromEnv } from './process-lang.ts'

export const DECK_DATA_ID = 'virtual:deck-data'
// Vite's convention for a virtual module's resolved id: the \0 keeps other plugins off it.
const RESOLVED_ID = `\0${DECK_DATA_ID}`

export interface DeckDataPluginOptions {
  /** The deck's folder (Slidev's `userRoot`); its data/raw.ts holds the records. */
  root: string
  /** The deck's Markdown as written, for the build's slide checks (from Slidev's parsed deck). */
  markdown?: () => readonly DeckMarkdown[]
  /** Records to serve instead of <root>/data/raw.ts (tests). */
  input?: unknown
  /** The slides' language: the records' texts are served in it (data/translation.ts). Default: DECK_LANG, else English. */
  lang?: DeckLang
}

/** The module's code: the data or its problems, as one JSON text (parsed faster than the same object literal). */
export function deckDataModule(served: ServedDeckData): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(served))})\n`
}

export function deckDataPlugin({ root, markdown = () => [], input, lang = langFromEnv(process.env) }: DeckDataPluginOptions): Plugin {
  const dataDir = join(normalize(root), 'data') + sep
  let building = false
  let built: DeckData | undefined

  // A module runner loads the records afresh each time: Node's import cache would keep the first ones.
  async function records(): Promise<unknown> {
    if (input !== undefined)
      return input
    const { module } = await runnerImport<{ rawDeckData: unknown }>(join(dataDir, 'raw.ts'), { root, logLevel: 'silent' })
    return module.rawDeckData
  }

  async function served(): Promise<ServedDeckData> {
    try {
      return serveDeckData(await records())
    }
    catch (error) {
      // A data file that does not even load (a syntax error): shown like any other problem.
      return {
        problems: [(error as Error).message],
      }
    }
  }

  return {
    name: 'deck-data',
    configResolved(config) {
      building = config.command === 'build'
    },
    async buildStart() {
      if (!building)
        return
      const { problems, data } = checkDeckData(await records(), markdown())
      if (!data)
        this.error(`The deck's data is invalid (${problems.length}):\n- ${problems.join('\n- ')}`)
      built = data
    },
    resolveId(id) {
      if (id === DECK_DATA_ID)
        return RESOLVED_ID
    },
    async load(id) {
      if (id !== RESOLVED_ID)
        return
      const answer = built
        ? { data: built }
        : await served()
      return deckDataModule(answer.data
        ? {
            data: servedInLanguage(answer.data, lang),
          }
        : answer)
    },
    handleHotUpdate(ctx) {
      if (!normalize(ctx.file).startsWith(dataDir))
        return
      const module = ctx.server.moduleGraph.getModuleById(RESOLVED_ID)
      if (!module)
        return
      ctx.server.moduleGraph.invalidateModule(module)
      return [
        ...ctx.modules,
        module,
      ]
    },
  }
}
