import type { DifferenceMark } from './difference-marks.ts'
// What a PowerPoint writer needs to draw a bar chart natively (its data sheet, series, value labels and
// the deck's colours), built by each chart's model from the same figures and rows its SVG draws, so the
// PPTX shows what the slide shows. Horizontal bars only: every bar chart of the deck reads left to right.
//   shareNumberFormat(0)  -> '0"%";-0"%";;@'       shareNumberFormat(1) -> '0.0"%";-0.0"%";;@'
//   COUNT_FORMAT          -> '0;-0;;@'
// A format's sections are positive; negative; zero; text: a zero has no label (an empty part of a
// stacked bar stays unlabelled).

/** A colour of the deck, resolved by the writer from the slide's CSS variable (light or dark). */
export type ColourRole = 'accent' | 'accent2' | 'rest' | 'other' | 'unverified'

/** The CSS variable behind each role (styles/deck.css). */
export const COLOUR_VARIABLES: Record<ColourRole, string> = {
  accent: '--deck-accent',
  accent2: '--deck-accent-2',
  rest: '--deck-rest',
  other: '--deck-other',
  unverified: '--deck-unverified',
}

export interface NativeSeries { name: string, values: number[] }

export interface NativeChartSpec {
  /** `stacked-bar` puts the series end to end, one bar per category. */
  type: 'bar' | 'stacked-bar'
  title: string
  /** One per bar, first on top, as the slide reads. */
  categories: string[]
  series: NativeSeries[]
  /** The value labels' and axis's number format (Excel's), e.g. `0.0"%";-0.0"%";;@`. */
  numberFormat: string
  /** One colour role per series. */
  colours: ColourRole[]
  /** A one-series chart whose bars differ (the highlight, a remainder): one colour role per category. */
  barColours?: ColourRole[]
  /** The category or series that is no published figure (a remainder, the rest of a market). */
  remainderLabel?: string
  /** The value axis's end (the SVG's scale), so marks drawn over the chart meet its bars. */
  valueMax?: number
  /** Difference marks (a ratio bracket, a points arrow) drawn as shapes over the chart, in data coordinates. */
  marks?: DifferenceMark[]
  /** Lines the chart's SVG shows besides bars, labels and title (a total, a flag, a footnote), each written under the chart. */
  notes?: string[]
}

export function shareNumberFormat(decimals: number): string {
  const number = decimals > 0
    ? `0.${'0'.repeat(decimals)}"%"`
    : '0"%"'
  return `${number};-${number};;@`
}

export const COUNT_FORMAT = '0;-0;;@'

/** Shares rounded as the data sheet holds them (a sum such as 100 - 13.1 without float noise). */
export function sheetValue(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** Checks a spec's shape before it is handed on: a bug here would draw a wrong chart without a word. */
export function checkNativeChart(spec: NativeChartSpec): NativeChartSpec {
  const where = `native chart "${spec.title}"`
  for (const series of spec.series) {
    if (series.values.length !== spec.categories.length)
      throw new Error(`${where}: series "${series.name}" has ${series.values.length} values for ${spec.categories.length} categories`)
    if (!series.values.every(Number.isFinite))
      throw new Error(`${where}: series "${series.name}" has a value that is not a finite number (got ${series.values.join(', ')})`)
  }
  if (spec.colours.length !== spec.series.length)
    throw new Error(`${where}: ${spec.colours.length} colours for ${spec.series.length} series`)
  if (spec.barColours && spec.barColours.length !== spec.categories.length)
    throw new Error(`${where}: ${spec.barColours.length} bar colours for ${spec.categories.length} categories`)
  return spec
}
