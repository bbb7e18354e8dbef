import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import EventDate from '../../components/EventDate.vue'
import { rawDeckData, validateDeckData } from '../../data/index.ts'

describe('EventDate', () => {
  it('shows the month an event happened, as people say it', () => {
    const data = validateDeckData(structuredClone(rawDeckData))
    data.events = data.events.map(event => (event.id === 'us-region' ? { ...event, date: '2015-03' } : event))
    expect(mount(EventDate, { props: { id: 'us-region', data } }).text()).toBe('March 2015')
  })

  it('follows the data: moving the event moves the date in the sentence', () => {
    const data = validateDeckData(structuredClone(rawDeckData))
    data.events = data.events.map(event => (event.id === 'costco-tmall' ? { ...event, date: '2014-11' } : event))
    expect(mount(EventDate, { props: { id: 'costco-tmall', data } }).text()).toBe('Nov 2014')
  })

  it('shows a visible error naming an unknown id instead of a blank', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const wrapper = mount(EventDate, { props: { id: 'no-such-event' } })
    expect(wrapper.find('[role="alert"]').text()).toContain('Unknown event id "no-such-event"')
  })
})
