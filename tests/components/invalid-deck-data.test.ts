import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import Fig from '../../components/Fig.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'

// What the dev server shows when someone types a bad value into data/figures.ts: the deck's own data
// module (not a test prop) holds Aliyun's cloud share at 144%.
vi.mock('../../data/figures.ts', async (importOriginal) => {
  const { figures } = await importOriginal<typeof import('../../data/figures.ts')>()
  return { figures: figures.map(f => (f.id === 'aliyun-cloud-share' ? { ...f, value: 144 } : f)) }
})

describe('invalid data in the data module', () => {
  it('puts a visible error naming record, field and value where each chart would be', () => {
    for (const component of [MarketShareChart, CompetitionChart]) {
      const wrapper = mount(component)
      expect(wrapper.find('svg').exists()).toBe(false)
      expect(wrapper.get('[role="alert"]').text()).toMatch(/"aliyun-cloud-share": field "value" must be a share between 0 and 100 percent \(got 144\)/)
    }
  })

  it('puts the error in the sentence instead of a number', () => {
    const wrapper = mount(Fig, { props: { id: 'tmall-b2c-share' } })
    expect(wrapper.text()).not.toBe('57%')
    expect(wrapper.get('[role="alert"]').text()).toContain('(got 144)')
  })
})
