import type { DeckData, ShareFigure } from '../../data/lookup.ts'
import type { ChartModel, ChartTable } from './chart-model.ts'
import type { NativeChartSpec } from './native-chart.ts'
import type { ShareBarsLayout } from './share-bars.ts'
// MarketShareChart's model: each share against the rest of its own market, as the SVG draws it (one bar
// per figure, revealed click by click), as a screen reader's table reads it, and as a native stacked
// chart (every market, whatever the click step: an export shows the final state).
import { figureOfKind } from '../../data/lookup.ts'
import { sentenceCase } from './chart-text.ts'
import { formatShare, shareDecimals } from './format.ts'
import { checkNativeChart, shareNumberFormat } from './native-chart.ts'
import { layoutShareBars, restOfMarket, revealedCount, shareOrder } from './share-bars.ts'
import { endSentences, langOf, textsIn } from './ui-text.ts'

export interface MarketShareModel extends ChartModel {
  kind: 'market-share-chart'
  figures: string[]
  shares: ShareFigure[]
  /** The screen reader's table, a row per share: holder, market, share, measure, period. */
  table: ChartTable
  layout: ShareBarsLayout
  native: NativeChartSpec[]
}

/**
 * `figureIds`: the shares, one bar each in this order, an unverified one moved last (shareOrder); `step`: how
 * many show (all without one); the takeaway with the last.
 */
export function marketShareModel(data: DeckData, figureIds: readonly string[], step?: number): MarketShareModel {
  const lang = langOf(data)
  const t = textsIn(lang)
  const title = t('marketSharesTitle')
  const rest = sentenceCase(t('restOfMarket'))
  const shares = shareOrder(figureIds.map(id => figureOfKind(id, 'share', data, 'MarketShareChart')))
  const layout = layoutShareBars(shares, step, lang)
  const low = (f: ShareFigure) => f.confidence === 'low'
  // Each bar's measure and flag as its SVG row shows them ("by revenue", "unverified"), in its category.
  const categories = shares.map(f => t('shareCategory')(f.holder, f.market, [
    f.measure,
    f.period,
    ...(low(f)
      ? [
          t('unverified'),
        ]
      : []),
  ].join(lang === 'zh'
    ? '，'
    : ', ')))
  const held = {
    name: t('shareHeld'),
    values: shares.map(f => low(f)
      ? 0
      : f.value),
  }
  const unverified = {
    name: t('shareHeldUnverified'),
    values: shares.map(f => low(f)
      ? f.value
      : 0),
  }
  const anyLow = shares.some(low)
  return {
    kind: 'market-share-chart',
    title,
    description: endSentences(layout.rows.map(row => row.sentence), lang),
    width: layout.width,
    height: layout.height,
    figures: shares.map(f => f.id),
    shares,
    takeawayShown: revealedCount(step, shares.length) === shares.length,
    table: {
      caption: t('marketSharesCaption'),
      headers: [
        t('holderHeader'),
        t('marketHeader'),
        t('shareHeader'),
        t('measureHeader'),
        t('periodHeader'),
      ],
      rows: shares.map(f => ({
        id: f.id,
        name: f.holder,
        cells: [
          f.market,
          formatShare(f.value, f.decimals),
          f.measure,
          f.period,
        ],
      })),
    },
    layout,
    native: [
      checkNativeChart({
        type: 'stacked-bar',
        title,
        categories,
        series: [
          held,
          ...(anyLow
            ? [unverified]
            : []),
          {
            name: rest,
            values: shares.map(f => restOfMarket(f.value)),
          },
        ],
        // One format for the chart's labels: as many decimals as the most precise of its sources printed.
        numberFormat: shareNumberFormat(shareDecimals(shares)),
        colours: anyLow
          ? ['accent2', 'unverified', 'rest']
          : ['accent2', 'rest'],
        remainderLabel: rest,
      }),
    ],
  }
}
