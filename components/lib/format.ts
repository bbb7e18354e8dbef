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
// In Chinese (a last argument 'zh', or data whose `lang` is 'zh'; the words are in ui-text.ts):
//   formatMoney(25, 'zh') -> "250亿美元"   formatMoney(0.5, 'zh') -> "5亿美元"   formatCount(7, ['个城市', '个城市'], 'zh') -> "7个城市"
//   formatDate('2015', 'zh') -> "2015年"   formatDate('2015-06', 'zh') -> "2015年6月"   formatDate('2015-06-09', 'zh') -> "2015年6月9日"
//   sourceLine(['reuters-2014-09'], data) -> "来源：路透社，2014年9月22日"
//   publisherIn('Bloomberg (via IOL)', 'zh') -> "Bloomberg（IOL转载）"   (a publisher shown as written: no English connective)
// Unknown source or figure ids throw an Error that names the id.
import type { DeckLang } from './deck-lang.ts'
import { figureById, sourceById } from '../../data/lookup.ts'
import { estimateTextWidth } from './text-width.ts'
import { langOf, onFirstUse, uiText } from './ui-text.ts'

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
export function formatMoney(usdBn: number, lang: DeckLang = 'en'): string {
  checkFinite(usdBn, 'the amount')
  return uiText(lang, 'money')(usdBn)
}

/** Whole numbers with thousands separators (1,200), one formatter for every count: toLocaleString made one a call. */
const COUNT_DIGITS = onFirstUse(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }))

/** `noun`: singular and plural (in Chinese the same noun twice, its measure word included: '个城市'). */
export function formatCount(value: number, noun?: readonly [string, string], lang: DeckLang = 'en'): string {
  checkFinite(value, 'the count')
  const number = COUNT_DIGITS().format(value)
  if (!noun)
    return number
  return uiText(lang, 'count')(number, value === 1
    ? noun[0]
    : noun[1])
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" as people read it. */
export function formatDate(iso: string, lang: DeckLang = 'en'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  const month = match?.[2] === undefined
    ? undefined
    : Number(match[2])
  if (!match || (month !== undefined && (month < 1 || month > 12)))
    throw new Error(`Cannot format the date "${iso}": write it YYYY, YYYY-MM or YYYY-MM-DD`)
  const year = Number(match[1])
  const day = match[3]
  if (month === undefined)
    return uiText(lang, 'dateYear')(year)
  return day
    ? uiText(lang, 'dateDay')(year, month, Number(day))
    : uiText(lang, 'dateMonth')(year, month)
}

export const formatMonth = formatDate

const CONNECTIVE = /^(.+?)(?: \((via|citing) ([^)]+)\)|,? (via|citing) (.+))$/

/**
 * A publisher as the slide language says it. A record's publisher is shown as written when it has no Chinese
 * name (data/translation.ts); its English connective is not: "Bloomberg (via IOL)" -> "Bloomberg（IOL转载）".
 */
export function publisherIn(publisher: string, lang: DeckLang = 'en'): string {
  const match = CONNECTIVE.exec(publisher)
  if (lang === 'en' || !match)
    return publisher
  const word = (match[2] ?? match[4]) as 'via' | 'citing'
  return uiText(lang, word)(match[1]!, (match[3] ?? match[5])!)
}

export function sourceCitation(source: Source, lang: DeckLang = 'en'): string {
  return uiText(lang, 'citation')(publisherIn(source.publisher, lang), formatDate(source.date, lang))
}

/** A source line in pieces, so each citation can be a link: `prefix` ("Sources: "), the citations, `more`. */
export interface SourceLineParts { prefix: string, citations: { id: string, text: string }[], separator: string, more: string }

export function sourceLineParts(sourceIds: readonly string[], data: DeckData, limit = Number.POSITIVE_INFINITY): SourceLineParts {
  const lang = langOf(data)
  const unique = [
    ...new Set(sourceIds),
  ]
  if (!unique.length)
    throw new Error('A source line needs at least one source id')
  // A chart of many steps names its first few sources and says how many more the backup lists.
  const shown = unique.length > limit
    ? unique.slice(0, limit)
    : unique
  const more = unique.length - shown.length
  return {
    prefix: uiText(lang, 'sourceLine')(uiText(lang, unique.length === 1
      ? 'source'
      : 'sources'), ''),
    citations: shown.map(id => ({
      id,
      text: sourceCitation(sourceById(id, data), lang),
    })),
    separator: uiText(lang, 'semicolon'),
    more: more
      ? uiText(lang, 'moreSources')(more)
      : '',
  }
}

/** One line of citations, "Source: ..." or "Sources: ...; ...", each source once, in the data's language. */
export function sourceLine(sourceIds: readonly string[], data: DeckData, limit = Number.POSITIVE_INFINITY): string {
  const { prefix, citations, separator, more } = sourceLineParts(sourceIds, data, limit)
  return `${prefix}${citations.map(c => c.text).join(separator)}${more}`
}

/**
 * The source line under either timeline: at most three named, in two lines of the chart's width at the line's
 * 14px (the SVG's 900 units span about 860 px of the slide; a margin for the estimate).
 */
export const TIMELINE_SOURCE_FIT = {
  most: 3,
  lines: 2,
  width: 760,
  fontSize: 14,
}

/**
 * How many sources a chart of many steps can name, at most `most`, for its source line to fit in `lines` lines of
 * `width` at `fontSize` (estimated, generously); at least one is always named.
 */
export function sourceLimitToFit(sourceIds: readonly string[], data: DeckData, fit: { most: number, lines: number, width: number, fontSize: number }): number {
  for (let limit = fit.most; limit > 1; limit--) {
    if (estimateTextWidth(sourceLine(sourceIds, data, limit), fit.fontSize) <= fit.lines * fit.width)
      return limit
  }
  return 1
}

/** The source ids the given figures cite, each once, in the order first cited. */
export function sourceIdsOf(figureIds: readonly string[], data: DeckData): string[] {
  return [
    ...new Set(figureIds.flatMap(id => figureById(id, data).sources)),
  ]
}
