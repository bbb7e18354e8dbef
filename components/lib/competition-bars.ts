import type { ShareFigure } from '../../data/schema.ts'
import type { DeckLang } from './deck-lang.ts'
// Geometry of CompetitionChart: the named shares of one market (one source, one definition), largest
// first, and the remainder (100 minus the named shares) as its own bar, marked as not published.
import type { DifferenceMark, MarkGeometry } from './difference-marks.ts'
import { scaleLinear } from 'd3-scale'
import { markGeometry, pointsMark, ratioMark } from './difference-marks.ts'
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
  /** The remainder is context, not a finding: a thin bar and a small value, so it never outweighs a named share. */
  remainderBarHeight: 12,
  remainderValueSize: 16,
  markSize: 22, // a ratio bracket's label
  pointsSize: 15, // a points arrow's label, which carries its caveat
  markBand: 30, // above the bars, for a points arrow on the first bar
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
  value: { text: string, x: number, y: number, size: number }
  /** Where the name and its note end (right-aligned), before the value column. */
  nameX: number
  nameY: number
  noteY: number
  sentence: string
}

/** A difference mark with its geometry in the SVG's units and its label's type size. */
export interface PlacedMark { mark: DifferenceMark, geometry: MarkGeometry, size: number }

export interface CompetitionLayout {
  width: number
  height: number
  domainMax: number
  decimals: number
  rows: CompetitionRow[]
  /** The story's comparisons: the highlight against the next largest named share, and against `compare`. */
  marks: PlacedMark[]
}

/** A figure of another source the highlight is set against (a points arrow): its value, precision, text and period. */
export interface CompareFigure { value: number, decimals: number, text: string, period: string }

/** The remainder of a market after its named shares, never below 0. */
export function remainderShare(figures: readonly ShareFigure[]): number {
  const named = figures.reduce((sum, f) => sum + f.value, 0)
  return Math.max(0, Math.round((100 - named) * 1000) / 1000)
}

/** `highlight`: the id of the figure drawn in the Aliyun colour; `lang`: the language its names and sentences are in. */
export function layoutCompetition(figures: readonly ShareFigure[], highlight?: string, lang: DeckLang = 'en', compare?: CompareFigure): CompetitionLayout {
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
  // The marks: the highlight against the largest other named share (a ratio), and against another source's figure.
  const at = entries.findIndex(e => !e.remainder && e.id === highlight)
  const rival = entries.findIndex((e, i) => !e.remainder && i !== at)
  const highlighted = entries[at]
  const marks: DifferenceMark[] = []
  // A share of 0 has no ratio: no bracket then.
  if (highlighted && entries[rival] && entries[rival].value > 0)
    marks.push(ratioMark({ row: at, ...highlighted }, { row: rival, ...entries[rival] }, lang))
  if (highlighted && compare)
    marks.push(pointsMark(at, { value: highlighted.value, decimals }, compare, lang))
  // Room right of the bars for a ratio bracket and its label, in case the compared bars are the longest.
  const labelRoom = Math.max(0, ...marks.filter(m => m.kind === 'ratio').map(m => 4 * c.pad + estimateTextWidth(m.label, c.markSize, true)))
  const band = marks.some(m => m.kind === 'points') && at === 0
    ? c.markBand
    : 0
  const x = scaleLinear().domain([
    0,
    Math.max(...entries.map(e => e.value), 1),
  ]).nice(5).range([0, c.width - x0 - c.pad - labelRoom])
  const rows = entries.map((entry, index): CompetitionRow => {
    const y = band + index * c.rowHeight
    const width = x(entry.value)
    const height = entry.remainder ? c.remainderBarHeight : c.barHeight
    const text = formatShare(entry.value, decimals)
    return {
      id: entry.id,
      name: entry.name,
      label: entry.remainder ? remainder.label : entry.name,
      share: entry.value,
      note: entry.remainder ? remainder.note : null,
      remainder: entry.remainder,
      highlight: !entry.remainder && entry.id === highlight,
      bar: {
        x: x0,
        y: y + (c.barHeight - height) / 2,
        width,
        height,
      },
      value: {
        text,
        x: valueRight,
        y: y + c.barHeight / 2,
        size: entry.remainder ? c.remainderValueSize : c.valueSize,
      },
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
  const scale = {
    x: (v: number) => x0 + x(v),
    barTop: (row: number) => band + row * c.rowHeight,
    barHeight: c.barHeight,
    pad: c.pad,
    right: c.width,
  }
  return {
    width: c.width,
    height: band + entries.length * c.rowHeight - (c.rowHeight - c.barHeight),
    domainMax: x.domain()[1]!,
    decimals,
    rows,
    marks: marks.map((mark) => {
      const size = mark.kind === 'ratio'
        ? c.markSize
        : c.pointsSize
      return {
        mark,
        size,
        geometry: markGeometry(mark, scale, estimateTextWidth(mark.label, size, mark.kind === 'ratio')),
      }
    }),
  }
}
