import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SourceLine from '../../components/SourceLine.vue'
import { rawDeckData, validateDeckData } from '../../data/index.ts'

const data = validateDeckData(rawDeckData)

describe('SourceLine', () => {
  it('renders the citations of the figures it is given, from the data', () => {
    const wrapper = mount(SourceLine, { props: { figures: ['aliyun-cloud-share'], data } })
    expect(wrapper.text()).toBe('Sources: East-West Center, 2015; Corriere Comunicazioni, Aug 2015')
  })

  it('follows a change of a source in the data', () => {
    const changed = { ...data, sources: data.sources.map(s => s.id === 'reuters-2014-09' ? { ...s, date: '2014-09-23' } : s) }
    const wrapper = mount(SourceLine, { props: { sources: ['reuters-2014-09'], data: changed } })
    expect(wrapper.text()).toBe('Source: Reuters, 23 Sept 2014')
  })

  it('shows a visible error naming an unknown id instead of an empty line', () => {
    const wrapper = mount(SourceLine, { props: { sources: ['nope-2015'], data } })
    expect(wrapper.get('[role="alert"]').text()).toContain('"nope-2015"')
  })
})
