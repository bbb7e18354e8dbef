import type { DeckData, ShareFigure } from '../../data/lookup.ts'
import type { ChartModel, ChartTable } from './chart-model.ts'
import type { CompetitionLayout } from './competition-bars.ts'
import type { ColourRole, NativeChartSpec } from './native-chart.ts'
// CompetitionChart's model: the named shares of one market, largest first, and the remainder, as the SVG
// draws them and as one native bar chart coloured the same way (the highlighted figure in the Aliyun
// colour, the others plain, the remainder grey). The highlight is a figure id, so renaming its holder in
// the data keeps it.
import { figureById } from '../../data/lookup.ts'
import { layoutCompetition, remainderText } from './competition-bars.ts'
import { figureText } from './figure-text.ts'
import { formatShare, shareDecimals } from './format.ts'
import { checkNativeChart, shareNumberFormat } from './native-chart.ts'
import { endSentences, langOf, textsIn } from './ui-text.ts'

export interface CompetitionModel extends ChartModel {
  kind: 'competition-chart'
  figures: string[]
  /** The note above the chart: another source and definition than the figure it is compared with. */
  definition: string
  /** The screen reader's table: company, share. */
  table: ChartTable
  layout: CompetitionLayout
  native: NativeChartSpec[]
}

export interface CompetitionOptions {
  /** The marketId of the share figures to draw. */
  market: string
  /** The id of the figure drawn in the Aliyun colour, one of that market's. */
  highlight?: string
  /** A figure of another source the chart must not be mixed with. */
  compareWith?: string
}

export function competitionModel(data: DeckData, options: CompetitionOptions): CompetitionModel {
  const { market, highlight, compareWith } = options
  const figures = data.figures.filter((f): f is ShareFigure => f.kind === 'share' && f.marketId === market)
  const first = figures[0]
  if (!first)
    throw new Error(`CompetitionChart: no share figures have marketId "${market}"`)
  if (highlight !== undefined && !figures.some(f => f.id === highlight))
    throw new Error(`CompetitionChart: highlight "${highlight}" is no share figure of market "${market}" (its figures: ${figures.map(f => f.id).join(', ')})`)
  const other = compareWith
    ? figureById(compareWith, data)
    : undefined
  const lang = langOf(data)
  const t = textsIn(lang)
  const remainder = remainderText(lang)
  // The highlight set against another source's share (a points arrow), when that figure is a share.
  const compare = other?.kind === 'share'
    ? {
        value: other.value,
        decimals: shareDecimals([other]),
        text: formatShare(other.value, other.decimals),
        period: other.period,
      }
    : undefined
  const layout = layoutCompetition(figures, highlight, lang, compare)
  const title = t('competitionTitle')(first.market, first.period)
  return {
    kind: 'competition-chart',
    title,
    description: endSentences([
      ...layout.rows.map(row => row.sentence),
      ...layout.marks.map(m => m.mark.sentence),
    ], lang),
    width: layout.width,
    height: layout.height,
    figures: figures.map(f => f.id),
    definition: `${t('competitionDefinition')(first.market, first.period)}${other
      ? t('notComparable')(figureText(other.id, 'phrase', data))
      : ''}`,
    table: {
      caption: title,
      headers: [
        t('companyHeader'),
        t('shareHeader'),
      ],
      rows: layout.rows.map(row => ({
        id: row.id,
        name: row.label,
        cells: [row.value.text],
      })),
    },
    layout,
    native: [
      checkNativeChart({
        type: 'bar',
        title,
        categories: layout.rows.map(row => row.remainder ? remainder.shortLabel : row.name),
        series: [
          {
            name: t('shareOf')(first.market),
            values: layout.rows.map(row => row.share),
          },
        ],
        numberFormat: shareNumberFormat(layout.decimals),
        colours: ['other'],
        barColours: layout.rows.map((row): ColourRole => row.remainder
          ? 'rest'
          : row.highlight
            ? 'accent2'
            : 'other'),
        remainderLabel: remainder.shortLabel,
        // The scale's end, so the PPTX places the marks over its own bars as the SVG does.
        valueMax: layout.domainMax,
        marks: layout.marks.map(m => m.mark),
      }),
    ],
  }
}
