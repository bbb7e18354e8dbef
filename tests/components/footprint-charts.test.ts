import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ExpansionTimeline from '../../components/ExpansionTimeline.vue'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import FootprintMap from '../../components/FootprintMap.vue'
import { rawDeckData, type DeckDataInput } from '../../data/index.ts'
import { footprintDeck } from '../unit/fixtures/footprint-deck.ts'

const data = rawDeckData

/** A copy of the given data with one thing changed. */
function changed(input: DeckDataInput, change: (copy: DeckDataInput) => void): DeckDataInput {
  const copy = structuredClone(input)
  change(copy)
  return copy
}

/** A copy of the deck's data with one thing broken. */
function broken(change: (copy: DeckDataInput) => void): DeckDataInput {
  const copy = structuredClone(rawDeckData)
  change(copy)
  return copy
}

/** The accessible name and description of the chart's svg, as a screen reader gets them. */
function textAlternative(wrapper: VueWrapper): { name: string, description: string } {
  const svg = wrapper.get('svg[role="img"]')
  const name = wrapper.get(`[id="${svg.attributes('aria-labelledby')}"]`).text()
  const description = wrapper.get(`[id="${svg.attributes('aria-describedby')}"]`).text()
  return { name, description }
}

const visible = (wrapper: VueWrapper, selector: string) => !wrapper.get(selector).classes().includes('step-hidden')

describe('FootprintMap', () => {
  // A footprint written for the test: five listed cities, a count of nine facilities, regions either side of June 2015.
  const fixture = footprintDeck()
  const wrapper = mount(FootprintMap, { props: { data: fixture } })

  it('draws one circle per listed city and one diamond per region open in June 2015', () => {
    expect(wrapper.findAll('g.metros circle.metro').map(c => c.attributes('data-id'))).toEqual(['hong-kong', 'silicon-valley', 'chicago', 'london', 'sydney'])
    expect(wrapper.findAll('g.regions path.region').map(p => p.attributes('data-id')).sort())
      .toEqual(['r-hangzhou', 'r-hong-kong', 'r-silicon-valley'])
  })

  it('rings and labels Hong Kong and Silicon Valley and links them', () => {
    expect(wrapper.findAll('.meeting .site-label').map(t => t.text())).toEqual(['Hong Kong', 'Silicon Valley'])
    expect(wrapper.findAll('.meeting .ring')).toHaveLength(2)
    expect(wrapper.get('path.link').attributes('d')).toMatch(/^M[\d.]+,[\d.]+L/)
    expect(wrapper.find('path.land').attributes('aria-hidden')).toBe('true')
  })

  it('labels the cities for what their source says, and says the article counts facilities, not cities', () => {
    expect(wrapper.findAll('.legend text').map(t => t.text())).toEqual(['Aliyun region open June 2015', 'Exchange cities on a list, May 2015', 'Where the two meet'])
    expect(wrapper.get('text.note').text()).toMatch(/article counts 9.*facilities.*identify 5 cities/)
    expect(wrapper.text()).not.toMatch(/not publicly listed|unlisted|further/i)
  })

  it('gives screen readers what is shown and the key values', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toMatch(/Aliyun and Equinix Cloud Exchange.*June 2015/)
    expect(description).toContain('the 3 Aliyun regions open in June 2015: Hangzhou, Hong Kong and Silicon Valley')
    expect(description).toContain('the 5 cities a list names for the exchange: Hong Kong, Silicon Valley, Chicago, London and Sydney')
    expect(description).toContain('The article counts 9 Cloud Exchange facilities; the sources identify cities, not facilities.')
    expect(description).toMatch(/meet in Hong Kong and Silicon Valley/)
  })

  it('renders its source line from the data', () => {
    expect(wrapper.get('.source-line').text()).toBe('Sources: A Paper, Oct 2015; A City List, 13 May 2015')
  })

  it('reveals regions, then cities, then the bridge, one click each', () => {
    const at = (step: number) => mount(FootprintMap, { props: { data: fixture, step } })
    const state = (w: VueWrapper) => ['g.regions', 'g.metros', 'g.bridge'].map(s => visible(w, s))
    expect(state(at(0))).toEqual([false, false, false])
    expect(state(at(1))).toEqual([true, false, false])
    expect(state(at(2))).toEqual([true, true, false])
    expect(state(at(3))).toEqual([true, true, true])
    expect(state(wrapper)).toEqual([true, true, true])
  })

  it('meets Hong Kong at the Hong Kong region, not at a neighbouring city listed first', () => {
    const withShenzhen = footprintDeck()
    withShenzhen.regions.unshift({ id: 'r-shenzhen', name: 'Shenzhen', country: 'China', lat: 22.54, lon: 114.06, opened: '2015-03', openedBy: true, sources: ['paper'], confidence: 'high' })
    const map = mount(FootprintMap, { props: { data: withShenzhen } })
    expect(map.findAll('.meeting').map(m => m.attributes('data-id'))).toEqual(['hong-kong', 'silicon-valley'])
    expect(map.findAll('g.regions path.region').map(p => p.attributes('data-id'))).toContain('r-shenzhen')
  })

  it('refuses a city at latitude 95 with a visible error naming it, not a misplaced dot', () => {
    const error = mount(FootprintMap, { props: { data: changed(fixture, (d) => { d.ecx.metros[3]!.lat = 95 }) } })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/ecx\.metros\[3\] "london": field "lat".*\(got 95\)/)
  })

  it('refuses a city listed twice instead of drawing it twice', () => {
    const error = mount(FootprintMap, { props: { data: changed(fixture, (d) => { d.ecx.metros.push({ ...d.ecx.metros[0]!, id: 'hong-kong-again' }) }) } })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/"hong-kong-again": field "name" is listed twice/)
  })
})

