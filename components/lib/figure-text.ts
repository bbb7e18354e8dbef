import type { DeckData, Figure } from '../../data/lookup.ts'
// The words a slide shows for a figure, by id, formatted the same way everywhere (see format.ts), from
// the validated data the caller hands in (`data`):
//
//   figureText('aliyun-cloud-share', 'value', data)    -> "23%"
//   figureText('aliyun-cloud-share', 'phrase', data)   -> "23% of China cloud computing"
//   figureText('ecx-facilities', 'phrase', data)       -> "21 facilities"
//   figureText('alibaba-ipo', 'value', data)           -> "$25bn"
//   fields: value | phrase | holder | market | label | measure | period | source | confidence | note
//   eventDateText('us-region', data)                   -> "March 2015"   a timeline event's date
//   eventDateText('as-of', data)                       -> "Dec 2026"     the date the deck's hindsight is true as of
// In the language of the data (its `lang`): with Chinese data, 'value' of alibaba-ipo is "250亿美元", 'phrase'
// of aliyun-cloud-share "中国云计算的23%", 'confidence' "中", and dates "2015年3月".
// Unknown ids and fields the figure does not have throw an Error that names them.
import type { DeckLang } from './deck-lang.ts'
import { figureById } from '../../data/lookup.ts'
import { formatCount, formatMoney, formatMonth, formatShare, sourceLine } from './format.ts'
import { CONFIDENCE_WORD, langOf, uiText } from './ui-text.ts'

export const FIGURE_FIELDS = [
  'value',
  'phrase',
  'holder',
  'market',
  'label',
  'measure',
  'period',
  'source',
  'confidence',
  'note',
] as const
export type FigureField = typeof FIGURE_FIELDS[number]

/** The figure's value as a slide shows it: "23%", "21", "$25bn" ("250亿美元" in Chinese). */
export function figureValueText(figure: Figure, lang: DeckLang): string {
  switch (figure.kind) {
    case 'share': return formatShare(figure.value, figure.decimals)
    case 'count': return formatCount(figure.value)
    case 'money': return formatMoney(figure.valueUsdBn, lang)
  }
}

/** The value as the English deck shows it (one argument, so it can be handed to `map`). */
export function formatFigureValue(figure: Figure): string {
  return figureValueText(figure, 'en')
}

/** A name for the figure in a table: "Aliyun, China cloud computing" ("阿里云（中国云计算）") or its label. */
export function figureName(figure: Figure, lang: DeckLang = 'en'): string {
  return figure.kind === 'share'
    ? uiText(lang, 'shareName')(figure.holder, figure.market)
    : figure.label
}

export function figureText(id: string, field: string, data: DeckData): string {
  const lang = langOf(data)
  const figure = figureById(id, data)
  const missing = (): never => {
    throw new Error(`Figure "${id}" has no field "${field}" to show (fields: ${FIGURE_FIELDS.join(', ')}; holder and market are for shares only)`)
  }
  switch (field) {
    case 'value': return figureValueText(figure, lang)
    case 'phrase':
      if (figure.kind === 'share')
        return uiText(lang, 'sharePhrase')(figureValueText(figure, lang), figure.market)
      return figure.kind === 'count'
        ? formatCount(figure.value, figure.noun, lang)
        : figureValueText(figure, lang)
    case 'holder': return figure.kind === 'share'
      ? figure.holder
      : missing()
    case 'market': return figure.kind === 'share'
      ? figure.market
      : missing()
    case 'measure': return figure.kind === 'share'
      ? figure.measure
      : missing()
    case 'label': return figureName(figure, lang)
    case 'period': return figure.period
    case 'source': return sourceLine(figure.sources, data)
    case 'confidence': return CONFIDENCE_WORD[figure.confidence][lang]
    case 'note': return figure.disagreement ?? missing()
    default: return missing()
  }
}

/** The id a date token uses for the deck's as-of date (`asOf` in the data) rather than an event: [[date:as-of]]. */
export const AS_OF_ID = 'as-of'

/**
 * The date of an event (the 2014-15 timeline's or a later one's) as prose says it ("March 2015"), the
 * same as the timeline chart; `as-of` gives the date the deck's hindsight is true as of.
 */
export function eventDateText(id: string, data: DeckData): string {
  const lang = langOf(data)
  if (id === AS_OF_ID && data.asOf)
    return formatMonth(data.asOf, lang)
  const events = [
    ...data.events,
    ...data.hindsightEvents,
  ]
  const event = events.find(candidate => candidate.id === id)
  if (!event) {
    throw new Error(`Unknown event id "${id}". Known ids: ${events.map(candidate => candidate.id).join(', ')}${data.asOf
      ? `, ${AS_OF_ID}`
      : ''}`)
  }
  return formatMonth(event.date, lang)
}
