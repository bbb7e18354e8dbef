import type { Plugin } from 'vite'
// The Vite plugin behind vite.config.ts: `slidev build` stops before bundling anything when the deck's
// data is invalid or a slide asks for an id the data does not have, naming the record, field and value.
import process from 'node:process'
import { checkDeck, entryFromArgv } from './deck-check.ts'

export function deckDataCheck(root = process.cwd(), entry = entryFromArgv(process.argv)): Plugin {
  return {
    name: 'deck-data-check',
    apply: 'build',
    buildStart() {
      const problems = checkDeck(root, entry)
      if (problems.length)
        this.error(`The deck's data is invalid (${problems.length}):\n- ${problems.join('\n- ')}`)
    },
  }
}
