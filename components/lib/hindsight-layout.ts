import type { Box } from './label-placement.ts'
// The hindsight timeline's geometry: one shared year axis, a lane a group of actors, each event a dot on
// its own row of the lane, at its date, with its label beside it. Labels stack in rows, placed greedily
// in date order where none meets another, so a dense year (2026) takes more rows, not overlaps.
import { scaleLinear } from 'd3-scale'
import { overlaps, textWidth } from './label-placement.ts'
import { monthNumber } from './timeline-layout.ts'

export const HINDSIGHT_WIDTH = 900
export const HINDSIGHT_FONT = { label: 16, lane: 16, year: 16 }
const MARGIN_X = 8
/** One label row: the 16-unit text and its leading (tight: a dense year stacks many rows on one slide). */
const ROW = 18
/** The dot before (or after) a label, and the gap between them. */
const DOT = 14
const LABEL_PAD = 4
const GAP = 10
const AXIS_LANE = 26

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
  // Rows in row units; a box is widened by GAP so labels in one row keep apart.
  const boxOf = (p: { left: number, width: number, row: number }): Box => ({
    x: p.left,
    y: p.row,
    width: p.width + GAP,
    height: 1,
  })
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
        ].some(p => overlaps(boxOf({ left: side.left, width, row }), boxOf(p)))) {
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

/** `start` is the date the axis starts from (marked by its own line), `end` the last date it covers. */
export function hindsightLayout<E>(lanes: readonly LaneInput<E>[], options: { start: string, end: string, dateOf: (e: E) => string, labelOf: (e: E) => string }): HindsightLayout<E> {
  const firstYear = Math.floor(monthNumber(options.start) / 12)
  const lastYear = Math.floor(Math.max(monthNumber(options.end), ...lanes.flatMap(l => l.events.map(e => monthNumber(options.dateOf(e))))) / 12)
  const right = HINDSIGHT_WIDTH - MARGIN_X
  const x = scaleLinear().domain([firstYear * 12, (lastYear + 1) * 12]).range([MARGIN_X, right])

  const startX = x(monthNumber(options.start))
  const nameX = startX + 6
  let top = ROW
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
      labelX: (x(year * 12) + x((year + 1) * 12)) / 2,
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
      y1: ROW - 2,
      y2: axisY,
    },
    lanes: placedLanes,
    axisY,
    years,
  }
}
