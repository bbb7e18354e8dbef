// The phone remote's page as a phone shows it (components/PhoneRemote.vue), on a small made-up deck.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PhoneRemote from '../../components/PhoneRemote.vue'
import { chineseFixtureDeck } from '../fixtures/chinese-deck.ts'
import { fixtureDeck } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

const slides = [
  {
    title: 'Cover',
    noteHtml: '<p>Time 0:30</p><p>Welcome everyone.</p>',
    clicks: 0,
    budget: 30,
  },
  {
    title: 'The deal',
    noteHtml: '<p>Time 1:00</p><p>Two cities.</p>',
    clicks: 2,
    budget: 60,
  },
  { title: 'Backup', clicks: 0 },
]

function phone(props: Partial<InstanceType<typeof PhoneRemote>['$props']> = {}, data: unknown = fixtureDeck()) {
  return mount(PhoneRemote, {
    props: {
      at: { page: 2, clicks: 1 },
      slides,
      connected: true,
      ...props,
    },
    // The language switch and pace line are the presenter view's own (pace-plan.test.ts; the browser test uses them).
    global: {
      ...provideDeckData(data),
      stubs: { PresenterNavControls: true },
    },
  })
}

describe('phoneRemote', () => {
  it('says where the talk is: slide, step, title and its notes', () => {
    const wrapper = phone()
    expect(wrapper.get('[data-test="where"]').text()).toBe('Slide 2 of 3 · step 1 of 2')
    expect(wrapper.get('h1').text()).toBe('The deal')
    expect(wrapper.get('[data-test="notes"]').text()).toContain('Two cities.')
    expect(phone({
      at: { page: 3, clicks: 0 },
    }).get('[data-test="notes"]').text()).toBe('No notes for this slide.')
  })

  it('emits where Next and Previous go; nothing past the end', async () => {
    const wrapper = phone()
    await wrapper.get('button[aria-label="Next"]').trigger('click')
    await wrapper.get('button[aria-label="Previous"]').trigger('click')
    expect(wrapper.emitted('move')).toEqual([
      [
        { page: 2, clicks: 2 },
      ],
      [
        { page: 2, clicks: 0 },
      ],
    ])
    const last = phone({
      at: { page: 3, clicks: 0 },
    })
    await last.get('button[aria-label="Next"]').trigger('click')
    expect(last.emitted('move')).toBeUndefined()
  })

  it('offers to start the timer until it runs, then shows the time into the talk', async () => {
    const stopped = phone({
      timer: { status: 'stopped' },
    })
    await stopped.get('button.start').trigger('click')
    expect(stopped.emitted('startTimer')).toHaveLength(1)
    const running = phone({
      timer: { status: 'paused', startedAt: 1000, pausedAt: 1000 + 95_000 },
    })
    expect(running.get('[role="timer"]').text()).toBe('1:35')
    expect(running.find('button.start').exists()).toBe(false)
  })

  it('says when the connection to the laptop is lost', () => {
    expect(phone().find('.offline').exists()).toBe(false)
    expect(phone({ connected: false }).get('.offline').text()).toBe('Reconnecting to the laptop…')
  })

  it('speaks Chinese in the Chinese deck', () => {
    const wrapper = phone({}, chineseFixtureDeck())
    expect(wrapper.get('[data-test="where"]').text()).toBe('第2页，共3页 · 第1步，共2步')
    expect(wrapper.find('button[aria-label="上一步"]').exists()).toBe(true)
    expect(wrapper.find('button[aria-label="下一步"]').exists()).toBe(true)
  })
})
