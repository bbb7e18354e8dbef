// The hindsight timeline's geometry: one shared year axis, a lane a group of actors, each event a dot on
// its own row of the lane, at its date, with its label beside it. Labels stack in rows, placed greedily
// in date order where none meets another, so a dense year (2026) takes more rows, not overlaps. A year
// with more steps is drawn wider (its grid lines show it), so the crowded recent years stack fewer rows.
import type { Box } from './label-placement.ts'
import { overlaps, textWidth } from './label-placement.ts'
import { monthNumber } from './timeline-layout.ts'

export const HINDSIGHT_WIDTH = 900
export const HINDSIGHT_FONT = { label: 15, lane: 15, year: 15 }
const MARGIN_X = 8
/** One label row: the 16-unit text and room enough that a descender never meets the capitals below. */
const ROW = 19
/** The start marker's label has a band of its own above the lanes, clear of the first lane's name. */
const START_BAND = 24
/** How much wider a year is drawn for each step in it (1 + DENSITY × steps), while every year label still fits. */
const DENSITY = 0.35
/** Ink of a line of text around its baseline, in ems (Inter: capitals 0.73 above, descenders 0.22 below). */
const ASCENT = 0.76
const DESCENT = 0.24
/** The least space between two texts (or a text and a dot) for them not to read as touching. */
export const CLEARANCE = 3
/** The dot before (or after) a label, and the gap between them. */
const DOT = 14
const LABEL_PAD = 4
const GAP = 10
/**
 * Between two labels whose texts face each other in a row (the left one reads right of its dot, the right one left
 * of its dot), with no dot between them: wide enough that the two read as two, not as one phrase.
 */
export const FACING_GAP = 30
const AXIS_LANE = 24

export interface LaneInput<E> {
  name: string
  events: readonly E[]
}

export interface PlacedLabel<E> {
  event: E
  /** The dot, at the event's date. */
  x: number
  dotY: number
  row: number
  /** The dot and label together, as drawn. */
  box: Box
  /** Where the label's text starts (or ends, when flipped left of its dot) and its baseline. */
  textX: number
  textY: number
  flipped: boolean
}

export interface PlacedLane<E> {
  name: string
  /** Baseline of the lane's name, in its first row. */
  nameY: number
  /** The rule under the lane's last row. */
  lineY: number
  labels: PlacedLabel<E>[]
}

export interface HindsightLayout<E> {
  width: number
  height: number
  /** Where the lanes' names start: right of the start marker, so its line does not cross them. */
  nameX: number
  /** The start marker (the 2015 deal): its x, its label's baseline, and how far down its line runs. */
  start: { x: number, labelY: number, y1: number, y2: number }
  lanes: PlacedLane<E>[]
  axisY: number
  years: { year: number, x: number, labelX: number, labelY: number }[]
}

/**
 * Rows for one lane's labels, in date order: each takes the lowest row where its box is clear. A label
 * reads right of its dot, or left of it where that gives a lower row (or the right edge is near).
 */
