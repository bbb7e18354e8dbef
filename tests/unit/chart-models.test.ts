// Each chart's model, from the fixture deck (tests/fixtures/deck.ts): what its SVG, its text alternative
// and its native PowerPoint chart say, computed once. Expected values are worked out by hand from the
// fixture: Northwind 38% of widgets, Southco 17% of cloud, Eastern 61% of retail; Test IaaS Southco 27.5,
// Westel 14.2, Eastcom 8.3 (one decimal printed); seven cities (North America 3, Asia 2, Europe 1,
// Oceania 1); five regions around a partnership in July 2016, counted to October 2016.
import type { DeckDataInput } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { CHART_KINDS, chartFrameAttributes } from '../../components/lib/chart-model.ts'
import { competitionModel } from '../../components/lib/competition-model.ts'
import { facilitiesModel } from '../../components/lib/facilities-model.ts'
import { footprintMapModel } from '../../components/lib/footprint-map-model.ts'
import { hindsightModel } from '../../components/lib/hindsight-model.ts'
import { marketShareModel } from '../../components/lib/market-share-model.ts'
import { checkNativeChart, shareNumberFormat } from '../../components/lib/native-chart.ts'
import { thenNowModel } from '../../components/lib/then-now-model.ts'
import { timelineModel } from '../../components/lib/timeline-model.ts'
import { validateDeckData } from '../../data/validate.ts'
import { fixtureDeck, fixtureWith, share } from '../fixtures/deck.ts'

const data = validateDeckData(fixtureDeck())
const SHARES = ['north-widgets', 'south-cloud', 'east-retail']
const IAAS = { market: 'test-iaas', highlight: 'iaas-west', compareWith: 'south-cloud' }

function renamed(id: string, holder: string): DeckDataInput {
  return fixtureWith((deck) => {
    const figure = deck.figures.find(f => f.id === id)
    if (figure?.kind !== 'share')
      throw new Error(`fixture has no share "${id}"`)
    figure.holder = holder
  })
}

describe('marketShareModel', () => {
  const model = marketShareModel(data, SHARES)
  const [chart] = model.native

  it('gives the PPTX one stacked chart: each share against the rest of its market, the unverified one last, with its measure and flag', () => {
    expect(model.native).toHaveLength(1)
    expect(chart!.type).toBe('stacked-bar')
    expect(chart!.categories).toEqual([
      'Southco: Test cloud (basis not stated, 2015)',
      'Eastern: Test retail (transactions, H2 2015)',
      'Northwind: Test widgets (revenue, 2015, unverified)',
    ])
    // The unverified share in a series (colour) of its own, so PowerPoint mutes it as the slide does.
    expect(chart!.series).toEqual([
      {
        name: 'Share held',
        values: [17, 61, 0],
      },
      {
        name: 'Share held, unverified',
        values: [0, 0, 38],
      },
      {
        name: 'Rest of market',
        values: [83, 39, 62],
      },
    ])
    expect(chart!.colours).toEqual(['accent2', 'unverified', 'rest'])
    expect(chart!.remainderLabel).toBe('Rest of market')
  })

  it('titles the native chart as the SVG is titled', () => {
    expect(chart!.title).toBe(model.title)
  })

  it('shows every market in the native chart whatever the click step, as an export does', () => {
    const first = marketShareModel(data, SHARES, 1)
    expect(first.layout.rows.filter(row => row.revealed)).toHaveLength(1)
    expect(first.native[0]!.series[0]!.values).toEqual([17, 61, 0])
  })

  it('labels whole shares without decimals and a share printed with one with one', () => {
    expect(chart!.numberFormat).toBe('0"%";-0"%";;@')
    const precise = validateDeckData(fixtureWith((deck) => {
      deck.figures.push(share('precise', 'Precise', 12.25, { marketId: 'precise', decimals: 2 }))
    }))
    expect(marketShareModel(precise, ['north-widgets', 'precise']).native[0]!.numberFormat).toBe('0.00"%";-0.00"%";;@')
  })

  it('keeps the screen reader\'s table in the values the bars show', () => {
    expect(model.table.rows.map(row => row.cells[1])).toEqual(['17%', '61%', '38%'])
  })

  it('keeps the given order and two series when every share is verified', () => {
    const verified = marketShareModel(data, ['east-retail', 'south-cloud'])
    expect(verified.layout.rows.map(row => row.id)).toEqual(['east-retail', 'south-cloud'])
    expect(verified.native[0]!.colours).toEqual(['accent2', 'rest'])
  })

  it('brings the takeaway with the last click, and shows it without a step', () => {
    expect([0, 1, 2, 3].map(step => marketShareModel(data, SHARES, step).takeawayShown)).toEqual([false, false, false, true])
    expect(model.takeawayShown).toBe(true)
  })

  it('refuses a figure that is not a share, naming it', () => {
    expect(() => marketShareModel(data, ['sites-total'])).toThrow(/"sites-total" is a count/)
  })
})

