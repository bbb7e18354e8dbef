// HindsightTimeline mounted on the fixture deck (one click step a lane), and on the deck's own data:
// a presented slide after the 2015 context shows it, and its text alternative names years after 2016.
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HindsightTimeline from '../../components/HindsightTimeline.vue'
import { fixtureDeckWithHindsight } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'
import { textAlternative } from '../text-alternative.ts'

const fixture = fixtureDeckWithHindsight()

describe('hindsightTimeline', () => {
  it('is an image named by its title and described by its desc', () => {
    const wrapper = mount(HindsightTimeline, {
      global: provideDeckData(fixture),
    })
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('What came next, July 2016 to March 2018: both governments and the companies')
    expect(description).toContain('Feb 2017, Data rules')
    expect(wrapper.get('figure').attributes('data-chart-kind')).toBe('hindsight-timeline')
  })

  it('shows one more lane\'s steps at each click, China\'s government first', () => {
    const hidden = (step: number) => mount(HindsightTimeline, {
      props: { step },
      global: provideDeckData(fixture),
    })
      .findAll('.event')
      .filter(e => e.element.closest('.step-hidden'))
      .map(e => e.attributes('data-id'))
    expect(hidden(0)).toEqual(['h-cn', 'h-us', 'h-firm'])
    expect(hidden(1)).toEqual(['h-us', 'h-firm'])
    expect(hidden(3)).toEqual([])
  })

  it('keeps the axis and the lanes\' names from step 0 and brings the takeaway with the last lane', () => {
    const at = (step: number) => mount(HindsightTimeline, {
      props: { step },
      slots: { default: 'The takeaway.' },
      global: provideDeckData(fixture),
    })
    const first = at(0)
    expect(first.findAll('.lane-name').map(n => n.element.closest('.step-hidden'))).toEqual([null, null, null])
    expect(first.findAll('.year-label').length).toBeGreaterThan(0)
    expect(first.get('.chart-takeaway').classes()).toContain('step-hidden')
    expect(at(2).get('.chart-takeaway').classes()).toContain('step-hidden')
    expect(at(3).get('.chart-takeaway').classes()).not.toContain('step-hidden')
  })
})

describe('the deck\'s hindsight slide', () => {
  const slides = readFileSync('slides.md', 'utf8').split(/^---$/m)
  it('comes after the 2015 context, with a click step per lane, and names years after 2016', () => {
    const at = slides.findIndex(s => s.includes('<HindsightTimeline'))
    expect(at).toBeGreaterThan(slides.findIndex(s => s.includes('<ExpansionTimeline')))
    expect(at).toBeLessThan(slides.findIndex(s => s.includes('# Backup')))
    const wrapper = mount(HindsightTimeline)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    const lanes = wrapper.findAll('.lane').length
    expect(slides[at - 1]).toContain(`clicks: ${lanes}`)
    const later = [
      ...textAlternative(wrapper).description.matchAll(/\b20(\d\d)\b/g),
    ].map(m => Number(m[1])).filter(y => y > 16)
    expect(later.length).toBeGreaterThan(0)
  })
})
