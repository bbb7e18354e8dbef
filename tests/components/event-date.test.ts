import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import EventDate from '../../components/EventDate.vue'
import { fixtureDeck, fixtureWith } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

describe('eventDate', () => {
  it('shows the month an event happened, as people say it', () => {
    expect(mount(EventDate, {
      props: { id: 'ev-us' },
      global: provideDeckData(fixtureDeck()),
    }).text()).toBe('March 2016')
  })

  it('follows the data: moving the event moves the date in the sentence', () => {
    const data = fixtureWith((d) => {
      d.events[2]!.date = '2016-11'
    })
    expect(mount(EventDate, {
      props: { id: 'ev-us' },
      global: provideDeckData(data),
    }).text()).toBe('Nov 2016')
  })

  it('shows a visible error naming an unknown id instead of a blank', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const wrapper = mount(EventDate, {
      props: { id: 'no-such-event' },
      global: provideDeckData(fixtureDeck()),
    })
    expect(wrapper.find('[role="alert"]').text()).toContain('Unknown event id "no-such-event"')
  })
})
