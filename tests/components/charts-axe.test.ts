import { mount } from '@vue/test-utils'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import FactCheck from '../../components/FactCheck.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { fixtureDeck } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

// Structure and naming only: colour contrast needs real layout, which happy-dom does not do
// (tests/unit/chart-contrast.test.ts checks the palette instead).
const deck = provideDeckData(fixtureDeck())

describe.each([
  [
    'MarketShareChart',
    MarketShareChart,
    {
      figures: ['north-widgets', 'south-cloud'],
    },
  ],
  [
    'CompetitionChart',
    CompetitionChart,
    { market: 'test-iaas' },
  ],
  [
    'FactCheck',
    FactCheck,
    {},
  ],
] as const)('%s', (_name, component, props) => {
  it('has no accessibility violations axe can find without layout', async () => {
    const wrapper = mount(component, { props, global: deck, attachTo: document.body })
    const results = await axe.run(wrapper.element as Element, {
      rules: {
        'color-contrast': { enabled: false },
      },
    })
    wrapper.unmount()
    expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
