import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import { rawDeckData, type DeckDataInput } from '../../data/index.ts'

// China public-cloud IaaS 2015 (Cloud Gateway): Aliyun 31.0%, China Telecom 13.1%, China Unicom 7.6%;
// the remainder is 100 - 51.7 = 48.3, not a published share.
function width(wrapper: ReturnType<typeof mount>, row: string): number {
  return Number(wrapper.get(`[data-row="${row}"] rect`).attributes('width'))
}

function withShare(id: string, value: number): DeckDataInput {
  const copy = structuredClone(rawDeckData)
  ;(copy.figures.find(f => f.id === id) as { value: number }).value = value
  return copy
}

describe('CompetitionChart', () => {
  it('draws bars in proportion to the shares, the remainder included', () => {
    const wrapper = mount(CompetitionChart)
    expect(width(wrapper, 'iaas-2015-china-telecom') / width(wrapper, 'iaas-2015-aliyun')).toBeCloseTo(13.1 / 31, 3)
    expect(width(wrapper, 'iaas-2015-china-unicom') / width(wrapper, 'iaas-2015-aliyun')).toBeCloseTo(7.6 / 31, 3)
    expect(width(wrapper, 'remainder') / width(wrapper, 'iaas-2015-aliyun')).toBeCloseTo(48.3 / 31, 3)
  })

  it('labels the values as the source printed them and the remainder as not published', () => {
    const wrapper = mount(CompetitionChart)
    expect(wrapper.get('[data-row="iaas-2015-aliyun"]').text()).toContain('31.0%')
    expect(wrapper.get('[data-row="iaas-2015-china-unicom"]').text()).toContain('7.6%')
    const remainder = wrapper.get('[data-row="remainder"]').text()
    expect(remainder).toContain('48.3%')
    expect(remainder).toContain('not a published share')
  })

  it('says it is another source and definition than the article\'s cloud figure', () => {
    const wrapper = mount(CompetitionChart)
    expect(wrapper.get('.definition').text()).toContain('different source and definition')
    expect(wrapper.get('.definition').text()).toContain('23% of China cloud computing')
    expect(wrapper.get('figcaption').text()).toBe('Source: Cloud Gateway, Aug 2016')
  })

  it('states every value in its text alternative and hidden table', () => {
    const wrapper = mount(CompetitionChart)
    const desc = wrapper.get('desc').text()
    for (const text of ['Aliyun: 31.0%', 'China Telecom: 13.1%', 'China Unicom: 7.6%', 'Remainder, all others: 48.3%'])
      expect(desc).toContain(text)
    expect(wrapper.get('table.sr-only').text()).toContain('not a published figure')
  })

  it('follows a change in the data, remainder and all', () => {
    const wrapper = mount(CompetitionChart, { props: { data: withShare('iaas-2015-aliyun', 35) } })
    expect(wrapper.get('[data-row="iaas-2015-aliyun"]').text()).toContain('35.0%')
    expect(wrapper.get('[data-row="remainder"]').text()).toContain('44.3%')
    expect(width(wrapper, 'iaas-2015-china-telecom') / width(wrapper, 'iaas-2015-aliyun')).toBeCloseTo(13.1 / 35, 3)
  })

  it('refuses shares adding up to more than 100 with a visible error', () => {
    const wrapper = mount(CompetitionChart, { props: { data: withShare('iaas-2015-aliyun', 90) } })
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toContain('market "china-iaas-2015"')
  })
})
