import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ExpansionTimeline from '../../components/ExpansionTimeline.vue'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import FootprintMap from '../../components/FootprintMap.vue'
import { fixtureDeck, fixtureWith } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'
import { textAlternative } from '../text-alternative.ts'

// Written for the test (tests/fixtures/deck.ts): 7 exchange cities a list names, a count of 9 sites, five regions
// (Hangzhou, Hong Kong and San Jose open by the July 2016 partnership, Singapore and Shenzhen later),
// five events, the listing dated differently by another source.
const data = fixtureDeck()
const global = provideDeckData(data)

const visible = (wrapper: VueWrapper, selector: string) => !wrapper.get(selector).classes().includes('step-hidden')

/** Whether a stepped chart's takeaway is hidden at click `step` (none: no step, as in an export). */
function takeawayHidden(chart: typeof FootprintMap | typeof ExpansionTimeline, step?: number): boolean {
  return mount(chart, {
    props: { step },
    slots: { default: 'The takeaway.' },
    global,
  }).get('.chart-takeaway').classes().includes('step-hidden')
}

describe('footprintMap', () => {
  const wrapper = mount(FootprintMap, {
    global,
  })

  it('draws one circle per listed city and one diamond per region open at the partnership', () => {
    const metroIds = wrapper.findAll('g.metros circle.metro').map(c => c.attributes('data-id'))
    expect(new Set(metroIds)).toEqual(new Set(data.ecx.metros.map(m => m.id)))
    expect(metroIds).toHaveLength(7)
    expect(wrapper.findAll('g.regions path.region').map(p => p.attributes('data-id'))).toEqual(['r-hangzhou', 'r-hong-kong', 'r-san-jose'])
  })

  it('rings and labels the cities where both stand and links them', () => {
    expect(wrapper.findAll('.meeting .site-label').map(t => t.text())).toEqual(['Hong Kong', 'San Jose'])
    expect(wrapper.findAll('.bridge-lines .ring').map(ring => ring.attributes('data-id'))).toEqual(['hong-kong', 'san-jose'])
    expect(wrapper.get('path.link').attributes('d')).toMatch(/^M[\d.]+,[\d.]+L/)
    expect(wrapper.find('path.land').attributes('aria-hidden')).toBe('true')
  })

  it('labels the cities for what their source says, and says the article counts facilities, not cities', () => {
    expect(wrapper.findAll('.legend text').map(t => t.text())).toEqual(['Aliyun region open July 2016', 'Exchange cities (Atlas D)', 'Where the two meet'])
    expect(wrapper.get('text.note').text()).toMatch(/article counts 9.*facilities.*identify 7 cities/)
    expect(wrapper.text()).not.toMatch(/not publicly listed|unlisted|further/i)
  })

  it('meets Hong Kong at the Hong Kong region, not at a neighbouring city listed first', () => {
    const withShenzhen = fixtureWith((d) => {
      d.regions.unshift({ ...d.regions[3]!, id: 'r-shenzhen-early', opened: '2015-03',
      })
    })
    const map = mount(FootprintMap, {
      global: provideDeckData(withShenzhen),
    })
    expect(map.findAll('.meeting').map(m => m.attributes('data-id'))).toEqual(['hong-kong', 'san-jose'])
    expect(map.findAll('g.regions path.region').map(p => p.attributes('data-id'))).toContain('r-shenzhen-early')
  })

  it('gives screen readers what is shown and the key values', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('Where Aliyun and Equinix Cloud Exchange meet, July 2016')
    expect(description).toContain('3 Aliyun regions open in July 2016: Hangzhou, Hong Kong and San Jose')
    expect(description).toContain('the 7 cities Atlas D lists as exchange sites: Hong Kong, San Jose, Chicago, Tokyo, London, Sydney and Seattle')
    expect(description).toContain('The article counts 9 Cloud Exchange facilities; the sources identify cities, not facilities.')
    expect(description).toMatch(/meet in Hong Kong and San Jose/)
  })

  it('renders its source line from the data', () => {
    expect(wrapper.get('.source-line').text()).toBe('Sources: Daily A, 12 July 2016; Atlas D, 20 May 2016; Wire B, 3 Nov 2015')
  })

  it('follows the partnership\'s date: a later deal shows the regions open by then', () => {
    const later = mount(FootprintMap, {
      global: provideDeckData(fixtureWith((d) => { d.events[3]!.date = '2016-09' })),
    })
    expect(textAlternative(later).name).toMatch(/Sept 2016$/)
    expect(later.findAll('g.regions path.region')).toHaveLength(4)
  })

  it('reveals regions, then metros, then the bridge, one click each', () => {
    const at = (step: number) => mount(FootprintMap, {
      props: { step },
      global,
    })
    const state = (w: VueWrapper) => ['g.regions', 'g.metros', 'g.bridge'].map(s => visible(w, s))
    const lines = (w: VueWrapper) => visible(w, 'g.bridge-lines')
    expect(state(at(0))).toEqual([false, false, false])
    expect(state(at(1))).toEqual([true, false, false])
    expect(state(at(2))).toEqual([true, true, false])
    expect(state(at(3))).toEqual([true, true, true])
    // The bridge's line and rings come with its labels, at the third click.
    expect([
      lines(at(2)),
      lines(at(3)),
    ]).toEqual([false, true])
    expect(state(wrapper)).toEqual([true, true, true])
  })

  it('brings its takeaway with the bridge, the last click, and shows it without a step', () => {
    expect([0, 2, 3, undefined].map(step => takeawayHidden(FootprintMap, step))).toEqual([true, true, false, false])
  })

  it('refuses a metro at latitude 95 with a visible error naming it, not a misplaced dot', () => {
    const error = mount(FootprintMap, {
      global: provideDeckData(fixtureWith((d) => { d.ecx.metros[2]!.lat = 95 })),
    })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/ecx\.metros\[2\] "chicago": field "lat".*\(got 95\)/)
  })

  it('refuses a metro listed twice instead of drawing it twice', () => {
    const error = mount(FootprintMap, {
      global: provideDeckData(fixtureWith((d) => { d.ecx.metros.push({ ...d.ecx.metros[0]!, id: 'hong-kong-again' }) })),
    })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/"hong-kong-again": field "name" is listed twice/)
  })

  it('says what is missing when the data names no partnership', () => {
    const error = mount(FootprintMap, {
      global: provideDeckData(fixtureWith((d) => { delete d.partnership })),
    })
    expect(error.get('[role="alert"]').text()).toMatch(/field "partnership" is missing/)
  })
})

