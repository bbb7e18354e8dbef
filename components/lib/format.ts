import type { DeckData, Source } from '../../data/lookup.ts'
// How every figure reads on a slide, so "23%" looks the same in a chart, a sentence and a footnote.
//
//   formatShare(23)            -> "23%"      whole numbers: no decimals
//   formatShare(13.14)         -> "13.1%"    otherwise: one decimal
//   formatShare(31, 1)         -> "31.0%"    `decimals` given: exactly that many (a figure's
//                                            `decimals` field keeps the precision its source printed)
//   shareDecimals([{ value: 27.5 }, { value: 8 }]) -> 1   the decimals of shares shown together
//   formatMoney(25)            -> "$25bn"    billions of US dollars, at most one decimal, no ".0"
//   formatMoney(0.85)          -> "$850m"
//   formatCount(1200)          -> "1,200"    formatCount(21, ['facility', 'facilities']) -> "21 facilities"
//   formatDate('2015')         -> "2015"
//   formatDate('2014-10')      -> "Oct 2014" month names in news style: Jan, Feb, March, April, May,
//   formatDate('2014-09-22')   -> "22 Sept 2014"   June, July, Aug, Sept, Oct, Nov, Dec
//   formatMonth                   the same function, under the name the timeline uses
//   sourceCitation(source)     -> "Reuters, 22 Sept 2014"
//   sourceLine(['reuters-2014-09'], data)      -> "Source: Reuters, 22 Sept 2014"   (data: the validated deck)
//   sourceLine(['ewc-madaj-2015', 'corcom-2015'], data) -> "Sources: East-West Center, 2015; Corriere Comunicazioni, 2015"
//   sourceIdsOf(['aliyun-cloud-share'], data) -> the figures' source ids, each once, in order
// Unknown source or figure ids throw an Error that names the id.
import { figureById, sourceById } from '../../data/lookup.ts'

const MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]

function checkFinite(value: number, what: string): void {
  if (!Number.isFinite(value))
    throw new TypeError(`Cannot format ${what} ${String(value)}: not a finite number`)
}

/**
 * The decimals shares show: those each source printed (a figure's `decimals`), else none for a whole
 * number and one otherwise; shares drawn on one scale or in one native chart take the most any needs.
 */
export function shareDecimals(shares: readonly { value: number, decimals?: number }[]): number {
  return Math.max(0, ...shares.map(share => share.decimals ?? (Number.isInteger(share.value)
    ? 0
    : 1)))
}

export function formatShare(value: number, decimals?: number): string {
  checkFinite(value, 'the share')
  return `${value.toFixed(shareDecimals([
    { value, decimals },
  ]))}%`
}

/** `usdBn` is in billions of US dollars. */
export function formatMoney(usdBn: number): string {
  checkFinite(usdBn, 'the amount')
  if (Math.abs(usdBn) < 1)
    return `$${Math.round(usdBn * 1000)}m`
  return `$${Number(usdBn.toFixed(1))}bn`
}

export function formatCount(value: number, noun?: readonly [string, string]): string {
  checkFinite(value, 'the count')
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 0 })
  if (!noun)
    return number
  return `${number} ${value === 1
    ? noun[0]
    : noun[1]}`
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" as people read it. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  const month = match?.[2] === undefined
    ? undefined
    : MONTHS[Number(match[2]) - 1]
  if (!match || (match[2] !== undefined && !month))
    throw new Error(`Cannot format the date "${iso}": write it YYYY, YYYY-MM or YYYY-MM-DD`)
  const [, year, , day] = match
  if (!month)
    return year!
  return day
    ? `${Number(day)} ${month} ${year}`
    : `${month} ${year}`
}

export const formatMonth = formatDate

export function sourceCitation(source: Source): string {
  return `${source.publisher}, ${formatDate(source.date)}`
}

/** One line of citations, "Source: ..." or "Sources: ...; ...", each source once. */
export function sourceLine(sourceIds: readonly string[], data: DeckData): string {
  const unique = [
    ...new Set(sourceIds),
  ]
  if (!unique.length)
    throw new Error('A source line needs at least one source id')
  const citations = unique.map(id => sourceCitation(sourceById(id, data)))
  return `${unique.length === 1
    ? 'Source'
    : 'Sources'}: ${citations.join('; ')}`
}

/** The source ids the given figures cite, each once, in the order first cited. */
export function sourceIdsOf(figureIds: readonly string[], data: DeckData): string[] {
  return [
    ...new Set(figureIds.flatMap(id => figureById(id, data).sources)),
  ]
}
