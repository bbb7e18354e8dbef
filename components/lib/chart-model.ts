import type { NativeChartSpec } from './native-chart.ts'
// What every chart's model gives its frame (ChartFrame.vue), and the one list of chart kinds. A model is
// computed once from the figures a chart draws (components/lib/*-model.ts) and holds what every format
// needs: the SVG geometry, the text alternative and, for a bar chart, the native-chart spec the PPTX
// writer reads from the printed page (`data-chart-kind`, `data-native-chart` on the chart's <figure>).

export const CHART_KINDS = [
  'market-share-chart',
  'competition-chart',
  'facilities-chart',
  'footprint-map',
  'expansion-timeline',
  'hindsight-timeline',
  'then-now-chart',
] as const
export type ChartKind = typeof CHART_KINDS[number]

/** A screen reader's table of what the chart draws, under its caption and column headers: a row per mark, led by its name. */
export interface ChartTable {
  caption: string
  headers: string[]
  rows: { id: string, name: string, cells: string[] }[]
}

export interface ChartModel {
  /** Which chart this is; written on its <figure> as `data-chart-kind`. */
  kind: ChartKind
  /** The SVG's accessible name (its <title>). */
  title: string
  /** Its <desc>: what is drawn and every value drawn, in sentences. */
  description: string
  width: number
  height: number
  /** Source ids for the source line, and/or figures whose sources it cites. */
  sources?: string[]
  figures?: string[]
  /** Name at most this many of them on the slide, then how many more (a chart of many steps). */
  sourceLimit?: number
  /** False while the click steps have not reached the last: the takeaway keeps its place, unseen, until then. */
  takeawayShown?: boolean
  /** Its values as a table, for a screen reader (ChartFrame draws it under the SVG, visually hidden). */
  table?: ChartTable
  /** The chart as native PowerPoint charts (a bar chart only; the map and the timeline stay pictures). */
  native?: NativeChartSpec[]
}

/** The attributes a chart's <figure> carries for the PPTX writer (scripts/lib/pptx-export.ts reads them). */
export function chartFrameAttributes(model: ChartModel): Record<string, string> {
  return {
    'data-chart-kind': model.kind,
    ...(model.native?.length
      ? {
          'data-native-chart': JSON.stringify(model.native),
        }
      : {}),
  }
}
