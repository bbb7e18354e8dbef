import type { SlideLinks } from '../../composables/slide-links.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceLine from '../../components/SourceLine.vue'
import { slideLinksKey } from '../../composables/slide-links.ts'
import { fixtureDeck, fixtureWith } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

const global = provideDeckData(fixtureDeck())

/** The source line with slide links as the deck gives them: slide 8 lists the sources, at `#/8`; `go` if given. */
function withSlideLinks(props: { figures?: string[], sources?: string[] }, go?: SlideLinks['go']) {
  const links: SlideLinks = {
    register: () => [
      {
        no: 8,
        part: 'sources',
        page: 1,
        of: 1,
      },
    ],
    href: no => `#/${no}`,
    go,
  }
  return mount(SourceLine, {
    props,
    global: {
      provide: {
        ...global.provide,
        [slideLinksKey as symbol]: () => links,
      },
    },
  })
}

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

  it('links each citation to the backup slide listing it, by number and by the address the deck gives', () => {
    const visited: number[] = []
    const wrapper = withSlideLinks({
      figures: ['south-cloud'],
    }, no => visited.push(no))
    expect(wrapper.text()).toBe('Sources: Daily A, 12 July 2016; Wire B, 3 Nov 2015')
    const anchors = wrapper.findAll('a')
    expect(anchors.map(a => [
      a.text(),
      a.attributes('data-slide'),
      a.attributes('href'),
    ])).toEqual([
      ['Daily A, 12 July 2016', '8', '#/8'],
      ['Wire B, 3 Nov 2015', '8', '#/8'],
    ])
    anchors[1]!.trigger('click')
    expect(visited).toEqual([8])
  })

  it('shows plain citations where the deck gives no slide links or no backup slide lists the source', () => {
    expect(mount(SourceLine, {
      props: {
        sources: ['atlas-d'],
      },
      global,
    }).findAll('a')).toEqual([])
    const wrapper = withSlideLinks({
      sources: ['atlas-d'],
    })
    expect(wrapper.text()).toBe('Source: Atlas D, 20 May 2016')
    expect(wrapper.findAll('a')).toEqual([])
  })
})
