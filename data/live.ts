import type { DeckData } from './schema.ts'
// The deck's own data, validated, for Node: scripts, tests and the preparser. (The pages get the same
// records from the virtual module `virtual:deck-data`, validated by the deck's Vite plugin.)
import { rawDeckData } from './raw.ts'
import { validateDeckData } from './validate.ts'

export function liveDeckData(): DeckData {
  return validateDeckData(rawDeckData)
}
