import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheck from '../../components/FactCheck.vue'
import { fixtureDeck, withValue } from '../fixtures/deck.ts'

const data = fixtureDeck()

function row(wrapper: ReturnType<typeof mount>, id: string): string[] {
  return wrapper.get(`tr[data-figure="${id}"]`).findAll('th, td').map(cell => cell.text())
}

describe('FactCheck', () => {
  it('lists a figure with its value, period, sources and confidence', () => {
    const wrapper = mount(FactCheck, { props: { data } })
    expect(row(wrapper, 'south-cloud')).toEqual(['Southco, Test cloud', '17%', '2015', 'Daily A, 12 July 2016; Wire B, 3 Nov 2015', 'medium'])
    expect(row(wrapper, 'listing')).toEqual(['Listing, all shares sold', '$12.5bn', 'Nov 2015', 'Wire B, 3 Nov 2015', 'high'])
  })

  it('lists every figure of the data, shares of one market together in one row', () => {
    const wrapper = mount(FactCheck, { props: { data } })
    expect(wrapper.findAll('tbody tr').map(tr => tr.attributes('data-figure'))).toEqual(['north-widgets', 'south-cloud', 'east-retail', 'iaas-south', 'sites-total', 'site-continents', 'listing'])
    expect(row(wrapper, 'iaas-south').slice(0, 2)).toEqual(['Test IaaS: Southco, Westel, Eastcom', '27.5%, 14.2%, 8.3%'])
  })

  it('lists each disagreement, figures\' and events\' alike', () => {
    const wrapper = mount(FactCheck, { props: { data } })
    expect(wrapper.findAll('[data-note]').map(note => note.attributes('data-note'))).toEqual(['north-widgets', 'south-cloud', 'ev-listing'])
    expect(wrapper.get('[data-note="ev-listing"]').text()).toContain('December 2015')
  })

  it('follows the data', () => {
    expect(row(mount(FactCheck, { props: { data: withValue('south-cloud', 24) } }), 'south-cloud')[1]).toBe('24%')
  })

  it('shows only the disagreements, each with its subject, on the caveats slide', () => {
    const wrapper = mount(FactCheck, { props: { data, part: 'caveats' } })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.get('[data-note="north-widgets"]').text()).toMatch(/^Northwind 38%\s*Only Daily A gives it\./)
    expect(wrapper.findAll('[data-note]')).toHaveLength(3)
  })

  it('shows only the table on the sources slide', () => {
    const wrapper = mount(FactCheck, { props: { data, part: 'sources' } })
    expect(wrapper.findAll('[data-note]')).toHaveLength(0)
    expect(row(wrapper, 'east-retail')[1]).toBe('61%')
  })
})