export function stackLabels<E>(items: readonly { event: E, x: number, text: string }[], left0: number, right: number, taken: readonly { left: number, width: number, row: number }[] = []): { event: E, x: number, row: number, left: number, width: number, flipped: boolean }[] {
  const placed: { event: E, x: number, row: number, left: number, width: number, flipped: boolean }[] = []
  // Rows in row units; a box is widened by the gap two labels in one row keep between them.
  const boxOf = (p: { left: number, width: number, row: number }, gap = GAP): Box => ({
    x: p.left,
    y: p.row,
    width: p.width + gap,
    height: 1,
  })
  /** Whether a label at `a` would touch `b`, already placed (taken ones carry no side: they are not facing). */
  const touches = (a: { left: number, width: number, row: number, flipped: boolean }, b: { left: number, width: number, row: number, flipped?: boolean }) => {
    const [first, second] = a.left <= b.left
      ? [a, b]
      : [b, a]
    const facing = first.flipped === false && second.flipped === true
    return overlaps(boxOf(first, facing
      ? FACING_GAP
      : GAP), boxOf(second, 0))
  }
  for (const item of items) {
    const width = DOT + textWidth(item.text, HINDSIGHT_FONT.label) + LABEL_PAD
    // Either side that stays inside the chart; of the two, the one with the lower free row.
    const sides = [false, true]
      .map(flipped => ({
        flipped,
        left: flipped
          ? item.x + DOT / 2 - width
          : item.x - DOT / 2,
      }))
      .filter(side => side.left >= left0 && side.left + width <= right)
      .map((side) => {
        let row = 0
        while ([
          ...taken,
          ...placed,
        ].some(p => touches({
          left: side.left,
          width,
          row,
          flipped: side.flipped,
        }, p))) {
          row++
        }
        return { ...side, row }
      })
      .sort((a, b) => a.row - b.row)
    const best = sides[0] ?? {
      flipped: false,
      left: Math.min(item.x - DOT / 2, right - width),
      row: Math.max(-1, ...placed.map(p => p.row)) + 1,
    }
    placed.push({
      event: item.event,
      x: item.x,
      width,
      ...best,
    })
  }
  return placed
}

/**
 * The year axis, to the end of month `endMonth`: each year `covered + density × its steps` wide (`covered`: the
 * share of its months on the axis, under 1 only for the last), the density lowered until the narrowest year still
 * holds its label. Returns a month number's x.
 */
export function yearScale(firstYear: number, endMonth: number, months: readonly number[], range: [number, number]): (month: number) => number {
  const lastYear = Math.floor(endMonth / 12)
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
  const counts = years.map(year => months.filter(m => Math.floor(m / 12) === year).length)
  const covered = years.map(year => Math.min(1, (endMonth + 1 - year * 12) / 12))
  const yearLabel = textWidth('2000', HINDSIGHT_FONT.year, true) + 8
  const widthsAt = (density: number) => {
    const weights = counts.map((n, i) => covered[i]! + density * n)
    const total = weights.reduce((a, b) => a + b, 0)
    return weights.map(w => w / total * (range[1] - range[0]))
  }
  let density = DENSITY
  while (density > 0 && Math.min(...widthsAt(density)) < yearLabel)
    density = Math.max(0, density - 0.05)
  const widths = widthsAt(density)
  const starts = widths.map((_, i) => range[0] + widths.slice(0, i).reduce((a, b) => a + b, 0))
  return (month: number) => {
    const i = Math.max(0, Math.min(years.length - 1, Math.floor(month / 12) - firstYear))
    return starts[i]! + (month / 12 - years[i]!) / covered[i]! * widths[i]!
  }
}

