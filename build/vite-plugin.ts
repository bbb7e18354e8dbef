import type { Plugin } from 'vite'
import type { DeckData } from '../data/schema.ts'
// The Vite plugin behind vite.config.ts, for `slidev build` (and so every export):
// - it stops the build before bundling anything when the deck's data is invalid or a slide asks for an
//   id the data does not have, naming the record, field and value;
// - it hands the pages the data it has just validated, in place of data/live.ts (which validates
//   data/raw.ts with zod) and data/validate.ts, so the built deck carries neither zod nor a second copy of
//   the records, and its pages never validate again. The dev server keeps the modules as written: there a
//   bad edit shows as an error in place of the chart, and the next good one redraws it.
import { join, normalize } from 'node:path'
import process from 'node:process'
import { rawDeckData } from '../data/raw.ts'
import { checkDeckData, entryFromArgv } from './deck-check.ts'

/** The built deck's data/live.ts: the data as `slidev build` validated it. */
export function builtLiveModule(data: DeckData): string {
  return `// Validated by \`slidev build\` (build/vite-plugin.ts).\nconst json = ${JSON.stringify(JSON.stringify(data))}\nexport function liveDeckData() {\n  return JSON.parse(json)\n}\n`
}

/** The built deck's data/validate.ts: its charts draw data/ as the build validated it, so a `data` prop is refused. */
export function builtValidateModule(errorsModule: string): string {
  return `import { DeckDataError } from ${JSON.stringify(errorsModule)}\nexport { DeckDataError }\nexport function validateDeckData() {\n  throw new DeckDataError(['a chart was given its own data: a built deck draws data/ as \`slidev build\` validated it (the data prop is for tests, run without the build)'])\n}\n`
}

/** `input`: the records to check (tests give their own); the deck's own by default. */
export function deckDataCheck(root = process.cwd(), entry = entryFromArgv(process.argv), input: unknown = rawDeckData): Plugin {
  const dataDir = join(normalize(root), 'data')
  let validated: DeckData | undefined
  return {
    name: 'deck-data-check',
    apply: 'build',
    buildStart() {
      const { problems, data } = checkDeckData(root, entry, input)
      if (!data)
        this.error(`The deck's data is invalid (${problems.length}):\n- ${problems.join('\n- ')}`)
      validated = data
    },
    load(id) {
      const file = normalize(id.split('?')[0]!)
      if (file === join(dataDir, 'live.ts'))
        return builtLiveModule(validated!)
      if (file === join(dataDir, 'validate.ts'))
        return builtValidateModule(join(dataDir, 'errors.ts'))
    },
  }
}
