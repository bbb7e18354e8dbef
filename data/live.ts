import type { DeckData } from './schema.ts'
// The deck's own data, validated: what the slides' charts and sentences draw. The dev server's pages,
// the tests and the scripts validate data/raw.ts here. A built deck's pages get this module from the
// build instead (build/vite-plugin.ts), holding the data `slidev build` already validated, so they load
// neither zod nor the records as typed.
import { rawDeckData } from './raw.ts'
import { validateDeckData } from './validate.ts'

export function liveDeckData(): DeckData {
  return validateDeckData(rawDeckData)
}
