import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fig from '../../components/Fig.vue'
import { rawDeckData } from '../../data/index.ts'

describe('Fig', () => {
  it('shows a figure by id, formatted like the charts', () => {
    expect(mount(Fig, { props: { id: 'aliyun-cloud-share' } }).text()).toBe('23%')
    expect(mount(Fig, { props: { id: 'iaas-2015-aliyun' } }).text()).toBe('31.0%')
    expect(mount(Fig, { props: { id: 'alibaba-ipo' } }).text()).toBe('$25bn')
    expect(mount(Fig, { props: { id: 'ecx-facilities', field: 'phrase' } }).text()).toBe('21 facilities')
  })

  it('shows the other fields a sentence needs', () => {
    expect(mount(Fig, { props: { id: 'aliyun-cloud-share', field: 'market' } }).text()).toBe('China cloud computing')
    expect(mount(Fig, { props: { id: 'tmall-b2c-share', field: 'period' } }).text()).toBe('H1 2014')
    expect(mount(Fig, { props: { id: 'aliyun-cloud-share', field: 'phrase' } }).text()).toBe('23% of China cloud computing')
  })

  it('follows a change of the value in the data', () => {
    const data = structuredClone(rawDeckData)
    ;(data.figures.find(f => f.id === 'aliyun-cloud-share') as { value: number }).value = 25
    expect(mount(Fig, { props: { id: 'aliyun-cloud-share', data } }).text()).toBe('25%')
  })

  it('shows a visible error naming an unknown id or field', () => {
    expect(mount(Fig, { props: { id: 'aliyun-cloud-shar' } }).get('[role="alert"]').text()).toContain('"aliyun-cloud-shar"')
    expect(mount(Fig, { props: { id: 'ecx-facilities', field: 'holder' } }).get('[role="alert"]').text()).toContain('no field "holder"')
  })
})
