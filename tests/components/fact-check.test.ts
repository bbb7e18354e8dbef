import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheck from '../../components/FactCheck.vue'
import { rawDeckData } from '../../data/index.ts'
import { claimsDeck } from '../unit/fixtures/claims-deck.ts'

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
      [...rawDeckData.figures, ...rawDeckData.events, ...rawDeckData.regions, ...rawDeckData.claims ?? []].filter(r => r.disagreement).length,
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

  it('lists claims by their short subject with sources and confidence, split evenly over the pages asked for', () => {
    const data = claimsDeck()
    const page = (n: number, of: number) => mount(FactCheck, { props: { data, part: 'claims', page: n, of } })
    const cells = (w: ReturnType<typeof mount>) => w.findAll('tr[data-claim]').map(tr => tr.findAll('th, td').map(c => c.text()))
    data.claims![1]!.subject = 'Founded in a flat'
    expect(cells(page(1, 1))).toEqual([
      ['The firm opened in Hong Kong first.', 'Paper A, June 2015', 'high'],
      ['Founded in a flat', 'Paper B, 1 July 2015', 'medium'],
      ['The firm plans more sites.', 'Paper A, June 2015', 'low'],
    ])
    expect([1, 2].map(n => page(n, 2).findAll('tr[data-claim]').map(tr => tr.attributes('data-claim')))).toEqual([['said', 'kept'], ['forgotten']])
    expect(page(1, 1).findAll('[data-note]')).toHaveLength(0)
  })

  it('refuses a page that does not exist, with a visible error', () => {
    const error = mount(FactCheck, { props: { data: claimsDeck(), part: 'claims', page: 3, of: 2 } })
    expect(error.get('[role="alert"]').text()).toMatch(/Page 3 of 2 does not exist/)
  })

  it('puts a claim\'s disagreement among the caveats, under its subject, and splits the caveats over pages', () => {
    const data = claimsDeck()
    data.claims![0]!.disagreement = 'Paper B says it opened in Macau first.'
    data.claims![0]!.subject = 'Where it began'
    data.claims![2]!.disagreement = 'Nobody else reports the plan.'
    const caveats = (n: number, of: number) => mount(FactCheck, { props: { data, part: 'caveats', page: n, of } }).findAll('[data-note]')
    expect(caveats(1, 1).map(li => [li.get('strong').text(), li.get('span').text()])).toEqual([
      ['Where it began', 'Paper B says it opened in Macau first.'],
      ['The firm plans more sites.', 'Nobody else reports the plan.'],
    ])
    expect([caveats(1, 2).length, caveats(2, 2).length]).toEqual([1, 1])
  })
})
