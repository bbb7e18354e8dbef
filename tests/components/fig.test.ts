import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fig from '../../components/Fig.vue'
import { fixtureDeck, withValue } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

function fig(id: string, field?: string, deck = fixtureDeck()) {
  return mount(Fig, {
    props: { id, field },
    global: provideDeckData(deck),
  })
}

describe('fig', () => {
  it('shows a figure by id, formatted like the charts', () => {
    expect(fig('south-cloud').text()).toBe('17%')
    expect(fig('iaas-south').text()).toBe('27.5%')
    expect(fig('listing').text()).toBe('$12.5bn')
    expect(fig('sites-total', 'phrase').text()).toBe('9 sites')
  })

  it('shows the other fields a sentence needs', () => {
    expect(fig('south-cloud', 'market').text()).toBe('Test cloud')
    expect(fig('east-retail', 'period').text()).toBe('H2 2015')
    expect(fig('south-cloud', 'phrase').text()).toBe('17% of Test cloud')
  })

  it('follows a change of the value in the data, singular nouns included', () => {
    expect(fig('south-cloud', undefined, withValue('south-cloud', 25)).text()).toBe('25%')
    expect(fig('site-continents', 'phrase', withValue('site-continents', 1)).text()).toBe('1 continent')
  })

  it('shows a visible error naming an unknown id or field', () => {
    expect(fig('south-clod').get('[role="alert"]').text()).toContain('"south-clod"')
    expect(fig('sites-total', 'holder').get('[role="alert"]').text()).toContain('no field "holder"')
  })
})
