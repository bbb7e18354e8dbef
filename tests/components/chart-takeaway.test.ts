import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import ExpansionTimeline from '../../components/ExpansionTimeline.vue'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import FootprintMap from '../../components/FootprintMap.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { fixtureDeck } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

const deck = provideDeckData(fixtureDeck())
const charts = [
  [
    'CompetitionChart',
    CompetitionChart,
    { market: 'test-iaas' },
  ],
  [
    'ExpansionTimeline',
    ExpansionTimeline,
    {},
  ],
  [
    'FacilitiesChart',
    FacilitiesChart,
    {},
  ],
  [
    'FootprintMap',
    FootprintMap,
    {},
  ],
  [
    'MarketShareChart',
    MarketShareChart,
    {
      figures: ['south-cloud'],
    },
  ],
] as const

// A chart slide reads title, chart, one-line takeaway, source line; the slide gives the takeaway as the
// text between the chart's tags.
describe.each(charts)('%s', (_name, chart, props) => {
  it('draws the takeaway after the chart and before its source line', () => {
    const wrapper = mount(chart, {
      props,
      global: deck,
      slots: { default: 'The point of this chart.' },
    })
    const order = [
      ...wrapper.element.querySelectorAll('svg[role="img"], .chart-takeaway, .source-line'),
    ]
      .map(element => element.classList.contains('chart-takeaway')
        ? 'takeaway'
        : element.classList.contains('source-line')
          ? 'source'
          : 'chart')
    expect(order).toEqual(['chart', 'takeaway', 'source'])
    expect(wrapper.get('.chart-takeaway').text()).toBe('The point of this chart.')
  })

  it('draws no empty takeaway when the slide gives none', () => {
    expect(mount(chart, { props, global: deck }).find('.chart-takeaway').exists()).toBe(false)
  })
})
