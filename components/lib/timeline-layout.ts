import type { TimelineEvent } from '../../data/schema.ts'
import type { Box } from './label-placement.ts'
// The expansion timeline's geometry: a proportional month axis, and label blocks above and below it
// packed so none overlaps another or leaves the chart, each joined to its date by a stem.
import { scaleLinear } from 'd3-scale'
import { keepSpans } from './cjk-lines.ts'
import { textWidth } from './label-placement.ts'
import { WIDE_CHAR } from './text-width.ts'

export const TIMELINE_WIDTH = 900
const MARGIN_X = 8
const GAP = 14
const STEM = 26
/** Below the axis the stems run longer, leaving a lane for the year labels. */
const YEAR_LANE = 22
const BLOCK_WIDTH = 196
export const FONT = { date: 16, label: 19, detail: 16 }
export const YEAR_FONT = 16
const LINE = 1.25

/** Months since year 0 for "YYYY-MM" (mid-month) or "YYYY-MM-DD"; throws on anything else. */
export function monthNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date)
  if (!match)
    throw new Error(`Timeline date "${date}" must be written YYYY-MM or YYYY-MM-DD`)
  const [, year, month, day] = match
  return Number(year) * 12 + Number(month) - 1 + (day
    ? (Number(day) - 1) / 31
    : 0.5)
}

/** Punctuation a Chinese line may not start with, and punctuation it may not end with. */
const NO_LINE_START = /^[，。、；：！？）」』”]/u
const NO_LINE_END = /[（「『“]$/u
const WIDE_PIECES = new RegExp(`${WIDE_CHAR.source}|(?:(?!${WIDE_CHAR.source}).)+`, 'gu')

/**
 * Where a word written without spaces may break: Chinese breaks between any two characters, except before
 * closing punctuation or after opening punctuation; a run of Latin letters or digits in it stays whole, and so
 * do a date, an amount, a name and its last four characters (cjk-lines.ts).
 * A word with no Chinese in it is one piece.
 */
export function breakPieces(word: string): string[] {
  if (!WIDE_CHAR.test(word))
    return [word]
  const pieces: string[] = []
  let opening = ''
  for (const piece of word.match(WIDE_PIECES) ?? []) {
    if (pieces.length && !opening && NO_LINE_START.test(piece)) {
      pieces[pieces.length - 1] += piece
      continue
    }
    const unit = opening + piece
    opening = ''
    if (NO_LINE_END.test(unit))
      opening = unit
    else
      pieces.push(unit)
  }
  if (opening)
    pieces.push(opening)
  return keptTogether(pieces, keepSpans(word))
}

/** Pieces joined where a break between them would cut a date, an amount, a name or the last characters. */
function keptTogether(pieces: readonly string[], spans: readonly [number, number][]): string[] {
  const joined: string[] = []
  let at = 0
  for (const piece of pieces) {
    if (joined.length && spans.some(([start, end]) => start < at && at < end))
      joined[joined.length - 1] += piece
    else
      joined.push(piece)
    at += piece.length
  }
  return joined
}

/** Splits text into lines no wider than `maxWidth` at `fontSize` (a single long word keeps its own line). */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    breakPieces(word).forEach((piece, i) => {
      // Words are joined by a space; the pieces of one Chinese word by nothing.
      const candidate = line
        ? `${line}${i === 0
          ? ' '
          : ''}${piece}`
        : piece
      if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
        lines.push(line)
        line = piece
      }
      else {
        line = candidate
      }
    })
  }
  if (line)
    lines.push(line)
  return lines
}

export interface PlacedEvent {
  event: TimelineEvent
  /** Where the event sits on the axis. */
  x: number
  /** 0 above the axis, 1 below, 2 above again, ... */
  tier: number
  box: Box
  dateText: string
  labelText: string
  detailLines: string[]
  /** Where the stem meets the label block. */
  stemEnd: { x: number, y: number }
  /**
   * A rule along the block's edge facing the axis, which the stem joins: a block packed aside from its date
   * still reads as that date's, not as the dot it happens to sit over.
   */
  shelf: { x1: number, x2: number, y: number }
  /** Baselines of the block's date, label and first detail line, and the detail's line height. */
  text: { dateY: number, labelY: number, detailY: number, detailLine: number }
}

export interface TimelineLayout {
  width: number
  height: number
  axisY: number
  events: PlacedEvent[]
  /** Each year: its tick (when it starts on the axis) and its label's box and baseline. */
  years: { year: number, x: number, starts: boolean, box: Box, labelY: number }[]
  months: number[]
  /** Half-lengths of the month ticks and the year ticks across the axis. */
  ticks: { month: number, year: number }
}

/** Packs blocks of one tier left to right at their wanted x, then pulls back any that overflow the right edge. */
function pack(items: { wanted: number, width: number }[], left: number, right: number): number[] {
  const xs: number[] = []
  items.forEach((item, i) => {
    const prev = i
      ? xs[i - 1]! + items[i - 1]!.width + GAP
      : left
    xs.push(Math.max(item.wanted, prev))
  })
  for (let i = items.length - 1; i >= 0; i--) {
    const limit = i === items.length - 1
      ? right
      : xs[i + 1]! - GAP
    xs[i] = Math.min(xs[i]!, limit - items[i]!.width)
  }
  return xs
}

