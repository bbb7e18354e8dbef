import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import Fig from '../../components/Fig.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'

// What the dev server shows when someone types a bad value into data/figures.ts: the data module itself
// (not a test prop) holds a share of 144%. Its files are swapped for the test deck's, so the test does not
// depend on the live deck's ids or values.
const { fixture } = vi.hoisted(() => ({
  fixture: async () => (await import('../fixtures/deck.ts')).fixtureDeck(),
}))
vi.mock('../../data/figures.ts', async () => ({
  figures: (await fixture()).figures.map(f => (f.id === 'south-cloud'
    ? { ...f, value: 144 }
    : f)),
}))
vi.mock('../../data/sources.ts', async () => ({ sources: (await fixture()).sources }))
vi.mock('../../data/claims.ts', async () => ({ claims: (await fixture()).claims }))
vi.mock('../../data/footprint.ts', async () => {
  const { ecx, regions, events, partnership } = await fixture()
  return { ecx, regions, events, partnership }
})

describe('invalid data in the data module', () => {
  it('puts a visible error naming record, field and value where each chart would be', () => {
    for (const wrapper of [
      mount(MarketShareChart, {
        props: {
          figures: ['north-widgets'],
        },
      }),
      mount(CompetitionChart, {
        props: { market: 'test-iaas' },
      }),
    ]) {
      expect(wrapper.find('svg').exists()).toBe(false)
      expect(wrapper.get('[role="alert"]').text()).toMatch(/"south-cloud": field "value" must be a share between 0 and 100 percent \(got 144\)/)
    }
  })

  it('puts the error in the sentence instead of a number', () => {
    const wrapper = mount(Fig, {
      props: { id: 'east-retail' },
    })
    expect(wrapper.text()).not.toBe('61%')
    expect(wrapper.get('[role="alert"]').text()).toContain('(got 144)')
  })
})
