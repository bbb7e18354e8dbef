import type { ShareFigure } from '../../data/schema.ts'
// Geometry of CompetitionChart: the named shares of one market (one source, one definition), largest
// first, and the remainder (100 minus the named shares) as its own bar, marked as not published.
import { scaleLinear } from 'd3-scale'
import { formatShare } from './format.ts'
import { estimateTextWidth } from './text-width.ts'

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

export interface CompetitionRow {
  id: string
  name: string
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

export interface CompetitionLayout { width: number, height: number, domainMax: number, rows: CompetitionRow[] }

/** The remainder of a market after its named shares, never below 0. */
export function remainderShare(figures: readonly ShareFigure[]): number {
  const named = figures.reduce((sum, f) => sum + f.value, 0)
  return Math.max(0, Math.round((100 - named) * 1000) / 1000)
}

export function layoutCompetition(figures: readonly ShareFigure[], highlight?: string): CompetitionLayout {
  const c = COMPETITION_BARS
  if (!figures.length)
    throw new Error('CompetitionChart needs at least one share figure')
  const decimals = Math.max(...figures.map(f => f.decimals ?? (Number.isInteger(f.value)
    ? 0
    : 1)))
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
      name: 'Remainder',
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
      note: entry.remainder ? 'not a published share' : null,
      remainder: entry.remainder,
      highlight: entry.name === highlight,
      bar: { x: x0, y, width, height: c.barHeight },
      value: { text, x: valueRight, y: y + c.barHeight / 2 },
      nameX: c.labelWidth,
      nameY: entry.remainder
        ? y + c.barHeight / 2 - 9
        : y + c.barHeight / 2,
      noteY: y + c.barHeight / 2 + 13,
      sentence: entry.remainder
        ? `Remainder, all others: ${text} (100% minus the named shares, not a published figure)`
        : `${entry.name}: ${text}`,
    }
  })
  return {
    width: c.width,
    height: entries.length * c.rowHeight - (c.rowHeight - c.barHeight),
    domainMax: x.domain()[1]!,
    rows,
  }
}
