import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { fixtureDeck, withValue } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'
import { textAlternative } from '../text-alternative.ts'

// Written for the test (tests/fixtures/deck.ts): Northwind 38% of widgets (low confidence), Southco 17% of
// cloud, Eastern 61% of retail.
const IDS = ['north-widgets', 'south-cloud', 'east-retail']
function chart(props: Record<string, unknown> = {}, deck = fixtureDeck()) {
  return mount(MarketShareChart, {
    props: { figures: IDS, ...props },
    global: provideDeckData(deck),
  })
}

function barWidth(wrapper: ReturnType<typeof mount>, id: string): number {
  return Number(wrapper.get(`[data-figure="${id}"] rect.bar`).attributes('width'))
}

function restWidth(wrapper: ReturnType<typeof mount>, id: string): number {
  return Number(wrapper.get(`[data-figure="${id}"] rect.rest`).attributes('width'))
}

describe('marketShareChart', () => {
  it('draws bar lengths in proportion to the shares', () => {
    const wrapper = chart()
    expect(barWidth(wrapper, 'south-cloud') / barWidth(wrapper, 'north-widgets')).toBeCloseTo(17 / 38, 3)
    expect(barWidth(wrapper, 'east-retail') / barWidth(wrapper, 'north-widgets')).toBeCloseTo(61 / 38, 3)
  })

  it('sets each share against the rest of its own market', () => {
    const wrapper = chart()
    for (const [id, share] of [
      ['north-widgets', 38],
      ['south-cloud', 17],
      ['east-retail', 61],
    ] as const)
      expect(barWidth(wrapper, id) / (barWidth(wrapper, id) + restWidth(wrapper, id))).toBeCloseTo(share / 100, 3)
    expect(wrapper.get('[data-figure="south-cloud"]').text()).toContain('rest of market 83%')
  })

  it('labels each bar with its value, holder, market and period', () => {
    const row = chart().get('[data-figure="east-retail"]')
    expect(row.get('.value').text()).toBe('61%')
    expect(row.get('.holder').text()).toBe('Eastern')
    expect(row.get('.detail').text()).toContain('Test retail')
    expect(row.get('.detail').text()).toContain('H2 2015')
  })

  it('flags a low-confidence figure on the chart itself', () => {
    const wrapper = chart()
    expect(wrapper.get('[data-figure="north-widgets"] .detail').text()).toContain('unverified')
    expect(wrapper.get('[data-figure="south-cloud"] .detail').text()).not.toContain('unverified')
  })

  it('states the values in its text alternative and in a hidden data table', () => {
    const wrapper = chart()
    const desc = textAlternative(wrapper).description
    expect(desc).toContain('Northwind: 38% of Test widgets')
    expect(desc).toContain('Southco: 17% of Test cloud')
    expect(desc).toContain('Eastern: 61% of Test retail')
    const table = wrapper.get('table.sr-only').text()
    for (const text of [
      'Northwind',
      '38%',
      'Test cloud',
      'transactions',
      'H2 2015',
    ])
      expect(table).toContain(text)
  })

  it('cites the sources of the figures it draws', () => {
    expect(chart().get('.source-line').text()).toBe('Sources: Daily A, 12 July 2016; Wire B, 3 Nov 2015; Review C, 2016')
  })

  it('follows a change in the data', () => {
    const wrapper = chart({}, withValue('south-cloud', 30))
    expect(barWidth(wrapper, 'south-cloud') / barWidth(wrapper, 'north-widgets')).toBeCloseTo(30 / 38, 3)
    expect(wrapper.get('[data-figure="south-cloud"] .value').text()).toBe('30%')
  })

  it('draws 0% and 100% as an empty and a full bar, labels inside the chart', () => {
    const wrapper = chart({}, withValue('east-retail', 100, withValue('north-widgets', 0)))
    expect(barWidth(wrapper, 'north-widgets')).toBe(0)
    expect(restWidth(wrapper, 'east-retail')).toBe(0)
    expect(wrapper.get('[data-figure="north-widgets"] .value').text()).toBe('0%')
    expect(wrapper.get('[data-figure="east-retail"] .value').text()).toBe('100%')
    const width = Number(wrapper.get('svg').attributes('viewBox')!.split(' ')[2])
    for (const id of ['north-widgets', 'east-retail'])
      expect(Number(wrapper.get(`[data-figure="${id}"] .value`).attributes('x'))).toBeLessThanOrEqual(width)
  })

  it('shows one more market per click step, all without a step', () => {
    const revealed = (w: ReturnType<typeof mount>) => IDS.filter(id => w.get(`[data-figure="${id}"]`).attributes('data-revealed') === 'true')
    expect(revealed(chart({ step: 0 }))).toEqual([])
    // Northwind's 38% is unverified: it comes last, whatever the order given.
    expect(revealed(chart({ step: 1 }))).toEqual(['south-cloud'])
    expect(revealed(chart({ step: 2 }))).toEqual(['south-cloud', 'east-retail'])
    expect(revealed(chart())).toEqual(IDS)
  })

  it('never leads with the unverified share: drawn last, hatched, flagged', () => {
    const wrapper = chart()
    expect(wrapper.findAll('[data-figure]').map(row => row.attributes('data-figure'))).toEqual(['south-cloud', 'east-retail', 'north-widgets'])
    const unverified = wrapper.get('[data-figure="north-widgets"]')
    expect(unverified.get('rect.bar').attributes('style')).toMatch(/fill: url\(#.+\)/)
    const hatch = unverified.get('rect.bar').attributes('style')!.match(/url\(#(.+)\)/)![1]
    expect(wrapper.findAll('pattern').map(p => p.attributes('id'))).toContain(hatch)
    expect(unverified.text()).toContain('unverified')
    expect(wrapper.get('[data-figure="south-cloud"] rect.bar').attributes('style')).toBeUndefined()
  })

  it('shows every name and an empty track at step 0, the values hidden, the takeaway with the last click', () => {
    const at = (step: number) => mount(MarketShareChart, {
      props: { figures: IDS, step },
      slots: { default: 'The takeaway.' },
      global: provideDeckData(fixtureDeck()),
    })
    const first = at(0)
    for (const id of IDS) {
      const row = first.get(`[data-figure="${id}"]`)
      expect(row.get('.frame').classes()).toContain('ghost')
      expect(row.get('.frame').element.closest('.step-hidden')).toBeNull()
      expect(row.get('.frame').text()).not.toBe('')
      expect(row.get('.values').classes()).toContain('step-hidden')
    }
    expect(first.get('.chart-takeaway').classes()).toContain('step-hidden')
    expect(at(2).get('.chart-takeaway').classes()).toContain('step-hidden')
    const last = at(3)
    expect(last.get('.chart-takeaway').classes()).not.toContain('step-hidden')
    expect(last.findAll('.frame.ghost')).toHaveLength(0)
  })

  it('refuses a share over 100 with a visible error naming the record, field and value', () => {
    const wrapper = chart({}, withValue('south-cloud', 144))
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toMatch(/"south-cloud": field "value" .*\(got 144\)/)
  })

  it('refuses an unknown figure id, naming it', () => {
    const wrapper = chart({
      figures: ['north-widgets', 'south-clod'],
    })
    expect(wrapper.get('[role="alert"]').text()).toContain('"south-clod"')
  })

  it('refuses a figure that is not a share', () => {
    expect(chart({
      figures: ['sites-total'],
    }).get('[role="alert"]').text()).toMatch(/"sites-total" is a count/)
  })
})
