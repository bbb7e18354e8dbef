import type { ShareFigure } from '../../data/schema.ts'
import type { DeckLang } from './deck-lang.ts'
// Geometry of MarketShareChart: one full-width bar per market, the holder's share filled from the left
// and the rest of that market after it, so each share is read against 100% of its own market.
// Pure numbers in SVG units (viewBox 0 0 WIDTH height); the component only draws them.
import { scaleLinear } from 'd3-scale'
import { formatShare } from './format.ts'
import { estimateTextWidth } from './text-width.ts'
import { uiText } from './ui-text.ts'

export const SHARE_BARS = {
  width: 880,
  rowHeight: 112,
  headerSize: 24, // holder name
  detailSize: 18, // market, measure, period
  valueSize: 32, // the share itself
  restSize: 17, // "rest of market 56%"
  barTop: 36, // from the top of a row
  barHeight: 54,
  pad: 10, // space between a bar's end and its label
} as const

/** The rest of a share's market, never below 0 (rounded as a data sheet holds it, without float noise). */
export function restOfMarket(share: number): number {
  return Math.max(0, Math.round((100 - share) * 1000) / 1000)
}

export interface ShareBarRow {
  id: string
  y: number // top of the row
  /** Its share shows (bar, value, rest label); before its click only its names and an empty track do, ghosted. */
  revealed: boolean
  /** A figure of low confidence: hatched and muted, never first. */
  unverified: boolean
  holder: { text: string, x: number, y: number }
  detail: { text: string, x: number, y: number }
  bar: { x: number, y: number, width: number, height: number }
  rest: { x: number, y: number, width: number, height: number }
  value: { text: string, x: number, y: number, anchor: 'start' | 'end', inside: boolean }
  restLabel: { text: string, x: number, y: number } | null
  /** The row read out in words, for the text alternative. */
  sentence: string
}

export interface ShareBarsLayout { width: number, height: number, rows: ShareBarRow[] }

/**
 * The order the bars are drawn (and revealed) in: as given, an unverified share (low confidence) moved after the
 * others, so the chart never leads with a figure nobody could trace and reads in the order its title names them.
 */
export function shareOrder<F extends { confidence: string }>(figures: readonly F[]): F[] {
  return [
    ...figures.filter(f => f.confidence !== 'low'),
    ...figures.filter(f => f.confidence === 'low'),
  ]
}

/** How many markets show at a click step: `step` of them; undefined (standalone, export) shows all. */
export function revealedCount(step: number | undefined, total: number): number {
  if (step === undefined || !Number.isFinite(step))
    return total
  return Math.max(0, Math.min(total, Math.floor(step)))
}

export function shareDetail(figure: ShareFigure, lang: DeckLang = 'en'): string {
  const parts = [figure.market, figure.measure, figure.period]
  if (figure.confidence === 'low')
    parts.push(uiText(lang, 'unverified'))
  return parts.join(' · ')
}

/** The row read out: the share, its market, measure and period, and the rest of the market (ui-text.ts words what each share is set against). */
export function shareSentence(figure: ShareFigure, lang: DeckLang = 'en'): string {
  return uiText(lang, 'shareSentence')(figure.holder, formatShare(figure.value, figure.decimals), figure.market, figure.measure, figure.period, formatShare(restOfMarket(figure.value), figure.decimals))
}

export function layoutShareBars(figures: readonly ShareFigure[], step?: number, lang: DeckLang = 'en'): ShareBarsLayout {
  const c = SHARE_BARS
  const x = scaleLinear().domain([0, 100]).range([0, c.width])
  const shown = revealedCount(step, figures.length)
  const rows = figures.map((figure, index): ShareBarRow => {
    const y = index * c.rowHeight
    const barY = y + c.barTop
    const width = x(figure.value)
    const midY = barY + c.barHeight / 2
    const valueText = formatShare(figure.value, figure.decimals)
    const valueWidth = estimateTextWidth(valueText, c.valueSize, true)
    const restWidth = c.width - width
    // The value sits just past the end of the filled bar, on the rest of the market; when the rest is
    // too narrow it goes inside the filled bar instead, right-aligned.
    const outside = restWidth >= valueWidth + 2 * c.pad
    const value = outside
      ? {
          text: valueText,
          x: width + c.pad,
          y: midY,
          anchor: 'start' as const,
          inside: false,
        }
      : {
          text: valueText,
          x: width - c.pad,
          y: midY,
          anchor: 'end' as const,
          inside: true,
        }
    const restText = uiText(lang, 'restOfMarketValue')(formatShare(restOfMarket(figure.value), figure.decimals))
    const valueEnd = outside
      ? value.x + valueWidth
      : width
    const restFits = c.width - c.pad - estimateTextWidth(restText, c.restSize) >= valueEnd + 2 * c.pad
    const holderWidth = estimateTextWidth(figure.holder, c.headerSize, true)
    return {
      id: figure.id,
      y,
      revealed: index < shown,
      unverified: figure.confidence === 'low',
      holder: { text: figure.holder, x: 0, y: y + c.headerSize },
      detail: {
        text: shareDetail(figure, lang),
        x: holderWidth + 14,
        y: y + c.headerSize,
      },
      bar: {
        x: 0,
        y: barY,
        width,
        height: c.barHeight,
      },
      rest: {
        x: width,
        y: barY,
        width: restWidth,
        height: c.barHeight,
      },
      value,
      restLabel: restFits
        ? { text: restText, x: c.width - c.pad, y: midY }
        : null,
      sentence: shareSentence(figure, lang),
    }
  })
  const height = figures.length * c.rowHeight - (c.rowHeight - c.barTop - c.barHeight)
  return { width: c.width, height, rows }
}
