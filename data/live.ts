import type { DeckData } from './schema.ts'
// The deck's own data, validated: what the slides' charts and sentences draw. Node (the dev server's
// pages, the tests, the scripts) validates it here. A built deck's pages get this module from the build
// instead (build/vite-plugin.ts), holding the data `slidev build` already validated, so the browser
// loads neither zod nor the records as typed.
import { rawDeckData } from './raw.ts'
import { validateDeckData } from './validate.ts'

export function liveDeckData(): DeckData {
  return validateDeckData(rawDeckData)
}