describe('FacilitiesChart', () => {
  const fixture = footprintDeck()
  const wrapper = mount(FacilitiesChart, { props: { data: fixture } })

  it('draws the listed cities by continent, one cell each, under the label of what the list is', () => {
    const rows = wrapper.findAll('g.ecx-row')
    expect(rows.map(r => [r.attributes('data-label'), r.findAll('circle.cell').length, r.get('text.count').text()])).toEqual([
      ['North America', 2, '2'], ['Asia', 1, '1'], ['Europe', 1, '1'], ['Oceania', 1, '1'],
    ])
    expect(wrapper.findAll('text.panel-title')[0]!.text()).toBe('Exchange cities on a list, May 2015')
    expect(wrapper.text()).toContain('5 cities')
  })

  it('states the article\'s facility count in words, never as cells or a row of unlisted places', () => {
    expect(wrapper.get('text.article-count').text()).toBe('The article counts 9 Cloud Exchange facilities;')
    expect(wrapper.findAll('circle.cell')).toHaveLength(5)
    expect(wrapper.text()).not.toMatch(/not publicly listed|unlisted/i)
  })

  it('draws Aliyun regions by country, filled when open at the partnership and outlined when later', () => {
    const rows = wrapper.findAll('g.aliyun-row')
    expect(rows.map(r => [r.attributes('data-label'), r.findAll('rect.cell:not(.later)').length, r.findAll('rect.cell.later').length])).toEqual([
      ['China', 1, 1], ['Hong Kong', 1, 0], ['United States', 1, 0], ['Singapore', 0, 1],
    ])
    expect(wrapper.text()).toContain('Shanghai: exact month unknown')
  })

  it('gives screen readers the counts', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toMatch(/by continent.*by country/)
    expect(description).toContain('Left: Exchange cities on a list, May 2015, by continent, 5 in all: North America 2, Asia 1, Europe 1, Oceania 1.')
    expect(description).toContain('The article counts 9 Cloud Exchange facilities')
    expect(description).toContain('China 2 (1 open in June 2015, 1 opened by Oct 2015: Hangzhou and Shanghai)')
  })

  it('renders its source line from the data', () => {
    expect(wrapper.get('.source-line').text()).toBe('Sources: A Paper, Oct 2015; A City List, 13 May 2015')
  })

  it('refuses an unknown continent with a visible error naming the record', () => {
    const error = mount(FacilitiesChart, { props: { data: changed(fixture, (d) => { (d.ecx.metros[1] as { continent: string }).continent = 'Antarctica' }) } })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/ecx\.metros\[1\] "silicon-valley": field "continent".*\(got "Antarctica"\)/)
  })
})

