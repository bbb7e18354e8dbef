// Checks the whole data module at once and reports every problem, each naming the record, the field
// and the offending value, so a presenter who edits a figure sees exactly what to fix.
import type { z } from 'zod'
import type { ServedDeckData } from './lookup.ts'
import type { DeckData, DeckDataInput } from './schema.ts'
import { DeckDataError } from './errors.ts'
import { deckDataSchema } from './schema.ts'

export { DeckDataError }

function show(value: unknown): string {
  if (typeof value === 'number') {
    return Number.isNaN(value)
      ? 'NaN'
      : String(value)
  }
  if (value === undefined)
    return 'nothing'
  return JSON.stringify(value)
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root
  for (const key of path) {
    if (node === null || typeof node !== 'object')
      return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

/** "figures[1] "aliyun-cloud-share"" for a path into a list of records with ids. */
function recordName(root: unknown, path: readonly PropertyKey[]): { record: string, field: string } {
  let cut = path.length
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'number') {
      cut = i + 1
      break
    }
  }
  if (cut === path.length && typeof path.at(-1) !== 'number')
    cut = path.length - 1
  const recordPath = path.slice(0, cut)
  const id = valueAt(root, [...recordPath, 'id'])
  const label = recordPath.map(key => (typeof key === 'number'
    ? `[${key}]`
    : `.${String(key)}`)).join('').replace(/^\./, '')
  return {
    record: typeof id === 'string'
      ? `${label} "${id}"`
      : label || 'data',
    field: path.slice(cut).map(String).join('.') || '(record)',
  }
}

function describeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  const { record, field } = recordName(root, issue.path)
  const value = valueAt(root, issue.path)
  const message = issue.code === 'invalid_type' && value === undefined
    ? 'is missing'
    : issue.message
  return `${record}: field "${field}" ${message} (got ${show(value)})`
}

function duplicates<T extends { id: string }>(kind: string, records: readonly T[]): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  records.forEach((record, index) => {
    if (seen.has(record.id))
      problems.push(`${kind}[${index}] "${record.id}": field "id" is used twice (got ${show(record.id)})`)
    seen.add(record.id)
  })
  return problems
}

/** Checks that need more than one record: ids, citations, market totals, the ECX count. */
function crossCheck(data: DeckData): string[] {
  const problems = [
    ...duplicates('sources', data.sources),
    ...duplicates('figures', data.figures),
    ...duplicates('ecx.metros', data.ecx.metros),
    ...duplicates('regions', data.regions),
    // Date tokens name an event of either list, so an id may be used once across both.
    ...duplicates('events', [
      ...data.events,
      ...data.hindsightEvents,
    ]),
    ...duplicates('claims', data.claims),
    ...datedAfterAsOf(data),
  ]
  const sourceIds = new Set(data.sources.map(source => source.id))
  const cited: [string, { id: string, sources: string[] }[]][] = [
    ['figures', data.figures],
    ['ecx.metros', data.ecx.metros],
    ['regions', data.regions],
    ['events', data.events],
    ['hindsightEvents', data.hindsightEvents],
    ['claims', data.claims],
  ]
  for (const [kind, records] of cited) {
    records.forEach((record, index) => record.sources.forEach((sourceId, at) => {
      if (!sourceIds.has(sourceId))
        problems.push(`${kind}[${index}] "${record.id}": field "sources.${at}" names no known source (got ${show(sourceId)})`)
    }))
  }
  const marketTotals = new Map<string, number>()
  for (const figure of data.figures) {
    if (figure.kind === 'share')
      marketTotals.set(figure.marketId, (marketTotals.get(figure.marketId) ?? 0) + figure.value)
  }
  for (const [marketId, total] of marketTotals) {
    if (total > 100 + 1e-9)
      problems.push(`market "${marketId}": field "value" of its shares adds up to more than 100% (got ${Math.round(total * 10) / 10})`)
  }
  const total = data.figures.find(figure => figure.id === data.ecx.totalFigure)
  if (!total || total.kind !== 'count')
    problems.push(`ecx: field "totalFigure" must name a count figure (got ${show(data.ecx.totalFigure)})`)
  else if (data.ecx.metros.length > total.value)
    problems.push(`ecx: field "metros" lists more metros than the total of ${total.value} (got ${data.ecx.metros.length})`)
  const partnership = data.partnership && data.events.find(event => event.id === data.partnership!.event)
  if (data.partnership && !partnership)
    problems.push(`partnership: field "event" names no timeline event (got ${show(data.partnership.event)})`)
  else if (data.partnership && partnership && partnership.date.slice(0, 7) > data.partnership.countedTo.slice(0, 7))
    problems.push(`partnership: field "countedTo" is before the partnership (${partnership.date}) (got ${show(data.partnership.countedTo)})`)
  const names = new Set<string>()
  data.ecx.metros.forEach((metro, index) => {
    const key = metro.name.toLowerCase()
    if (names.has(key))
      problems.push(`ecx.metros[${index}] "${metro.id}": field "name" is listed twice (got ${show(metro.name)})`)
    names.add(key)
  })
  for (const [kind, records] of [
    ['regions', data.regions],
    ['events', data.events],
    ['hindsightEvents', data.hindsightEvents],
  ] as const) {
    records.forEach((record, index) => {
      const date = 'opened' in record
        ? record.opened
        : record.date
      const field = 'opened' in record
        ? 'opened'
        : 'date'
      if (!isRealDate(date))
        problems.push(`${kind}[${index}] "${record.id}": field "${field}" is not a real calendar date (got ${show(date)})`)
    })
  }
  return problems
}

