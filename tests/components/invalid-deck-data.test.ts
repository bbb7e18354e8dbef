import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import ExpansionTimeline from '../../components/ExpansionTimeline.vue'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import Fig from '../../components/Fig.vue'
import FootprintMap from '../../components/FootprintMap.vue'
import HindsightTimeline from '../../components/HindsightTimeline.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import ThenNowChart from '../../components/ThenNowChart.vue'
import { withValue } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

// What the dev server shows when someone types a bad value into data/figures.ts: `virtual:deck-data`
// then carries the problems instead of the data (tests/unit/deck-data-plugin.test.ts), here a share of
// 144% in the test deck, and every component reading it shows them.
const global = provideDeckData(withValue('south-cloud', 144))

describe('invalid data in the data module', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})

  it('puts a visible error naming record, field and value where each chart would be', () => {
    // Every chart: each reads the data through useChart().
    for (const wrapper of [
      mount(MarketShareChart, {
        props: {
          figures: ['north-widgets'],
        },
        global,
      }),
      mount(CompetitionChart, {
        props: { market: 'test-iaas' },
        global,
      }),
      mount(FacilitiesChart, { global }),
      mount(FootprintMap, { global }),
      mount(ExpansionTimeline, { global }),
      mount(HindsightTimeline, { global }),
      mount(ThenNowChart, {
        props: { announced: 'sites-total', documented: 'sites-total', regions: 'sites-total' },
        global,
      }),
    ]) {
      expect(wrapper.find('svg').exists()).toBe(false)
      expect(wrapper.get('[role="alert"]').text()).toMatch(/"south-cloud": field "value" must be a share between 0 and 100 percent \(got 144\)/)
    }
  })

  it('puts the error in the sentence instead of a number', () => {
    const wrapper = mount(Fig, {
      props: { id: 'east-retail' },
      global,
    })
    expect(wrapper.text()).not.toBe('61%')
    expect(wrapper.get('[role="alert"]').text()).toContain('(got 144)')
  })
})