export function timelineLayout(events: readonly TimelineEvent[], formatDate: (date: string) => string, marker = (e: TimelineEvent) => (e.disagreement ? ' *' : '')): TimelineLayout {
  const sorted = [...events].sort((a, b) => monthNumber(a.date) - monthNumber(b.date))
  const months = sorted.map(e => monthNumber(e.date))
  const first = Math.floor(Math.min(...months)) - 1
  const last = Math.ceil(Math.max(...months)) + 1
  const x = scaleLinear().domain([first, last]).range([MARGIN_X + 20, TIMELINE_WIDTH - MARGIN_X - 20])

  const blocks = sorted.map((event) => {
    const labelText = `${event.label}${marker(event)}`
    const dateText = formatDate(event.date)
    const detailLines = wrapText(event.detail, FONT.detail, BLOCK_WIDTH)
    const width = Math.max(textWidth(labelText, FONT.label, true), textWidth(dateText, FONT.date, true), ...detailLines.map(l => textWidth(l, FONT.detail)))
    const height = (FONT.date + FONT.label + FONT.detail * detailLines.length) * LINE
    return {
      event,
      x: x(monthNumber(event.date)),
      labelText,
      dateText,
      detailLines,
      width,
      height,
    }
  })

  // Alternate above and below; use more tiers only if two cannot hold the blocks side by side.
  const span = TIMELINE_WIDTH - 2 * MARGIN_X
  let tiers = 2
  while (tiers < blocks.length && blocks.some((_, t) => blocks.filter((__, i) => i % tiers === t).reduce((sum, b) => sum + b.width + GAP, 0) > span))
    tiers += 2
  const lefts: number[] = []
  for (let t = 0; t < tiers; t++) {
    const members = blocks.map((b, i) => ({ b, i })).filter(({ i }) => i % tiers === t)
    const xs = pack(members.map(({ b }) => ({ wanted: b.x - b.width / 2, width: b.width })), MARGIN_X, TIMELINE_WIDTH - MARGIN_X)
    members.forEach(({ i }, k) => {
      lefts[i] = xs[k]!
    })
  }
  const tierHeight = Math.max(...blocks.map(b => b.height))
  const above = Math.ceil(tiers / 2)
  const axisY = 6 + above * (tierHeight + STEM)
  const height = axisY + YEAR_LANE + (tiers - above) * (tierHeight + STEM) + 6

  const placed = blocks.map((b, i): PlacedEvent => {
    const tier = i % tiers
    const level = Math.floor(tier / 2)
    const isAbove = tier % 2 === 0
    const y = isAbove
      ? axisY - STEM - b.height - level * (tierHeight + STEM)
      : axisY + YEAR_LANE + STEM + level * (tierHeight + STEM)
    const box = {
      x: lefts[i]!,
      y,
      width: b.width,
      height: b.height,
    }
    const stemX = Math.min(Math.max(b.x, box.x + 2), box.x + box.width - 2)
    const shelfY = isAbove
      ? box.y + box.height + 4
      : box.y - 4
    const text = {
      dateY: box.y + FONT.date,
      labelY: box.y + FONT.date * LINE + FONT.label,
      detailY: box.y + (FONT.date + FONT.label) * LINE + FONT.detail,
      detailLine: FONT.detail * LINE,
    }
    return {
      event: b.event,
      x: b.x,
      tier,
      box,
      dateText: b.dateText,
      labelText: b.labelText,
      detailLines: b.detailLines,
      stemEnd: { x: stemX, y: shelfY },
      shelf: { x1: box.x, x2: box.x + box.width, y: shelfY },
      text,
    }
  })

  // Each year on the axis is labelled where it starts, or at the axis start for the first one.
  // Labels go right of the tick, or left of it when a stem would cross them.
  const years: TimelineLayout['years'] = []
  for (let year = Math.floor(first / 12); year * 12 <= last; year++) {
    const at = x(Math.max(year * 12, first))
    const width = textWidth(String(year), YEAR_FONT, true)
    const right = {
      x: at + 5,
      y: axisY + 8,
      width,
      height: YEAR_FONT * 1.2,
    }
    const crossed = (box: Box) => placed.some(e => e.x >= box.x - 3 && e.x <= box.x + box.width + 3)
    const box = crossed(right)
      ? { ...right, x: at - 5 - width }
      : right
    // A year that starts just after the axis does crowds out the label of the partial year before it.
    const previous = years.at(-1)
    if (previous && !previous.starts && previous.box.x + previous.box.width + 6 > box.x)
      years.pop()
    years.push({
      year,
      x: at,
      starts: year * 12 >= first,
      box,
      labelY: box.y + YEAR_FONT,
    })
  }
  const monthTicks: number[] = []
  for (let m = Math.ceil(first); m <= last; m++)
    monthTicks.push(x(m))
  return {
    width: TIMELINE_WIDTH,
    height,
    axisY,
    events: placed,
    years,
    months: monthTicks,
    ticks: { month: 4, year: 12 },
  }
}
