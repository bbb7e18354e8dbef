import type { DeckLang } from './deck-lang.ts'
// think-cell style difference marks on a horizontal bar chart, in data coordinates (a bar's row index and a
// value), so the SVG and the PPTX overlay each map them through their own scale and land on their own bars:
//   ratio:  a bracket from the end of one bar to the end of another, labelled "×2.4"
//   points: a level arrow along one bar from another figure's value to the bar's, labelled "+8 pts …"
import { uiText } from './ui-text.ts'

export interface RatioMark {
  kind: 'ratio'
  /** The bar compared (the arrow points at it) and the bar it is compared against. */
  to: { row: number, value: number }
  from: { row: number, value: number }
  ratio: number
  label: string
  sentence: string
}

export interface PointsMark {
  kind: 'points'
  /** The bar the arrow runs along: from the other figure's value to the bar's own. */
  row: number
  from: number
  to: number
  points: number
  label: string
  sentence: string
}

export type DifferenceMark = RatioMark | PointsMark

/** `a` against `b` as a ratio, one decimal ("×2.4"); refuses a base of 0, which has no ratio. */
export function ratioMark(to: { row: number, value: number, name: string }, from: { row: number, value: number, name: string }, lang: DeckLang): RatioMark {
  if (!(from.value > 0))
    throw new Error(`difference mark: "${from.name}" has a share of ${from.value}, so "${to.name}" has no ratio to it`)
  const ratio = to.value / from.value
  const text = ratio.toFixed(1)
  return {
    kind: 'ratio',
    to: { row: to.row, value: to.value },
    from: { row: from.row, value: from.value },
    ratio,
    label: uiText(lang, 'ratioLabel')(text),
    sentence: uiText(lang, 'ratioSentence')(to.name, text, from.name),
  }
}

/**
 * The bar's value against another figure's (another source or year): the difference in points, to the
 * precision of the less precise of the two (8 from 31.0 and 23), with the caveat in the label itself.
 */
export function pointsMark(row: number, value: { value: number, decimals: number }, other: { value: number, decimals: number, text: string, period: string }, lang: DeckLang): PointsMark {
  const decimals = Math.min(value.decimals, other.decimals)
  const points = Number((value.value - other.value).toFixed(decimals))
  const text = `${points > 0
    ? '+'
    : points < 0
      ? '−'
      : '±'}${Math.abs(points).toFixed(decimals)}`
  const label = uiText(lang, 'pointsLabel')(text, other.text, other.period)
  return {
    kind: 'points',
    row,
    from: other.value,
    to: value.value,
    points,
    label,
    sentence: uiText(lang, 'pointsSentence')(label),
  }
}

/** A mark drawn: straight segments (the last ends in the arrowhead) and its label's anchor. */
export interface MarkGeometry {
  segments: { x1: number, y1: number, x2: number, y2: number }[]
  /** `anchor`: the label starts at x, or ends there (a points label too long for the room right of its arrow). */
  label: { text: string, x: number, y: number, anchor: 'start' | 'end' }
  /** Dashed guide lines (a points mark's level of the other figure). */
  guides: { x1: number, y1: number, x2: number, y2: number }[]
}

/** Where a renderer's bars are: a value's x, a row's bar top and height, how far a mark keeps off a bar, the right edge. */
export interface BarScale {
  x: (value: number) => number
  barTop: (row: number) => number
  barHeight: number
  pad: number
  right: number
  /** Room a bar's own value label takes after its end (a native chart's label at the bar's end); none by default. */
  clear?: (row: number) => number
}

/** A mark in a renderer's units: the same rule for the SVG and the PPTX overlay, each with its own scale. */
export function markGeometry(mark: DifferenceMark, s: BarScale, labelWidth: number): MarkGeometry {
  const mid = (row: number) => s.barTop(row) + s.barHeight / 2
  if (mark.kind === 'ratio') {
    // The bracket stands right of the longer of the two bars; its legs reach back to each bar's end.
    const end = (row: number, value: number) => s.x(value) + (s.clear?.(row) ?? 0) + s.pad / 2
    const right = Math.max(end(mark.to.row, mark.to.value), end(mark.from.row, mark.from.value)) + 2.5 * s.pad
    const y1 = mid(mark.from.row)
    const y2 = mid(mark.to.row)
    return {
      segments: [
        {
          x1: end(mark.from.row, mark.from.value),
          y1,
          x2: right,
          y2: y1,
        },
        { x1: right, y1, x2: right, y2 },
        {
          x1: right,
          y1: y2,
          x2: end(mark.to.row, mark.to.value),
          y2,
        },
      ],
      label: {
        text: mark.label,
        x: right + s.pad,
        y: (y1 + y2) / 2,
        anchor: 'start',
      },
      guides: [],
    }
  }
  // Above the bar: a level line at the other figure's value, and the arrow from it to the bar's end.
  const y = s.barTop(mark.row) - s.pad
  const [low, high] = [
    Math.min(s.x(mark.from), s.x(mark.to)),
    Math.max(s.x(mark.from), s.x(mark.to)),
  ]
  const fitsRight = high + s.pad + labelWidth <= s.right
  return {
    segments: [
      {
        x1: s.x(mark.from),
        y1: y,
        x2: s.x(mark.to),
        y2: y,
      },
    ],
    label: fitsRight
      ? {
          text: mark.label,
          x: high + s.pad,
          y,
          anchor: 'start',
        }
      : {
          text: mark.label,
          x: low - s.pad,
          y,
          anchor: 'end',
        },
    guides: [
      {
        x1: s.x(mark.from),
        y1: y - s.pad / 2,
        x2: s.x(mark.from),
        y2: s.barTop(mark.row) + s.barHeight,
      },
    ],
  }
}