describe('competitionModel', () => {
  const model = competitionModel(data, IAAS)
  const [chart] = model.native

  it('gives the PPTX one bar chart: the named shares largest first, then the remainder', () => {
    expect(chart!.type).toBe('bar')
    expect(chart!.categories).toEqual([
      'Southco',
      'Westel',
      'Eastcom',
      'Remainder (not a published share)',
    ])
    expect(chart!.series).toEqual([
      {
        name: 'Share of Test IaaS',
        values: [27.5, 14.2, 8.3, 50],
      },
    ])
    expect(chart!.remainderLabel).toBe('Remainder (not a published share)')
    expect(chart!.title).toBe(model.title)
  })

  it('colours the highlighted figure\'s bar in the Aliyun colour, the others plain and the remainder grey', () => {
    expect(chart!.barColours).toEqual(['other', 'accent2', 'other', 'rest'])
    expect(model.layout.rows.filter(row => row.highlight).map(row => row.id)).toEqual(['iaas-west'])
  })

  it('keeps the highlight when the analyst renames its holder', () => {
    const edited = competitionModel(validateDeckData(renamed('iaas-west', 'Westel Cloud Group')), IAAS)
    expect(edited.native[0]!.categories[1]).toBe('Westel Cloud Group')
    expect(edited.native[0]!.barColours).toEqual(['other', 'accent2', 'other', 'rest'])
    expect(edited.layout.rows[1]!.highlight).toBe(true)
  })

  it('highlights nothing without a highlight', () => {
    expect(competitionModel(data, { market: 'test-iaas' }).native[0]!.barColours).toEqual(['other', 'other', 'other', 'rest'])
  })

  it('refuses a highlight that is no figure of the market, naming it and the market\'s figures', () => {
    expect(() => competitionModel(data, { market: 'test-iaas', highlight: 'Westel' })).toThrow(/highlight "Westel" is no share figure of market "test-iaas".*iaas-south/)
    expect(() => competitionModel(data, { market: 'test-iaas', highlight: 'south-cloud' })).toThrow(/"south-cloud"/)
  })

  it('labels the values with the decimals the sources printed, as the bars do', () => {
    expect(chart!.numberFormat).toBe('0.0"%";-0.0"%";;@')
    expect(model.layout.rows.map(row => row.value.text)).toEqual(['27.5%', '14.2%', '8.3%', '50.0%'])
  })

  it('names the remainder in full in the one-label rows and in the text alternative', () => {
    expect(model.layout.rows.at(-1)!.label).toBe('Remainder (100% minus the named shares, not a published figure)')
    expect(model.description).toContain('Remainder, all others: 50.0% (100% minus the named shares, not a published figure)')
  })

  it('says the chart is another source than the figure it is compared with', () => {
    expect(model.definition).toBe('A different source and definition: Test IaaS, 2015. Against the article\'s 17% of Test cloud only loosely: the arrow\'s gap spans two measures.')
  })
})

describe('facilitiesModel', () => {
  const model = facilitiesModel(data)
  const [cities, regions] = model.native

  it('gives the PPTX the cities by continent, largest first, with their total in the title', () => {
    expect(cities!.type).toBe('bar')
    expect(cities!.categories).toEqual([
      'North America',
      'Asia',
      'Europe',
      'Oceania',
    ])
    expect(cities!.series).toEqual([
      {
        name: 'Cities',
        values: [3, 2, 1, 1],
      },
    ])
    expect(cities!.title).toBe('Exchange cities (Atlas D) (7 cities)')
    expect(cities!.numberFormat).toBe('0;-0;;@')
  })

  it('gives the PPTX the regions by country or region, split at the partnership month the data names', () => {
    expect(regions!.type).toBe('stacked-bar')
    expect(regions!.title).toBe('Aliyun regions by country or region, to Oct 2016')
    expect(regions!.categories).toEqual([
      'China',
      'Hong Kong',
      'United States',
      'Singapore',
    ])
    expect(regions!.series).toEqual([
      {
        name: 'Open at the partnership, July 2016',
        values: [1, 1, 1, 0],
      },
      {
        name: 'Opened later, by Oct 2016',
        values: [1, 0, 0, 1],
      },
    ])
    expect(regions!.colours).toEqual(['accent2', 'other'])
  })

  it('follows the data\'s partnership window, not a fixed one', () => {
    const earlier = facilitiesModel(validateDeckData(fixtureWith((deck) => {
      deck.partnership = { event: 'ev-us', countedTo: '2016-09' }
    })))
    const chart = earlier.native[1]!
    expect(chart.title).toBe('Aliyun regions by country or region, to Sept 2016')
    // March 2016: Hangzhou, Hong Kong and San Jose open; Singapore later; Shenzhen (Oct 2016) not counted.
    expect(chart.categories).toEqual([
      'China',
      'Hong Kong',
      'United States',
      'Singapore',
    ])
    expect(chart.series.map(s => s.values)).toEqual([
      [1, 1, 1, 0],
      [0, 0, 0, 1],
    ])
    expect(chart.series[0]!.name).toBe('Open at the partnership, March 2016')
  })

  it('uses the same words in the SVG\'s titles and key as in the native charts', () => {
    expect(model.text.aliyunTitle).toBe(regions!.title)
    expect(model.text.open).toBe('open at the partnership, July 2016')
    expect(model.text.openedLater).toBe('opened later, by Oct 2016')
    expect(model.text.citiesTotal).toBe('7 cities')
  })

  it('marks a region known only by an upper bound after the partnership as of unknown month', () => {
    expect(model.uncertain).toBe('Shenzhen: exact month unknown')
  })

  it('gives the PPTX the words the SVG writes under its panels: the total, what the article counts, the unknown month', () => {
    expect(cities!.notes).toEqual([
      'Total 7 cities',
      expect.stringMatching(/^The article counts \d+ Cloud Exchange facilities; the sources identify cities, not facilities\.$/),
    ])
    expect(regions!.notes).toEqual(['Shenzhen: exact month unknown'])
  })
})

