import type { DeckData } from '../../data/lookup.ts'
import type { ChartModel } from './chart-model.ts'
import type { NativeChartSpec } from './native-chart.ts'
// FacilitiesChart's model: the Equinix cities a source names, by continent, and Aliyun regions by country
// or region (Hong Kong is a region of China), split at the partnership month (both months from the data's
// `partnership`), as the SVG's two panels draw them and as two native bar charts with the same titles,
// series and counts.
import { ecxFootprint, partnershipWindow } from '../../data/lookup.ts'
import { facilitiesDescription, sentenceCase } from './chart-text.ts'
import { ecxByContinent, facilitiesLayout, regionsByCountry } from './facilities.ts'
import { formatCount, formatMonth } from './format.ts'
import { isOpenBy, regionsOpenBy } from './months.ts'
import { checkNativeChart, COUNT_FORMAT } from './native-chart.ts'
import { langOf, list, textsIn } from './ui-text.ts'

export interface FacilitiesModel extends ChartModel {
  kind: 'facilities-chart'
  sources: string[]
  layout: ReturnType<typeof facilitiesLayout>
  /** The article's count of facilities, stated under the cities, never drawn. */
  facilities: number
  cities: number
  citiesLabel: string
  /** The partnership month and the last month counted, as the slide says them ("June 2015"). */
  when: string
  later: string
  /**
   * The panels' titles, the cities' total ("7 cities") with its label, the key's two entries, and the two
   * lines under the total saying what the article counts instead.
   */
  text: { ecxTitle: string, aliyunTitle: string, total: string, citiesTotal: string, open: string, openedLater: string, articleCount: [string, string] }
  /** Regions whose month is only an upper bound and falls after the partnership, or ''. */
  uncertain: string
  native: NativeChartSpec[]
}

export function facilitiesModel(data: DeckData): FacilitiesModel {
  const lang = langOf(data)
  const t = textsIn(lang)
  const { month: asOf, countedTo } = partnershipWindow(data)
  const regions = regionsOpenBy(data.regions, countedTo)
  const { total, sources } = ecxFootprint(data, regions)
  const ecx = ecxByContinent(data.ecx.metros, lang)
  const countries = regionsByCountry(regions, asOf)
  const when = formatMonth(asOf, lang)
  const later = formatMonth(countedTo, lang)
  const layout = facilitiesLayout(ecx, countries)
  const uncertain = regions.filter(r => r.openedBy && !isOpenBy(r, asOf)).map(r => r.name)
  const text = {
    ecxTitle: data.ecx.citiesLabel,
    aliyunTitle: t('aliyunRegionsTo')(later),
    total: t('total'),
    citiesTotal: formatCount(data.ecx.metros.length, t('cityNoun'), lang),
    open: t('openAtPartnership')(when),
    openedLater: t('openedLater')(later),
    articleCount: [
      t('articleCountLine')(total.value),
      t('sourcesIdentifyLine'),
    ] as [string, string],
  }
  const countryNames = countries.map(c => c.country)
  return {
    kind: 'facilities-chart',
    title: t('facilitiesTitle'),
    description: facilitiesDescription({
      ecx,
      citiesLabel: data.ecx.citiesLabel,
      facilities: total.value,
      countries,
      asOf: when,
      later,
    }, lang),
    width: layout.width,
    height: layout.height,
    sources,
    layout,
    facilities: total.value,
    cities: data.ecx.metros.length,
    citiesLabel: data.ecx.citiesLabel,
    when,
    later,
    text,
    uncertain: uncertain.length
      ? t('monthUnknown')(list(uncertain, lang))
      : '',
    native: [
      checkNativeChart({
        type: 'bar',
        title: t('bracketed')(text.ecxTitle, text.citiesTotal),
        categories: ecx.map(row => row.name),
        series: [
          {
            name: t('cities'),
            values: ecx.map(row => row.count),
          },
        ],
        numberFormat: COUNT_FORMAT,
        colours: ['accent'],
        // The total under the panel and what the article counts instead, as the SVG writes them.
        notes: [
          [text.total, text.citiesTotal].join(' '),
          text.articleCount.join(lang === 'zh'
            ? ''
            : ' '),
        ],
      }),
      checkNativeChart({
        type: 'stacked-bar',
        title: text.aliyunTitle,
        categories: countryNames,
        series: [
          {
            name: sentenceCase(text.open),
            values: countries.map(c => c.early),
          },
          {
            name: sentenceCase(text.openedLater),
            values: countries.map(c => c.later),
          },
        ],
        numberFormat: COUNT_FORMAT,
        colours: ['accent2', 'other'],
        notes: uncertain.length
          ? [
              t('monthUnknown')(list(uncertain, lang)),
            ]
          : [],
      }),
    ],
  }
}