describe('facilitiesChart', () => {
  const wrapper = mount(FacilitiesChart, {
    global,
  })

  it('draws the listed cities by continent, one cell each, under the label of what the list is', () => {
    const rows = wrapper.findAll('g.ecx-row')
    expect(rows.map(r => [
      r.attributes('data-label'),
      r.findAll('circle.cell').length,
      r.get('text.count').text(),
    ])).toEqual([
      ['North America', 3, '3'],
      ['Asia', 2, '2'],
      ['Europe', 1, '1'],
      ['Oceania', 1, '1'],
    ])
    expect(wrapper.findAll('text.panel-title')[0]!.text()).toBe('Exchange cities (Atlas D)')
    expect(wrapper.text()).toContain('7 cities')
  })

  it('states the article\'s facility count in words, never as cells or a row of unlisted places', () => {
    expect(wrapper.get('text.article-count').text()).toBe('The article counts 9 Cloud Exchange facilities;')
    expect(wrapper.findAll('circle.cell')).toHaveLength(7)
    expect(wrapper.text()).not.toMatch(/not publicly listed|unlisted/i)
  })

  it('draws regions by country or region, filled when open at the partnership and outlined when later', () => {
    const rows = wrapper.findAll('g.aliyun-row')
    expect(rows.map(r => [
      r.attributes('data-label'),
      r.findAll('rect.cell:not(.later)').length,
      r.findAll('rect.cell.later').length,
    ])).toEqual([
      ['China', 1, 1],
      ['Hong Kong', 1, 0],
      ['United States', 1, 0],
      ['Singapore', 0, 1],
    ])
    expect(wrapper.text()).toContain('Aliyun regions by country or region, to Oct 2016')
    expect(wrapper.text()).toContain('open at the partnership, July 2016')
    expect(wrapper.text()).toContain('Shenzhen: exact month unknown')
  })

  it('gives screen readers the counts', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toMatch(/by continent.*by country or region/)
    expect(description).toContain('Left: Exchange cities (Atlas D), by continent, 7 in all: North America 3, Asia 2, Europe 1, Oceania 1.')
    expect(description).toContain('The article counts 9 Cloud Exchange facilities')
    expect(description).toContain('China 2 (1 open in July 2016, 1 opened by Oct 2016: Hangzhou and Shenzhen)')
  })

  it('renders its source line from the data', () => {
    expect(wrapper.get('.source-line').text()).toBe('Sources: Daily A, 12 July 2016; Atlas D, 20 May 2016; Wire B, 3 Nov 2015; Review C, 2016')
  })

  it('follows a new facility count in the data, in words', () => {
    const big = mount(FacilitiesChart, {
      global: provideDeckData(fixtureWith((d) => { (d.figures[6] as { value: number }).value = 60 })),
    })
    expect(big.get('text.article-count').text()).toBe('The article counts 60 Cloud Exchange facilities;')
    expect(big.findAll('circle.cell')).toHaveLength(7)
  })

  it('refuses an unknown continent with a visible error naming the record', () => {
    const error = mount(FacilitiesChart, {
      global: provideDeckData(fixtureWith((d) => { (d.ecx.metros[1] as { continent: string }).continent = 'Antarctica' })),
    })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/ecx\.metros\[1\] "san-jose": field "continent".*\(got "Antarctica"\)/)
  })
})

