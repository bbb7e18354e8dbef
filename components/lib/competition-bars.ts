import type { DeckLang } from '../../build/deck-lang.ts'
import type { ShareFigure } from '../../data/schema.ts'
// Geometry of CompetitionChart: the named shares of one market (one source, one definition), largest
// first, and the remainder (100 minus the named shares) as its own bar, marked as not published.
import { scaleLinear } from 'd3-scale'
import { formatShare, shareDecimals } from './format.ts'
import { estimateTextWidth } from './text-width.ts'
import { textsIn } from './ui-text.ts'

export const COMPETITION_BARS = {
  width: 880,
  labelWidth: 230, // names, right-aligned against the value column
  gap: 14,
  rowHeight: 66,
  barHeight: 44,
  nameSize: 21,
  noteSize: 15,
  valueSize: 26,
  pad: 10,
} as const

/** How the remainder is named in a language, everywhere it appears: on its bar, in a table or a native chart, in words. */
export interface RemainderText {
  name: string
  /** Under the name on its bar. */
  note: string
  /** In the text alternative, after its value. */
  explanation: string
  /** Where a row has one label with room to say it all: a table. */
  label: string
  /** A native chart's category, beside the other bars' names. */
  shortLabel: string
}

export function remainderText(lang: DeckLang): RemainderText {
  const t = textsIn(lang)
  return {
    name: t('remainderName'),
    note: t('remainderNote'),
    explanation: t('remainderExplanation'),
    label: t('bracketed')(t('remainderName'), t('remainderExplanation')),
    shortLabel: t('bracketed')(t('remainderName'), t('remainderNote')),
  }
}

export interface CompetitionRow {
  /** The figure's id; "remainder" for the remainder. */
  id: string
  name: string
  /** The row under one label: the holder, or the remainder saying what it is. */
  label: string
  share: number
  note: string | null // under the name: "not a published share" for the remainder
  remainder: boolean
  highlight: boolean
  bar: { x: number, y: number, width: number, height: number }
  value: { text: string, x: number, y: number }
  /** Where the name and its note end (right-aligned), before the value column. */
  nameX: number
  nameY: number
  noteY: number
  sentence: string
}

export interface CompetitionLayout { width: number, height: number, domainMax: number, decimals: number, rows: CompetitionRow[] }

/** The remainder of a market after its named shares, never below 0. */
export function remainderShare(figures: readonly ShareFigure[]): number {
  const named = figures.reduce((sum, f) => sum + f.value, 0)
  return Math.max(0, Math.round((100 - named) * 1000) / 1000)
}

/** `highlight`: the id of the figure drawn in the Aliyun colour; `lang`: the language its names and sentences are in. */
export function layoutCompetition(figures: readonly ShareFigure[], highlight?: string, lang: DeckLang = 'en'): CompetitionLayout {
  const c = COMPETITION_BARS
  const t = textsIn(lang)
  const remainder = remainderText(lang)
  if (!figures.length)
    throw new Error('CompetitionChart needs at least one share figure')
  // One scale, one precision: every row shows as many decimals as the most precise source printed.
  const decimals = shareDecimals(figures)
  const rest = remainderShare(figures)
  const entries = [
    ...[...figures].sort((a, b) => b.value - a.value).map(f => ({
      id: f.id,
      name: f.holder,
      value: f.value,
      remainder: false,
    })),
    {
      id: 'remainder',
      name: remainder.name,
      value: rest,
      remainder: true,
    },
  ]
  // Name, value, bar: the value sits beside its name (right-aligned in a column of its own), so the row reads
  // as one line, also in text taken from the PDF, and no value lands after the source line.
  const widest = Math.max(...entries.map(e => estimateTextWidth(formatShare(e.value, decimals), c.valueSize, true)))
  const valueRight = c.labelWidth + c.gap + widest
  const x0 = valueRight + c.gap
  const x = scaleLinear().domain([
    0,
    Math.max(...entries.map(e => e.value), 1),
  ]).nice(5).range([0, c.width - x0 - c.pad])
  const rows = entries.map((entry, index): CompetitionRow => {
    const y = index * c.rowHeight
    const width = x(entry.value)
    const text = formatShare(entry.value, decimals)
    return {
      id: entry.id,
      name: entry.name,
      label: entry.remainder ? remainder.label : entry.name,
      share: entry.value,
      note: entry.remainder ? remainder.note : null,
      remainder: entry.remainder,
      highlight: !entry.remainder && entry.id === highlight,
      bar: { x: x0, y, width, height: c.barHeight },
      value: { text, x: valueRight, y: y + c.barHeight / 2 },
      nameX: c.labelWidth,
      nameY: entry.remainder
        ? y + c.barHeight / 2 - 9
        : y + c.barHeight / 2,
      noteY: y + c.barHeight / 2 + 13,
      sentence: entry.remainder
        ? t('remainderSentence')(remainder.name, text, remainder.explanation)
        : t('companyShare')(entry.name, text),
    }
  })
  return {
    width: c.width,
    height: entries.length * c.rowHeight - (c.rowHeight - c.barHeight),
    domainMax: x.domain()[1]!,
    decimals,
    rows,
  }
}
