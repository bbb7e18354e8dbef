import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheck from '../../components/FactCheck.vue'
import { rawDeckData } from '../../data/index.ts'

function row(wrapper: ReturnType<typeof mount>, id: string): string[] {
  return wrapper.get(`tr[data-figure="${id}"]`).findAll('th, td').map(cell => cell.text())
}

describe('FactCheck', () => {
  it('lists a figure with its value, period, sources and confidence', () => {
    const wrapper = mount(FactCheck)
    expect(row(wrapper, 'aliyun-cloud-share')).toEqual(['Aliyun, China cloud computing', '23%', 'c. 2015', 'East-West Center, 2015; Corriere Comunicazioni, Aug 2015', 'medium'])
    expect(row(wrapper, 'alibaba-ipo')).toEqual(['Alibaba IPO, with the over-allotment', '$25bn', 'Sept 2014', 'Reuters, 22 Sept 2014', 'high'])
  })

  it('lists every figure of the data module, shares of one market together', () => {
    const text = mount(FactCheck).get('table').text()
    for (const value of ['44%', '23%', '57%', '31.0%', '13.1%', '7.6%', '29.7%', '21', '$25bn', '$21.8bn', '120'])
      expect(text).toContain(value)
    expect(text).toContain('China public-cloud IaaS: Aliyun, China Telecom, China Unicom')
  })

  it('lists each disagreement, the Costco month from the timeline included', () => {
    const wrapper = mount(FactCheck)
    expect(wrapper.get('[data-note="costco-tmall"]').text()).toContain('October 2014')
    expect(wrapper.get('[data-note="aliyun-cloud-share"]').text()).toContain('almost 25%')
    expect(wrapper.findAll('[data-note]').length).toBe(
      rawDeckData.figures.filter(f => f.disagreement).length + rawDeckData.events.filter(e => e.disagreement).length,
    )
  })

  it('follows the data', () => {
    const data = structuredClone(rawDeckData)
    ;(data.figures.find(f => f.id === 'aliyun-cloud-share') as { value: number }).value = 24
    expect(row(mount(FactCheck, { props: { data } }), 'aliyun-cloud-share')[1]).toBe('24%')
  })

  it('shows only the disagreements, each with its subject, on the caveats slide', () => {
    const wrapper = mount(FactCheck, { props: { part: 'caveats' } })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.get('[data-note="alibaba-b2b-share"]').text()).toMatch(/^Alibaba 44%\s*No original source/)
    expect(wrapper.findAll('[data-note]').length).toBe(mount(FactCheck).findAll('[data-note]').length)
  })

  it('shows only the table on the sources slide', () => {
    const wrapper = mount(FactCheck, { props: { part: 'sources' } })
    expect(wrapper.findAll('[data-note]')).toHaveLength(0)
    expect(row(wrapper, 'tmall-b2c-share')[1]).toBe('57%')
  })
})
