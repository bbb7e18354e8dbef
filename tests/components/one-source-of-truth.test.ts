import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import FactCheck from '../../components/FactCheck.vue'
import Fig from '../../components/Fig.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { rawDeckData } from '../../data/index.ts'

// Issue 3's definition of done: change Aliyun's cloud share in the data and nothing else, and every
// place that shows it (chart, prose, competition note, fact-check table) follows.
describe('Aliyun\'s cloud share, changed in one place', () => {
  const data = structuredClone(rawDeckData)
  ;(data.figures.find(f => f.id === 'aliyun-cloud-share') as { value: number }).value = 27

  it('changes every component that shows it', () => {
    const rendered = [
      mount(MarketShareChart, { props: { data } }).get('[data-figure="aliyun-cloud-share"] .value').text(),
      mount(MarketShareChart, { props: { data } }).get('desc').text(),
      mount(Fig, { props: { id: 'aliyun-cloud-share', data } }).text(),
      mount(CompetitionChart, { props: { data } }).get('.definition').text(),
      mount(FactCheck, { props: { data } }).get('tr[data-figure="aliyun-cloud-share"]').text(),
    ]
    for (const text of rendered) {
      expect(text).toContain('27%')
      expect(text).not.toContain('23%')
    }
  })
})