describe('ExpansionTimeline', () => {
  const wrapper = mount(ExpansionTimeline, { props: { data } })

  it('draws the seven events in date order with their dates', () => {
    const events = wrapper.findAll('g.event')
    expect(events.map(e => e.attributes('data-id'))).toEqual(['hk-region', 'ipo', 'costco-tmall', 'us-region', 'equinix-deal', 'sg-region', 'us-region-2'])
    expect(events.map(e => e.get('text.date').text())).toEqual(['May 2014', 'Sept 2014', 'Oct 2014', 'March 2015', 'June 2015', 'Sept 2015', 'Oct 2015'])
    expect(events.map(e => Number(e.get('circle.dot').attributes('cx')))).toEqual([...events.map(e => Number(e.get('circle.dot').attributes('cx')))].sort((a, b) => a - b))
  })

  it('highlights the partnership', () => {
    expect(wrapper.findAll('g.event.highlight').map(e => e.get('text.label').text())).toEqual(['Equinix partnership'])
  })

  it('marks Costco and discloses the article\'s "November" under the chart', () => {
    expect(wrapper.get('[data-id="costco-tmall"] text.label').text()).toBe('Costco on Tmall *')
    expect(wrapper.get('.timeline-note').text()).toBe('* The article dates the Costco deal to November 2014; it launched in October 2014.')
  })

  it('leaves the mark and the footnote out when the deck makes its corrections elsewhere', () => {
    const plain = mount(ExpansionTimeline, { props: { data, footnotes: false } })
    expect(plain.get('[data-id="costco-tmall"] text.label').text()).toBe('Costco on Tmall')
    expect(plain.findAll('.timeline-note')).toEqual([])
  })

  it('adds one event per click, in date order', () => {
    const shown = (step: number) => mount(ExpansionTimeline, { props: { data, step } }).findAll('g.event:not(.step-hidden)').map(e => e.attributes('data-id'))
    expect(shown(0)).toEqual([])
    expect(shown(1)).toEqual(['hk-region'])
    expect(shown(3)).toEqual(['hk-region', 'ipo', 'costco-tmall'])
    expect(shown(7)).toHaveLength(7)
    const note = (step: number) => !mount(ExpansionTimeline, { props: { data, step } }).get('.timeline-note').classes().includes('step-hidden')
    expect([note(2), note(3)]).toEqual([false, true])
  })

  it('gives screen readers every event with its date', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('Alibaba\'s push abroad, May 2014 to Oct 2015')
    expect(description).toMatch(/7 events in date order/)
    expect(description).toContain('June 2015: Equinix partnership, ECX in Hong Kong and Silicon Valley.')
    expect(description).toContain('November 2014')
  })

  it('renders its source line from the data', () => {
    expect(wrapper.get('.source-line').text()).toMatch(/^Sources: Dataconomy, 12 May 2014; Reuters, 22 Sept 2014/)
  })

  it('refuses an event date that does not parse with a visible error naming the event', () => {
    const error = mount(ExpansionTimeline, { props: { data: broken((d) => { d.events[4]!.date = 'mid-2015' }) } })
    expect(error.find('svg').exists()).toBe(false)
    expect(error.get('[role="alert"]').text()).toMatch(/events\[4\] "equinix-deal": field "date".*\(got "mid-2015"\)/)
  })
})
