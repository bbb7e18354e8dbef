import type { DeckData, ShareFigure } from '../../data/index.ts'
import { remainderShare } from '../../components/lib/competition-bars.ts'
import { ecxByContinent, regionsByCountry } from '../../components/lib/facilities.ts'
import { formatMonth } from '../../components/lib/format.ts'
// The deck's bar charts as PowerPoint chart data, from the data module and the same helpers the SVG charts
// use, so a venue edits the numbers in PowerPoint's own data sheet. Pure data in, chart specs out.
import { figureById } from '../../data/index.ts'

export interface ChartSeries { name: string, labels: string[], values: number[] }

export type ColourRole = 'accent' | 'accent2' | 'rest' | 'other'

export interface NativeChart {
  title: string
  /** Horizontal bars; `stacked` puts the series end to end in one bar per label. */
  stacked: boolean
  series: ChartSeries[]
  /** Number format of the value labels and axis, e.g. `0"%"`. */
  format: string
  /** One colour role per series, resolved to the deck's colours by the caller. */
  colours: ColourRole[]
  /** A one-series chart whose bars differ, as on the slide: one colour role per bar. */
  barColours?: ColourRole[]
}

/** The chart kinds drawn natively, by the class of the chart component's root element. */
export type NativeChartKind = 'market-share-chart' | 'competition-chart' | 'facilities-chart'
export const NATIVE_CHART_KINDS: readonly NativeChartKind[] = ['market-share-chart', 'competition-chart', 'facilities-chart']

/** Props given to a component in the slide's Markdown as plain strings (`asOf="2015-06"`). */
export function stringProps(slideMarkdown: string, component: string): Record<string, string> {
  const tag = slideMarkdown.match(new RegExp(`<${component}\\b([^>]*)>`))?.[1] ?? ''
  return Object.fromEntries([
    ...tag.matchAll(/(?:^|\s)([a-z-]+)="([^"]*)"/gi),
  ].map(m => [m[1]!, m[2]!]))
}

function decimalsOf(figures: readonly ShareFigure[]) {
  return Math.max(...figures.map(f => f.decimals ?? (Number.isInteger(f.value)
    ? 0
    : 1)))
}
// Positive; negative; zero (no label: an empty part of a stacked bar); text.
function shareFormat(decimals: number) {
  const number = decimals
    ? `0.${'0'.repeat(decimals)}"%"`
    : '0"%"'
  return `${number};-${number};;@`
}
const COUNT_FORMAT = '0;-0;;@'

function shareFigure(id: string, data: DeckData): ShareFigure {
  const figure = figureById(id, data)
  if (figure.kind !== 'share')
    throw new Error(`pptx: figure "${id}" is a ${figure.kind}, not a share`)
  return figure
}

/** Each market's holder share and the rest of the market, one stacked bar per market. */
export function marketShareChart(figureIds: readonly string[], data: DeckData): NativeChart {
  const figures = figureIds.map(id => shareFigure(id, data))
  const labels = figures.map(f => `${f.holder}: ${f.market} (${f.period})`)
  return {
    title: 'Market shares of Alibaba businesses in China, each against the rest of its market',
    stacked: true,
    series: [
      {
        name: 'Share held',
        labels,
        values: figures.map(f => f.value),
      },
      {
        name: 'Rest of market',
        labels,
        values: figures.map(f => Math.round((100 - f.value) * 1000) / 1000),
      },
    ],
    format: shareFormat(decimalsOf(figures)),
    colours: ['accent2', 'rest'],
  }
}

/**
 * The named shares of one market, largest first, and the unpublished remainder; coloured as the slide
 * draws them: the `highlight` company in the Aliyun colour, the others plain, the remainder in grey.
 */
export function competitionChart(figureIds: readonly string[], data: DeckData, highlight?: string): NativeChart {
  const figures = figureIds.map(id => shareFigure(id, data)).sort((a, b) => b.value - a.value)
  const first = figures[0]
  if (!first)
    throw new Error('pptx: the competition chart has no share figures')
  return {
    title: `${first.market}, ${first.period}: shares by company`,
    stacked: false,
    series: [
      {
        name: `Share of ${first.market}`,
        labels: [
          ...figures.map(f => f.holder),
          'Remainder (not a published share)',
        ],
        values: [
          ...figures.map(f => f.value),
          remainderShare(figures),
        ],
      },
    ],
    format: shareFormat(decimalsOf(figures)),
    colours: ['other'],
    barColours: [
      ...figures.map(f => (f.holder === highlight
        ? 'accent2'
        : 'other') satisfies ColourRole),
      'rest',
    ],
  }
}

/** The Equinix cities a source names, by continent, and Aliyun regions by country split at the partnership month. */
export function facilitiesCharts(data: DeckData, asOf = '2015-06', later = '2015-10'): [NativeChart, NativeChart] {
  const continents = ecxByContinent(data.ecx.metros)
  const countries = regionsByCountry(data.regions.filter(r => r.opened.slice(0, 7) <= later), asOf)
  const labels = countries.map(c => c.country)
  return [
    {
      title: `${data.ecx.citiesLabel} (${data.ecx.metros.length} cities)`,
      stacked: false,
      series: [
        {
          name: 'Cities',
          labels: continents.map(c => c.label),
          values: continents.map(c => c.count),
        },
      ],
      format: COUNT_FORMAT,
      colours: ['accent'],
    },
    {
      title: `Aliyun regions by country, to ${formatMonth(later)}`,
      stacked: true,
      series: [
        {
          name: `Open at the partnership, ${formatMonth(asOf)}`,
          labels,
          values: countries.map(c => c.early),
        },
        {
          name: `Opened later, by ${formatMonth(later)}`,
          labels,
          values: countries.map(c => c.later),
        },
      ],
      format: COUNT_FORMAT,
      colours: ['accent2', 'other'],
    },
  ]
}
