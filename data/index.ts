import type { Claim, CountFigure, DeckData, DeckDataInput, Figure, Region, Source } from './schema.ts'
// The deck's one data module: every figure, place and date a slide shows, validated on first use.
import { liveDeckData } from './live.ts'
import { validateDeckData } from './validate.ts'

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

/** The deck's validated data, or `input` validated instead (tests pass their own, possibly invalid, data). */
export function resolveDeckData(input?: DeckDataInput): DeckData {
  return input === undefined
    ? deckData()
    : validateDeckData(input)
}

/** The partnership's event id, its month ("2015-06") and the last month counted, from the data. */
export function partnershipWindow(data: DeckData = deckData()): { event: string, month: string, countedTo: string } {
  if (!data.partnership)
    throw new Error('data: field "partnership" is missing: this chart needs the partnership event and the last month counted (got nothing)')
  const { event: id, countedTo } = data.partnership
  const event = data.events.find(candidate => candidate.id === id)
  if (!event)
    throw new Error(`partnership: field "event" names no timeline event (got "${id}")`)
  return {
    event: id,
    month: event.date.slice(0, 7),
    countedTo: countedTo.slice(0, 7),
  }
}

export function figureById(id: string, data: DeckData = deckData()): Figure {
  const found = data.figures.find(figure => figure.id === id)
  if (!found)
    throw new Error(`Unknown figure id "${id}". Known ids: ${data.figures.map(figure => figure.id).join(', ')}`)
  return found
}

/**
 * The article's count of Equinix Cloud Exchange facilities, and every source the footprint charts draw
 * on (that count, the cities, the given regions), each once. Validation guarantees the count is a count.
 */
export function ecxFootprint(data: DeckData, regions: readonly Region[]): { total: CountFigure, sources: string[] } {
  const total = figureById(data.ecx.totalFigure, data)
  if (total.kind !== 'count')
    throw new Error(`Figure "${total.id}" must be a count`)
  const sources = [
    ...new Set([
      ...total.sources,
      ...data.ecx.metros.flatMap(m => m.sources),
      ...regions.flatMap(r => r.sources),
    ]),
  ]
  return { total, sources }
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

export { DeckDataError } from './errors.ts'
export type * from './schema.ts'
export { validateDeckData } from './validate.ts'
