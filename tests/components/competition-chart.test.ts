import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import { fixtureDeck, withValue } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

// Written for the test (tests/fixtures/deck.ts): Test IaaS, Southco 27.5%, Westel 14.2%, Eastcom 8.3%;
// the remainder is 100 - 50 = 50.0, not a published share.
function chart(data = fixtureDeck()) {
  return mount(CompetitionChart, {
    props: {
      market: 'test-iaas',
      highlight: 'iaas-south',
      compareWith: 'south-cloud',
    },
    global: provideDeckData(data),
  })
}

function width(wrapper: ReturnType<typeof mount>, row: string): number {
  return Number(wrapper.get(`[data-row="${row}"] rect`).attributes('width'))
}

describe('competitionChart', () => {
  it('draws bars in proportion to the shares, largest first, the remainder last', () => {
    const wrapper = chart()
    expect(wrapper.findAll('[data-row]').map(row => row.attributes('data-row'))).toEqual([
      'iaas-south',
      'iaas-west',
      'iaas-east',
      'remainder',
    ])
    expect(width(wrapper, 'iaas-west') / width(wrapper, 'iaas-south')).toBeCloseTo(14.2 / 27.5, 3)
    expect(width(wrapper, 'iaas-east') / width(wrapper, 'iaas-south')).toBeCloseTo(8.3 / 27.5, 3)
    expect(width(wrapper, 'remainder') / width(wrapper, 'iaas-south')).toBeCloseTo(50 / 27.5, 3)
  })

  it('labels the values as the source printed them and the remainder as not published', () => {
    const wrapper = chart()
    expect(wrapper.get('[data-row="iaas-south"]').text()).toContain('27.5%')
    expect(wrapper.get('[data-row="iaas-east"]').text()).toContain('8.3%')
    const remainder = wrapper.get('[data-row="remainder"]').text()
    expect(remainder).toContain('50.0%')
    expect(remainder).toContain('not a published share')
  })

  it('highlights the holder it is asked to', () => {
    expect(chart().findAll('rect.highlight').map(rect => rect.element.parentElement!.getAttribute('data-row'))).toEqual(['iaas-south'])
  })

  it('says it is another source and definition than the figure it is compared with', () => {
    const wrapper = chart()
    expect(wrapper.get('.definition').text()).toContain('different source and definition')
    expect(wrapper.get('.definition').text()).toContain('17% of Test cloud')
    expect(wrapper.get('figcaption').text()).toBe('Source: Review C, 2016')
  })

  it('states every value in its text alternative and hidden table', () => {
    const wrapper = chart()
    const desc = wrapper.get('desc').text()
    const values = [
      'Southco: 27.5%',
      'Westel: 14.2%',
      'Eastcom: 8.3%',
      'Remainder, all others: 50.0%',
    ]
    expect(values.filter(text => !desc.includes(text)), 'values the text alternative lacks').toEqual([])
    expect(wrapper.get('table.sr-only').text()).toContain('not a published figure')
  })

  it('follows a change in the data, remainder and all', () => {
    const wrapper = chart(withValue('iaas-south', 35))
    expect(wrapper.get('[data-row="iaas-south"]').text()).toContain('35.0%')
    expect(wrapper.get('[data-row="remainder"]').text()).toContain('42.5%')
    expect(width(wrapper, 'iaas-west') / width(wrapper, 'iaas-south')).toBeCloseTo(14.2 / 35, 3)
  })

  it('draws a market the named shares fill completely with a zero remainder', () => {
    const wrapper = chart(withValue('iaas-east', 0, withValue('iaas-west', 0, withValue('iaas-south', 100))))
    expect(width(wrapper, 'remainder')).toBe(0)
    expect(wrapper.get('[data-row="remainder"]').text()).toContain('0.0%')
  })

  it('refuses shares adding up to more than 100 with a visible error', () => {
    const wrapper = chart(withValue('iaas-south', 90))
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toContain('market "test-iaas"')
  })

  it('refuses a market no figure belongs to, naming it', () => {
    const wrapper = mount(CompetitionChart, {
      props: { market: 'no-market' },
      global: provideDeckData(fixtureDeck()),
    })
    expect(wrapper.get('[role="alert"]').text()).toContain('"no-market"')
  })
})

describe('competitionChart\'s difference marks', () => {
  it('draws the ratio bracket with an arrowhead and the ratio computed from the data', () => {
    const mark = chart().get('[data-mark="ratio"]')
    expect(mark.text()).toBe('×1.9') // 27.5 / 14.2
    expect(mark.findAll('line[marker-end]')).toHaveLength(1)
    expect(chart(withValue('iaas-west', 11)).get('[data-mark="ratio"]').text()).toBe('×2.5')
  })

  it('draws the arrow against the other source\'s figure, saying it is another source', () => {
    expect(chart().get('[data-mark="points"]').text()).toBe('+11 pts vs 17% (2015, another source and definition)')
  })
})