/** `start` is the date the axis starts from (marked by its own line), `end` the last date it covers. */
export function hindsightLayout<E>(lanes: readonly LaneInput<E>[], options: { start: string, end: string, dateOf: (e: E) => string, labelOf: (e: E) => string }): HindsightLayout<E> {
  const firstYear = Math.floor(monthNumber(options.start) / 12)
  // The axis ends with the last month it covers (the as-of date, or a later step), not with that year.
  const endMonth = Math.max(monthNumber(options.end), ...lanes.flatMap(l => l.events.map(e => monthNumber(options.dateOf(e)))))
  const lastYear = Math.floor(endMonth / 12)
  const right = HINDSIGHT_WIDTH - MARGIN_X
  const x = yearScale(firstYear, endMonth, lanes.flatMap(l => l.events.map(e => monthNumber(options.dateOf(e)))), [MARGIN_X, right])

  const startX = x(monthNumber(options.start))
  const nameX = startX + 6
  let top = START_BAND
  const placedLanes = lanes.map((lane): PlacedLane<E> => {
    // The lane's name sits in its first row, where no label may go.
    const nameBox = {
      left: nameX,
      width: textWidth(lane.name, HINDSIGHT_FONT.lane, true),
      row: 0,
    }
    const sorted = [...lane.events].sort((a, b) => monthNumber(options.dateOf(a)) - monthNumber(options.dateOf(b)))
    const stacked = stackLabels(sorted.map(event => ({
      event,
      x: x(monthNumber(options.dateOf(event))),
      text: options.labelOf(event),
    })), MARGIN_X, right, [nameBox])
    const rows = Math.max(1, ...stacked.map(s => s.row + 1))
    const laneTop = top
    const nameY = laneTop + HINDSIGHT_FONT.lane
    const lineY = laneTop + rows * ROW + 4
    top = lineY + 4
    return {
      name: lane.name,
      nameY,
      lineY,
      labels: stacked.map(s => ({
        event: s.event,
        x: s.x,
        dotY: laneTop + (s.row + 0.5) * ROW,
        row: s.row,
        box: {
          x: s.left,
          y: nameY + 6 + s.row * ROW,
          width: s.width,
          height: ROW,
        },
        textX: s.flipped
          ? s.x - DOT / 2
          : s.x + DOT / 2,
        textY: laneTop + s.row * ROW + HINDSIGHT_FONT.label,
        flipped: s.flipped,
      })),
    }
  })
  const axisY = top
  const years: HindsightLayout<E>['years'] = []
  for (let year = firstYear; year <= lastYear; year++) {
    years.push({
      year,
      x: x(year * 12),
      labelX: (x(year * 12) + x(Math.min((year + 1) * 12, endMonth + 1))) / 2,
      labelY: axisY + HINDSIGHT_FONT.year + 6,
    })
  }
  return {
    width: HINDSIGHT_WIDTH,
    height: axisY + AXIS_LANE,
    nameX,
    start: {
      x: startX,
      labelY: HINDSIGHT_FONT.label,
      y1: START_BAND - 6,
      y2: axisY,
    },
    lanes: placedLanes,
    axisY,
    years,
  }
}

/** Every text the timeline draws (the start marker's label, the lanes' names, each step's dot and label) as its ink box. */
/** Where the note that the years are not to scale ends: the chart's right edge, level with the start's label. */
export function scaleNoteX(layout: { width: number }): number {
  return layout.width - MARGIN_X
}

export function inkBoxes<E>(layout: HindsightLayout<E>, startText: string, labelOf: (e: E) => string, scaleText = ''): { text: string, box: Box }[] {
  const line = (text: string, x: number, baseline: number, size: number, bold = false, end = false): Box => {
    const width = textWidth(text, size, bold)
    return {
      x: end
        ? x - width
        : x,
      y: baseline - ASCENT * size,
      width,
      height: (ASCENT + DESCENT) * size,
    }
  }
  const f = HINDSIGHT_FONT
  return [
    {
      text: startText,
      box: line(startText, layout.start.x + 6, layout.start.labelY, f.label, true),
    },
    ...(scaleText
      ? [
          {
            text: scaleText,
            box: line(scaleText, scaleNoteX(layout), layout.start.labelY, f.label, false, true),
          },
        ]
      : []),
    ...layout.lanes.flatMap(lane => [
      {
        text: lane.name,
        box: line(lane.name, layout.nameX, lane.nameY, f.lane, true),
      },
      ...lane.labels.flatMap(label => [
        {
          text: `${labelOf(label.event)} (dot)`,
          box: {
            x: label.x - 5,
            y: label.dotY - 5,
            width: 10,
            height: 10,
          },
        },
        {
          text: labelOf(label.event),
          box: line(labelOf(label.event), label.textX, label.textY, f.label, false, label.flipped),
        },
      ]),
    ]),
  ]
}

/** Pairs of texts closer than CLEARANCE (a label and its own dot excepted): each pair names both texts. */
export function touching(boxes: readonly { text: string, box: Box }[], clearance = CLEARANCE): [string, string][] {
  const pairs: [string, string][] = []
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    const own = a.text === `${b.text} (dot)` || b.text === `${a.text} (dot)`
    if (!own && overlaps(a.box, b.box, clearance))
      pairs.push([a.text, b.text])
  }))
  return pairs
}
