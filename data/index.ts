// The deck's one data module: every figure, place and date a slide shows, validated on load.
import { claims } from './claims.ts'
import { events, ecx, regions } from './footprint.ts'
import { figures } from './figures.ts'
import type { Claim, DeckData, DeckDataInput, Figure, Source } from './schema.ts'
import { sources } from './sources.ts'
import { validateDeckData } from './validate.ts'

export const rawDeckData: DeckDataInput = { sources, figures, ecx, regions, events, claims }

let validated: DeckData | undefined
let failure: Error | undefined

/** The validated data; throws the validation error (naming record, field and value) when it is invalid. */
export function deckData(): DeckData {
  if (failure)
    throw failure
  if (!validated) {
    try {
      validated = validateDeckData(rawDeckData)
    }
    catch (error) {
      failure = error as Error
      throw failure
    }
  }
  return validated
}

export function figureById(id: string, data: DeckData = deckData()): Figure {
  const found = data.figures.find(figure => figure.id === id)
  if (!found)
    throw new Error(`Unknown figure id "${id}". Known ids: ${data.figures.map(figure => figure.id).join(', ')}`)
  return found
}

export function claimById(id: string, data: DeckData = deckData()): Claim {
  const found = data.claims.find(claim => claim.id === id)
  if (!found)
    throw new Error(`Unknown claim id "${id}". Known ids: ${data.claims.map(claim => claim.id).join(', ')}`)
  return found
}

export function sourceById(id: string, data: DeckData = deckData()): Source {
  const found = data.sources.find(source => source.id === id)
  if (!found)
    throw new Error(`Unknown source id "${id}"`)
  return found
}

export * from './schema.ts'
export { DeckDataError, validateDeckData } from './validate.ts'
