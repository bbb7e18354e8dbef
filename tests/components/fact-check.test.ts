import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FactCheck from '../../components/FactCheck.vue'
import { claimsDeck } from '../fixtures/claims-deck.ts'
import { fixtureDeck, fixtureWith, withValue } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

const global = provideDeckData(fixtureDeck())

function row(wrapper: ReturnType<typeof mount>, id: string): string[] {
  return wrapper.get(`tr[data-figure="${id}"]`).findAll('th, td').map(cell => cell.text())
}

describe('factCheck', () => {
  it('lists a figure with its value, period, sources and confidence', () => {
    const wrapper = mount(FactCheck, {
      global,
    })
    expect(row(wrapper, 'south-cloud')).toEqual([
      'Southco, Test cloud',
      '17%',
      '2015',
      'Daily A, 12 July 2016; Wire B, 3 Nov 2015',
      'medium',
    ])
    expect(row(wrapper, 'listing')).toEqual([
      'Listing, all shares sold',
      '$12.5bn',
      'Nov 2015',
      'Wire B, 3 Nov 2015',
      'high',
    ])
  })

  it('lists every figure of the data, shares of one market together in one row', () => {
    const wrapper = mount(FactCheck, {
      global,
    })
    expect(wrapper.findAll('tbody tr').map(tr => tr.attributes('data-figure'))).toEqual([
      'north-widgets',
      'south-cloud',
      'east-retail',
      'iaas-south',
      'sites-total',
      'site-continents',
      'listing',
    ])
    expect(row(wrapper, 'iaas-south').slice(0, 2)).toEqual(['Test IaaS: Southco, Westel, Eastcom', '27.5%, 14.2%, 8.3%'])
  })

  it('lists each disagreement, figures\' and events\' alike', () => {
    const wrapper = mount(FactCheck, {
      global,
    })
    expect(wrapper.findAll('[data-note]').map(note => note.attributes('data-note'))).toEqual(['north-widgets', 'south-cloud', 'ev-listing'])
    expect(wrapper.get('[data-note="ev-listing"]').text()).toContain('December 2015')
  })

  it('follows the data', () => {
    expect(row(mount(FactCheck, {
      global: provideDeckData(withValue('south-cloud', 24)),
    }), 'south-cloud')[1]).toBe('24%')
  })

  it('shows only the disagreements, each with its subject, on the caveats slide', () => {
    const wrapper = mount(FactCheck, {
      props: { part: 'caveats' },
      global,
    })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.get('[data-note="north-widgets"]').text()).toMatch(/^Northwind 38%\s*Only Daily A gives it\./)
    expect(wrapper.findAll('[data-note]')).toHaveLength(3)
  })

  it('shows only the table on the sources slide', () => {
    const wrapper = mount(FactCheck, {
      props: { part: 'sources' },
      global,
    })
    expect(wrapper.findAll('[data-note]')).toHaveLength(0)
    expect(row(wrapper, 'east-retail')[1]).toBe('61%')
  })

  it('lists claims by their short subject with sources and confidence, split evenly over the pages asked for', () => {
    const data = claimsDeck()
    const page = (n: number, of: number) => mount(FactCheck, {
      props: { part: 'claims', page: n, of },
      global: provideDeckData(data),
    })
    const cells = (w: ReturnType<typeof mount>) => w.findAll('tr[data-claim]').map(tr => tr.findAll('th, td').map(c => c.text()))
    data.claims![1]!.subject = 'Founded in a flat'
    expect(cells(page(1, 1))).toEqual([
      ['The firm opened in Hong Kong first.', 'Paper A, June 2015', 'high'],
      ['Founded in a flat', 'Paper B, 1 July 2015', 'medium'],
      ['The firm plans more sites.', 'Paper A, June 2015', 'low'],
    ])
    expect([1, 2].map(n => page(n, 2).findAll('tr[data-claim]').map(tr => tr.attributes('data-claim')))).toEqual([
      ['said', 'kept'],
      ['forgotten'],
    ])
    expect(page(1, 1).findAll('[data-note]')).toHaveLength(0)
  })

  it('refuses a page that does not exist, with a visible error', () => {
    const error = mount(FactCheck, {
      props: {
        part: 'claims',
        page: 3,
        of: 2,
      },
      global: provideDeckData(claimsDeck()),
    })
    expect(error.get('[role="alert"]').text()).toMatch(/Page 3 of 2 does not exist/)
  })

  it('puts a claim\'s disagreement among the caveats, under its subject, and splits the caveats over pages', () => {
    const data = claimsDeck()
    data.claims![0]!.disagreement = 'Paper B says it opened in Macau first.'
    data.claims![0]!.subject = 'Where it began'
    data.claims![2]!.disagreement = 'Nobody else reports the plan.'
    const caveats = (n: number, of: number) => mount(FactCheck, {
      props: { part: 'caveats', page: n, of },
      global: provideDeckData(data),
    }).findAll('[data-note]')
    expect(caveats(1, 1).map(li => [
      li.get('strong').text(),
      li.get('span').text(),
    ])).toEqual([
      ['Where it began', 'Paper B says it opened in Macau first.'],
      ['The firm plans more sites.', 'Nobody else reports the plan.'],
    ])
    expect([caveats(1, 2).length, caveats(2, 2).length]).toEqual([1, 1])
  })

  it('links each citation of a figure or claim to its source\'s address, and leaves a source without one plain', () => {
    const withAddresses = provideDeckData(fixtureWith((deck) => {
      deck.sources[0]!.url = 'https://daily-a.example/story'
      deck.sources[1]!.url = 'https://wire-b.example/item'
    }))
    const figures = mount(FactCheck, {
      props: { part: 'sources' },
      global: withAddresses,
    })
    expect(figures.get('tr[data-figure="south-cloud"]').findAll('a').map(a => [
      a.text(),
      a.attributes('href'),
    ])).toEqual([
      ['Daily A, 12 July 2016', 'https://daily-a.example/story'],
      ['Wire B, 3 Nov 2015', 'https://wire-b.example/item'],
    ])
    expect(figures.get('tr[data-figure="east-retail"]').findAll('a')).toEqual([])
    expect(figures.get('tr[data-figure="east-retail"]').text()).toContain('Review C, 2016')
    const claims = mount(FactCheck, {
      props: { part: 'claims' },
      global: withAddresses,
    })
    expect(claims.get('tr[data-claim="first-abroad"]').findAll('a').map(a => a.attributes('href'))).toEqual(['https://wire-b.example/item'])
  })
})
