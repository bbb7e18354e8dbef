// Slidev merges this into its Vite config. The one plugin stops `slidev build` with a message naming
// the record, field and value when the deck's data is invalid or a slide asks for an unknown id.
// (The dev server keeps running and shows the error in place of the chart instead.)
import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import { checkDeck, entryFromArgv } from './data/build-check.ts'

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

export default defineConfig({
  plugins: [deckDataCheck()],
})