/** `date` is later than `asOf` at the precision of `asOf` ("2026" is not after "2026-12"; "2027-01" is). */
function isAfter(date: string, asOf: string): boolean {
  return date.slice(0, asOf.length) > asOf
}

/** Nothing the deck cites or tells may be dated after its as-of date; a hindsight event falls after the story's window. */
function datedAfterAsOf(data: DeckData): string[] {
  const problems: string[] = []
  const { asOf, partnership } = data
  if (asOf) {
    data.sources.forEach((source, index) => {
      if (isAfter(source.date, asOf))
        problems.push(`sources[${index}] "${source.id}": field "date" is after the deck's asOf (${asOf}) (got ${show(source.date)})`)
    })
    data.claims.forEach((claim, index) => {
      if (claim.asOf && isAfter(claim.asOf, asOf))
        problems.push(`claims[${index}] "${claim.id}": field "asOf" is after the deck's asOf (${asOf}) (got ${show(claim.asOf)})`)
    })
  }
  data.hindsightEvents.forEach((event, index) => {
    if (asOf && isAfter(event.date, asOf))
      problems.push(`hindsightEvents[${index}] "${event.id}": field "date" is after the deck's asOf (${asOf}) (got ${show(event.date)})`)
    if (partnership && event.date.slice(0, 7) <= partnership.countedTo.slice(0, 7))
      problems.push(`hindsightEvents[${index}] "${event.id}": field "date" falls in the story's own window (to ${partnership.countedTo}); put it in "events" (got ${show(event.date)})`)
  })
  return problems
}

/** A YYYY[-MM[-DD]] string that names a day that exists (no 30 February). */
export function isRealDate(text: string): boolean {
  const [year, month = 1, day = 1] = text.split('-').map(Number)
  if (year === undefined)
    return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export function validateDeckData(input: unknown): DeckData {
  const parsed = deckDataSchema.safeParse(input)
  if (!parsed.success)
    throw new DeckDataError(parsed.error.issues.map(issue => describeIssue(input, issue)))
  const problems = crossCheck(parsed.data)
  if (problems.length)
    throw new DeckDataError(problems)
  return parsed.data
}

/** The data as the pages receive it (`virtual:deck-data`): validated, or every problem found instead. */
export function serveDeckData(input: unknown): ServedDeckData {
  try {
    return {
      data: validateDeckData(input),
    }
  }
  catch (error) {
    return {
      problems: error instanceof DeckDataError
        ? error.problems
        : [(error as Error).message],
    }
  }
}

export type { DeckDataInput }