describe('the map and the timeline', () => {
  it('stay pictures in the PPTX: a kind and no native chart', () => {
    const map = footprintMapModel(data)
    const timeline = timelineModel(data)
    expect(map.kind).toBe('footprint-map')
    expect(timeline.kind).toBe('expansion-timeline')
    expect('native' in map || 'native' in timeline).toBe(false)
    expect(chartFrameAttributes(map)).toEqual({ 'data-chart-kind': 'footprint-map' })
  })

  it('draws the regions open at the partnership month on the map', () => {
    // July 2016: Hangzhou (2012-03), Hong Kong (2015-05) and San Jose (2016-03).
    expect(footprintMapModel(data).layout.regions.map(site => site.record.id)).toEqual(['r-hangzhou', 'r-hong-kong', 'r-san-jose'])
  })

  it('highlights the partnership and keeps the footnotes only when asked', () => {
    expect(timelineModel(data).highlight).toBe('ev-deal')
    expect(timelineModel(data).notes).toEqual([
      { index: 1, text: 'Daily A dates the listing to December 2015.' },
    ])
    expect(timelineModel(data, { footnotes: false }).notes).toEqual([])
  })
})

describe('chartFrameAttributes', () => {
  it('writes every model\'s kind, one of the chart kinds, and its native charts as JSON', () => {
    const models = [
      marketShareModel(data, SHARES),
      competitionModel(data, IAAS),
      facilitiesModel(data),
      footprintMapModel(data),
      hindsightModel(data),
      timelineModel(data),
      thenNowModel(data, { announced: 'sites-total', documented: 'site-continents', regions: 'sites-total' }),
    ]
    expect(models.map(model => model.kind).sort()).toEqual([...CHART_KINDS].sort())
    const competition = models[1]!
    const attributes = chartFrameAttributes(competition)
    expect(attributes['data-chart-kind']).toBe('competition-chart')
    expect(JSON.parse(attributes['data-native-chart']!)).toEqual(competition.native)
  })
})

describe('checkNativeChart', () => {
  const spec = {
    type: 'bar' as const,
    title: 'T',
    categories: ['a', 'b'],
    series: [
      {
        name: 's',
        values: [1, 2],
      },
    ],
    numberFormat: shareNumberFormat(0),
    colours: ['other' as const],
  }

  it('passes a chart whose series, colours and bars agree', () => {
    expect(checkNativeChart(spec)).toBe(spec)
  })

  it('refuses a series of another length than the categories, or a value that is no number', () => {
    expect(() => checkNativeChart({
      ...spec,
      series: [
        {
          name: 's',
          values: [1],
        },
      ],
    })).toThrow(/series "s" has 1 values for 2 categories/)
    expect(() => checkNativeChart({
      ...spec,
      series: [
        {
          name: 's',
          values: [1, Number.NaN],
        },
      ],
    })).toThrow(/not a finite number/)
  })

  it('refuses colours that do not match the series or the bars', () => {
    expect(() => checkNativeChart({ ...spec, colours: [] })).toThrow(/0 colours for 1 series/)
    expect(() => checkNativeChart({
      ...spec,
      barColours: ['rest'],
    })).toThrow(/1 bar colours for 2 categories/)
  })
})
