import { mount } from '@vue/test-utils'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import FactCheck from '../../components/FactCheck.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { fixtureDeck } from '../fixtures/deck.ts'

// Structure and naming only: colour contrast needs real layout, which happy-dom does not do
// (tests/unit/chart-contrast.test.ts checks the palette instead).
const data = fixtureDeck()

describe.each([
  [
    'MarketShareChart',
    MarketShareChart,
    {
      figures: ['north-widgets', 'south-cloud'],
      data,
    },
  ],
  [
    'CompetitionChart',
    CompetitionChart,
    { market: 'test-iaas', data },
  ],
  [
    'FactCheck',
    FactCheck,
    { data },
  ],
] as const)('%s', (_name, component, props) => {
  it('has no accessibility violations axe can find without layout', async () => {
    const wrapper = mount(component, { props, attachTo: document.body })
    const results = await axe.run(wrapper.element as Element, {
      rules: {
        'color-contrast': { enabled: false },
      },
    })
    wrapper.unmount()
    expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