describe('expansionTimeline', () => {
  const wrapper = mount(ExpansionTimeline, {
    global,
  })

  it('draws the events in date order with their dates', () => {
    const events = wrapper.findAll('g.event')
    expect(events.map(e => e.attributes('data-id'))).toEqual([
      'ev-hk',
      'ev-listing',
      'ev-us',
      'ev-deal',
      'ev-sg',
    ])
    expect(events.map(e => e.get('text.date').text())).toEqual([
      'May 2015',
      'Nov 2015',
      'March 2016',
      'July 2016',
      'Sept 2016',
    ])
    const xs = events.map(e => Number(e.get('circle.dot').attributes('cx')))
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
  })

  it('highlights the partnership the data names', () => {
    expect(wrapper.findAll('g.event.highlight').map(e => e.get('text.label').text())).toEqual(['The partnership'])
  })

  it('marks an event other sources date differently and discloses it under the chart', () => {
    expect(wrapper.get('[data-id="ev-listing"] text.label').text()).toBe('Listing *')
    expect(wrapper.get('.timeline-note').text()).toBe('* Daily A dates the listing to December 2015.')
  })

  it('leaves the mark and the footnote out when the deck makes its corrections elsewhere', () => {
    const plain = mount(ExpansionTimeline, {
      props: { footnotes: false },
      global,
    })
    expect(plain.get('[data-id="ev-listing"] text.label').text()).toBe('Listing')
    expect(plain.findAll('.timeline-note')).toEqual([])
  })

  it('adds one event per click, in date order, each footnote with its event', () => {
    const shown = (step: number) => mount(ExpansionTimeline, {
      props: { step },
      global,
    }).findAll('g.event:not(.step-hidden)').map(e => e.attributes('data-id'))
    expect(shown(0)).toEqual([])
    expect(shown(1)).toEqual(['ev-hk'])
    expect(shown(3)).toEqual(['ev-hk', 'ev-listing', 'ev-us'])
    expect(shown(5)).toHaveLength(5)
    const note = (step: number) => !mount(ExpansionTimeline, {
      props: { step },
      global,
    }).get('.timeline-note').classes().includes('step-hidden')
    expect([
      note(1),
      note(2),
    ]).toEqual([false, true])
  })

  it('brings its takeaway with the last event, and shows it without a step', () => {
    expect([0, 4, 5, undefined].map(step => takeawayHidden(ExpansionTimeline, step))).toEqual([true, true, false, false])
  })

  it('gives screen readers every event with its date', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('Alibaba\'s push abroad, May 2015 to Sept 2016')
    expect(description).toMatch(/5 events in date order/)
    expect(description).toContain('July 2016: The partnership, What happened at The partnership.')
    expect(description).toContain('December 2015')
  })

  it('renders its source line from the data', () => {
    expect(wrapper.get('.source-line').text()).toBe('Source: Wire B, 3 Nov 2015')
  })

  it('refuses an event date that does not parse with a visible error naming the event', () => {
    const error = mount(ExpansionTimeline, {
      global: provideDeckData(fixtureWith((d) => { d.events[3]!.date = 'mid-2016' })),
    })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/events\[3\] "ev-deal": field "date".*\(got "mid-2016"\)/)
  })
})
