import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { fixtureDeck } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

describe('chart render timing (read by npm run bench)', () => {
  beforeEach(() => performance.clearMeasures())

  it('records one "chart:<Name>" measure per chart drawn, and leaves no marks behind', () => {
    const global = provideDeckData(fixtureDeck())
    mount(MarketShareChart, {
      props: {
        figures: ['south-cloud'],
      },
      global,
    })
    mount(MarketShareChart, {
      props: {
        figures: ['south-cloud'],
      },
      global,
    })
    mount(FacilitiesChart, {
      global,
    })
    expect(performance.getEntriesByName('chart:MarketShareChart', 'measure')).toHaveLength(2)
    expect(performance.getEntriesByName('chart:FacilitiesChart', 'measure')).toHaveLength(1)
    expect(performance.getEntriesByType('mark').filter(mark => mark.name.startsWith('chart:'))).toEqual([])
  })
})
