import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PacePlan from '../../components/PacePlan.vue'

const text = (wrapper: ReturnType<typeof mount>) => wrapper.text().replace(/\s+/g, ' ')

describe('pacePlan', () => {
  const budgets = [30, 90, 60]

  it('says when the slide is planned and how the presenter stands', () => {
    expect(text(mount(PacePlan, {
      props: { budgets, no: 2 },
    }))).toBe('Plan 0:30–2:00 · timer not started')
    const behind = mount(PacePlan, {
      props: { budgets, no: 2, elapsed: 150 },
    })
    expect(text(behind)).toBe('Plan 0:30–2:00 · 0:30 behind')
    expect(behind.get('.pace-plan').attributes('data-pace')).toBe('behind')
    expect(text(mount(PacePlan, {
      props: { budgets, no: 3, elapsed: 60 },
    }))).toBe('Plan 2:00–3:00 · 1:00 ahead')
  })

  it('shows nothing for a deck whose notes have no budgets', () => {
    expect(mount(PacePlan, {
      props: {
        budgets: [undefined, undefined],
        no: 1,
        elapsed: 10,
      },
    }).find('.pace-plan').exists()).toBe(false)
  })
})
