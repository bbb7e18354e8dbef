import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceLine from '../../components/SourceLine.vue'
import { fixtureDeck, fixtureWith } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

const global = provideDeckData(fixtureDeck())

describe('sourceLine', () => {
  it('renders the citations of the figures it is given, from the data', () => {
    const wrapper = mount(SourceLine, {
      props: {
        figures: ['south-cloud'],
      },
      global,
    })
    expect(wrapper.text()).toBe('Sources: Daily A, 12 July 2016; Wire B, 3 Nov 2015')
  })

  it('follows a change of a source in the data', () => {
    const changed = fixtureWith((d) => {
      d.sources[1]!.date = '2015-11-04'
    })
    expect(mount(SourceLine, {
      props: {
        sources: ['wire-b'],
      },
      global: provideDeckData(changed),
    }).text()).toBe('Source: Wire B, 4 Nov 2015')
  })

  it('shows a visible error naming an unknown id instead of an empty line', () => {
    const wrapper = mount(SourceLine, {
      props: {
        sources: ['nope-2015'],
      },
      global,
    })
    expect(wrapper.get('[role="alert"]').text()).toContain('"nope-2015"')
  })
})
