import type { DeckData } from '../../data/lookup.ts'
import type { ChartModel } from './chart-model.ts'
import type { NativeChartSpec } from './native-chart.ts'
// ThenNowChart's model: what came of the deal in two counts, each at signing and later. The "then" bars
// are computed from the footprint (the Equinix cities that met an open Aliyun region at the partnership
// month; the Aliyun regions open then), the "now" bars are the data's figures, each labelled with what it
// counts (an announcement and a documentation page are not the same measure).
import { figureOfKind, partnershipWindow } from '../../data/lookup.ts'
import { formatCount, formatMonth } from './format.ts'
import { meetingPairs } from './map-layout.ts'
import { regionsOpenBy } from './months.ts'
import { checkNativeChart, COUNT_FORMAT } from './native-chart.ts'
import { estimateTextWidth as textWidth } from './text-width.ts'
import { endSentences, langOf, textsIn } from './ui-text.ts'

export interface ThenNowBar {
  /** The date the count is true at, and what it counts ("announced"). */
  when: string
  basis: string
  value: number
  /** A count of another kind than the panel's latest (an announcement): drawn outlined, not filled. */
  outlined: boolean
  /** Geometry: the bar's top, its length, where its labels sit. */
  y: number
  length: number
}

export interface ThenNowPanel {
  title: string
  x: number
  barX: number
  tone: 'equinix' | 'aliyun'
  bars: ThenNowBar[]
}

export interface ThenNowModel extends ChartModel {
  kind: 'then-now-chart'
  panels: ThenNowPanel[]
  barHeight: number
  native: NativeChartSpec[]
}

const WIDTH = 900
const PANEL_WIDTH = 435
const GAP = WIDTH - 2 * PANEL_WIDTH
/** The panel titles' baseline (ThenNowChart.vue draws them). */
export const TITLE_Y = 24
const FIRST_ROW = 64
const ROW = 88
const BAR_HEIGHT = 38
/** Type sizes (SVG units) the labels are measured at and drawn in (ThenNowChart.vue). */
export const THEN_NOW_FONT = {
  title: 21,
  when: 19,
  basis: 17,
  value: 26,
}
/** Room right of the longest bar for its value. */
const VALUE_ROOM = 56

/**
 * The count figures the chart draws (ids in data/figures.ts): the metros announced, the metros documented, the regions
 * now; and `sources`, what the counts at signing rest on (source ids, cited beside the figures' own).
 */
export interface ThenNowFigures { announced: string, documented: string, regions: string, sources?: string[] }

export function thenNowModel(data: DeckData, figures: ThenNowFigures): ThenNowModel {
  const lang = langOf(data)
  const t = textsIn(lang)
  const { month } = partnershipWindow(data)
  const open = regionsOpenBy(data.regions, month)
  const signing = formatMonth(month, lang)
  const announced = figureOfKind(figures.announced, 'count', data, 'ThenNowChart')
  const documented = figureOfKind(figures.documented, 'count', data, 'ThenNowChart')
  const regions = figureOfKind(figures.regions, 'count', data, 'ThenNowChart')
  const rows = [
    {
      title: t('thenNowMetros'),
      tone: 'equinix' as const,
      bars: [
        {
          when: signing,
          basis: t('thenNowAtSigning'),
          value: meetingPairs(data.ecx.metros, open).length,
          outlined: false,
        },
        {
          when: announced.period,
          basis: t('thenNowAnnounced'),
          value: announced.value,
          outlined: true,
        },
        {
          when: documented.period,
          basis: t('thenNowDocumented'),
          value: documented.value,
          outlined: false,
        },
      ],
    },
    {
      title: t('thenNowRegions'),
      tone: 'aliyun' as const,
      bars: [
        {
          when: signing,
          basis: t('thenNowOpen'),
          value: open.length,
          outlined: false,
        },
        {
          when: regions.period,
          basis: t('thenNowCounted'),
          value: regions.value,
          outlined: false,
        },
      ],
    },
  ]
  // One label column for both panels, so their bars start and end alike.
  const labelWidth = Math.max(...rows.flatMap(row => row.bars.flatMap(bar => [
    textWidth(bar.when, THEN_NOW_FONT.when, true),
    textWidth(bar.basis, THEN_NOW_FONT.basis),
  ]))) + 12
  // One scale for both panels: a bar's length says its count, whichever panel it is in.
  const most = Math.max(...rows.flatMap(row => row.bars.map(bar => bar.value)), 1)
  const panels: ThenNowPanel[] = rows.map((row, index) => {
    const x = index * (PANEL_WIDTH + GAP)
    const room = PANEL_WIDTH - labelWidth - VALUE_ROOM
    return {
      title: row.title,
      x,
      barX: x + labelWidth,
      tone: row.tone,
      bars: row.bars.map((bar, i) => ({
        ...bar,
        y: FIRST_ROW + i * ROW,
        length: Math.max(2, room * bar.value / most),
      })),
    }
  })
  const sentence = (bar: ThenNowBar) => t('thenNowRow')(bar.when, bar.basis, formatCount(bar.value, undefined, lang))
  return {
    kind: 'then-now-chart',
    title: t('thenNowTitle'),
    description: endSentences(panels.map(panel => `${panel.title}${lang === 'en'
      ? ': '
      : '：'}${panel.bars.map(sentence).join(t('semicolon'))}`), lang),
    width: WIDTH,
    height: FIRST_ROW + 3 * ROW - 10,
    figures: [figures.announced, figures.documented, figures.regions],
    sources: [
      ...figures.sources ?? [],
    ],
    panels,
    barHeight: BAR_HEIGHT,
    native: panels.map(panel => checkNativeChart({
      type: 'bar',
      title: panel.title,
      categories: panel.bars.map(bar => `${bar.when} ${bar.basis}`),
      series: [
        {
          name: panel.title,
          values: panel.bars.map(bar => bar.value),
        },
      ],
      numberFormat: COUNT_FORMAT,
      // One scale for both panels, as the slide draws them: a count is as long in either.
      valueMax: most,
      colours: [
        panel.tone === 'equinix'
          ? 'accent'
          : 'accent2',
      ],
      // An announcement is pale, as the slide draws it outlined: a count of another kind than the bars beside it.
      barColours: panel.bars.map(bar => bar.outlined
        ? 'rest'
        : panel.tone === 'equinix'
          ? 'accent'
          : 'accent2'),
    })),
  }
}
