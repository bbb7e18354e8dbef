import type { DeckData, Figure } from '../../data/index.ts'
// The words a slide shows for a figure, by id, formatted the same way everywhere (see format.ts).
//
//   figureText('aliyun-cloud-share')             -> "23%"
//   figureText('aliyun-cloud-share', 'phrase')   -> "23% of China cloud computing"
//   figureText('ecx-facilities', 'phrase')       -> "21 facilities"
//   figureText('alibaba-ipo')                    -> "$25bn"
//   fields: value (default) | phrase | holder | market | label | measure | period | source | confidence | note
//   eventDateText('us-region')                   -> "March 2015"   a timeline event's date
// Unknown ids and fields the figure does not have throw an Error that names them.
import { deckData, figureById } from '../../data/index.ts'
import { formatCount, formatMoney, formatMonth, formatShare, sourceLine } from './format.ts'

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

export function formatFigureValue(figure: Figure): string {
  switch (figure.kind) {
    case 'share': return formatShare(figure.value, figure.decimals)
    case 'count': return formatCount(figure.value)
    case 'money': return formatMoney(figure.valueUsdBn)
  }
}

/** A name for the figure in a table: "Aliyun, China cloud computing" or its label. */
export function figureName(figure: Figure): string {
  return figure.kind === 'share'
    ? `${figure.holder}, ${figure.market}`
    : figure.label
}

export function figureText(id: string, field: string = 'value', data: DeckData = deckData()): string {
  const figure = figureById(id, data)
  const missing = (): never => {
    throw new Error(`Figure "${id}" has no field "${field}" to show (fields: ${FIGURE_FIELDS.join(', ')}; holder and market are for shares only)`)
  }
  switch (field) {
    case 'value': return formatFigureValue(figure)
    case 'phrase':
      if (figure.kind === 'share')
        return `${formatFigureValue(figure)} of ${figure.market}`
      return figure.kind === 'count'
        ? formatCount(figure.value, figure.noun)
        : formatFigureValue(figure)
    case 'holder': return figure.kind === 'share'
      ? figure.holder
      : missing()
    case 'market': return figure.kind === 'share'
      ? figure.market
      : missing()
    case 'measure': return figure.kind === 'share'
      ? figure.measure
      : missing()
    case 'label': return figure.kind === 'share'
      ? figureName(figure)
      : figure.label
    case 'period': return figure.period
    case 'source': return sourceLine(figure.sources, data)
    case 'confidence': return figure.confidence
    case 'note': return figure.disagreement ?? missing()
    default: return missing()
  }
}

/** The date of a timeline event as prose says it ("March 2015"), the same as the timeline chart. */
export function eventDateText(id: string, data: DeckData = deckData()): string {
  const event = data.events.find(candidate => candidate.id === id)
  if (!event)
    throw new Error(`Unknown event id "${id}". Known ids: ${data.events.map(candidate => candidate.id).join(', ')}`)
  return formatMonth(event.date)
}
