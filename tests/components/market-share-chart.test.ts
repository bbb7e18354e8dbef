import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { rawDeckData, type DeckDataInput } from '../../data/index.ts'

// The article's figures (../shared/research/facts.md): Alibaba 44% of B2B e-commerce revenue,
// Aliyun 23% of cloud computing, Tmall 57% of B2C e-commerce.
const IDS = ['alibaba-b2b-share', 'aliyun-cloud-share', 'tmall-b2c-share']

function withShare(id: string, value: number): DeckDataInput {
  const copy = structuredClone(rawDeckData)
  ;(copy.figures.find(f => f.id === id) as { value: number }).value = value
  return copy
}

function barWidth(wrapper: ReturnType<typeof mount>, id: string): number {
  return Number(wrapper.get(`[data-figure="${id}"] rect.bar`).attributes('width'))
}

function restWidth(wrapper: ReturnType<typeof mount>, id: string): number {
  return Number(wrapper.get(`[data-figure="${id}"] rect.rest`).attributes('width'))
}

describe('MarketShareChart', () => {
  it('draws bar lengths in proportion to the shares', () => {
    const wrapper = mount(MarketShareChart)
    expect(barWidth(wrapper, 'aliyun-cloud-share') / barWidth(wrapper, 'alibaba-b2b-share')).toBeCloseTo(23 / 44, 3)
    expect(barWidth(wrapper, 'tmall-b2c-share') / barWidth(wrapper, 'alibaba-b2b-share')).toBeCloseTo(57 / 44, 3)
  })

  it('sets each share against the rest of its own market', () => {
    const wrapper = mount(MarketShareChart)
    for (const [id, share] of [['alibaba-b2b-share', 44], ['aliyun-cloud-share', 23], ['tmall-b2c-share', 57]] as const)
      expect(barWidth(wrapper, id) / (barWidth(wrapper, id) + restWidth(wrapper, id))).toBeCloseTo(share / 100, 3)
    expect(wrapper.get('[data-figure="aliyun-cloud-share"]').text()).toContain('rest of market 77%')
  })

  it('labels each bar with its value, holder, market and period', () => {
    const row = mount(MarketShareChart).get('[data-figure="tmall-b2c-share"]')
    expect(row.get('.value').text()).toBe('57%')
    expect(row.get('.holder').text()).toBe('Tmall')
    expect(row.get('.detail').text()).toContain('China B2C e-commerce')
    expect(row.get('.detail').text()).toContain('H1 2014')
  })

  it('flags the unverified figure on the chart itself', () => {
    const wrapper = mount(MarketShareChart)
    expect(wrapper.get('[data-figure="alibaba-b2b-share"] .detail').text()).toContain('unverified')
    expect(wrapper.get('[data-figure="aliyun-cloud-share"] .detail').text()).not.toContain('unverified')
  })

  it('states the values in its text alternative and in a hidden data table', () => {
    const wrapper = mount(MarketShareChart)
    const svg = wrapper.get('svg[role="img"]')
    const labelled = svg.attributes('aria-labelledby')!.split(' ').map(id => wrapper.get(`[id="${id}"]`).text()).join(' ')
    expect(labelled).toContain('Alibaba: 44% of China B2B e-commerce')
    expect(labelled).toContain('Aliyun: 23% of China cloud computing')
    expect(labelled).toContain('Tmall: 57% of China B2C e-commerce')
    const cells = wrapper.get('table.sr-only').findAll('tbody tr').map(tr => tr.findAll('th, td').map(c => c.text()))
    expect(cells).toEqual([
      ['Alibaba', 'China B2B e-commerce', '44%', 'revenue', 'c. 2015'],
      ['Aliyun', 'China cloud computing', '23%', 'basis not stated', 'c. 2015'],
      ['Tmall', 'China B2C e-commerce', '57%', 'transactions', 'H1 2014'],
    ])
  })

  it('renders its source line from the data', () => {
    expect(mount(MarketShareChart).get('figcaption').text())
      .toBe('Sources: East-West Center, 2015; Corriere Comunicazioni, Aug 2015; China E-Commerce Research Center, 2014')
  })

  it('follows a change of Aliyun\'s share in the data: bar, label and text alternative', () => {
    const wrapper = mount(MarketShareChart, { props: { data: withShare('aliyun-cloud-share', 30) } })
    expect(barWidth(wrapper, 'aliyun-cloud-share') / barWidth(wrapper, 'alibaba-b2b-share')).toBeCloseTo(30 / 44, 3)
    expect(wrapper.get('[data-figure="aliyun-cloud-share"] .value').text()).toBe('30%')
    expect(wrapper.get('desc').text()).toContain('Aliyun: 30% of China cloud computing')
    expect(wrapper.get('desc').text()).not.toContain('23%')
  })

  it('reveals one market per click step and everything without a step', async () => {
    const revealed = (w: ReturnType<typeof mount>) => IDS.filter(id => w.get(`[data-figure="${id}"]`).attributes('data-revealed') === 'true')
    const wrapper = mount(MarketShareChart, { props: { step: 0 } })
    expect(revealed(wrapper)).toEqual([])
    await wrapper.setProps({ step: 1 })
    expect(revealed(wrapper)).toEqual(['alibaba-b2b-share'])
    await wrapper.setProps({ step: 2 })
    expect(revealed(wrapper)).toEqual(['alibaba-b2b-share', 'aliyun-cloud-share'])
    await wrapper.setProps({ step: 3 })
    expect(revealed(wrapper)).toEqual(IDS)
    // Export and print: Slidev passes a very large click count; standalone there is no step at all.
    await wrapper.setProps({ step: 999999 })
    expect(revealed(wrapper)).toEqual(IDS)
    expect(revealed(mount(MarketShareChart))).toEqual(IDS)
  })

  it('shows a visible error naming the record, field and value instead of a chart when the data is invalid', () => {
    const wrapper = mount(MarketShareChart, { props: { data: withShare('aliyun-cloud-share', 144) } })
    expect(wrapper.find('svg').exists()).toBe(false)
    const alert = wrapper.get('[role="alert"]').text()
    expect(alert).toContain('"aliyun-cloud-share": field "value"')
    expect(alert).toContain('(got 144)')
  })

  it('shows a visible error for an unknown figure id', () => {
    const wrapper = mount(MarketShareChart, { props: { figures: ['alibaba-b2b-share', 'aliyun-cloud-shar'] } })
    expect(wrapper.get('[role="alert"]').text()).toContain('Unknown figure id "aliyun-cloud-shar"')
  })
})
