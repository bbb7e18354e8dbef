import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import FactCheck from '../../components/FactCheck.vue'
import Fig from '../../components/Fig.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { withValue } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

// Change one share in the data and nothing else: every place that shows it (chart, its text alternative,
// prose, the competition chart's note, the fact-check table) follows.
describe('a share changed in one place', () => {
  const global = provideDeckData(withValue('south-cloud', 27))

  it('changes every component that shows it', () => {
    const chart = mount(MarketShareChart, {
      props: {
        figures: ['south-cloud'],
      },
      global,
    })
    const rendered = [
      chart.get('[data-figure="south-cloud"] .value').text(),
      chart.get('desc').text(),
      mount(Fig, {
        props: { id: 'south-cloud' },
        global,
      }).text(),
      mount(CompetitionChart, {
        props: { market: 'test-iaas', compareWith: 'south-cloud' },
        global,
      }).get('.definition').text(),
      mount(FactCheck, {
        global,
      }).get('tr[data-figure="south-cloud"]').text(),
    ]
    for (const text of rendered) {
      expect(text).toContain('27%')
      expect(text).not.toContain('17%')
    }
  })
})
