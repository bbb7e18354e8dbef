import type { DeckData } from './schema.ts'
// The deck's data for Node (scripts, tests, the preparser): deckData() validates data/raw.ts on first
// use. The pages never load this file: they read `virtual:deck-data` (composables/deck-data.ts), and
// import the lookups from lookup.ts.
import { liveDeckData } from './live.ts'

let validated: DeckData | undefined
let failure: Error | undefined

/** The validated data; throws the validation error (naming record, field and value) when it is invalid. */
export function deckData(): DeckData {
  if (failure)
    throw failure
  if (!validated) {
    try {
      validated = liveDeckData()
    }
    catch (error) {
      failure = error as Error
      throw failure
    }
  }
  return validated
}

export * from './lookup.ts'
export { validateDeckData } from './validate.ts'
