import type { Claim, CountFigure, DeckData, Figure, Region, Source } from './schema.ts'
// Lookups into validated data, which every caller hands in: the pages get it from the virtual module
// `virtual:deck-data` (node/deck-data-plugin.ts), Node code from deckData() in index.ts. Types only
// come from schema.ts, so a page that imports this loads neither zod nor the records as typed.

/**
 * What `virtual:deck-data` hands the pages: the validated data, or, in the dev server after an invalid
 * edit, the problems (each naming record, field and value) that every chart then shows in its place.
 */
export type ServedDeckData = { data: DeckData, problems?: undefined } | { data?: undefined, problems: string[] }

/** The partnership's event id, its month ("2015-06") and the last month counted, from the data. */
export function partnershipWindow(data: DeckData): { event: string, month: string, countedTo: string } {
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

export function figureById(id: string, data: DeckData): Figure {
  const found = data.figures.find(figure => figure.id === id)
  if (!found)
    throw new Error(`Unknown figure id "${id}". Known ids: ${data.figures.map(figure => figure.id).join(', ')}`)
  return found
}

/** What a chart calls figures of each kind, in its error when handed another kind. */
const KIND_PLURAL: Record<Figure['kind'], string> = { share: 'shares', count: 'counts', money: 'amounts' }

/** The figure `id`, which the chart `shownBy` can draw only as a `kind`: an error naming both otherwise. */
export function figureOfKind<K extends Figure['kind']>(id: string, kind: K, data: DeckData, shownBy: string): Extract<Figure, { kind: K }> {
  const figure = figureById(id, data)
  if (figure.kind !== kind)
    throw new Error(`${shownBy} shows ${KIND_PLURAL[kind]}; figure "${id}" is a ${figure.kind}`)
  return figure as Extract<Figure, { kind: K }>
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

export function claimById(id: string, data: DeckData): Claim {
  const found = data.claims.find(claim => claim.id === id)
  if (!found)
    throw new Error(`Unknown claim id "${id}". Known ids: ${data.claims.map(claim => claim.id).join(', ')}`)
  return found
}

export function sourceById(id: string, data: DeckData): Source {
  const found = data.sources.find(source => source.id === id)
  if (!found)
    throw new Error(`Unknown source id "${id}"`)
  return found
}

export { DeckDataError } from './errors.ts'
export type * from './schema.ts'
