// What the exports say about themselves: the subject is plain text (a viewer's document properties and a
// search engine's snippet show Markdown as typed), and the PowerPoint's charts carry the data they are given.
import { describe, expect, it } from 'vitest'
import { validateDeckData } from '../../data/index.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { plainText } from '../../scripts/lib/pdf-finish.ts'
import { competitionChart, facilitiesCharts, marketShareChart, stringProps } from '../../scripts/lib/pptx-charts.ts'
import { fallbackScale } from '../../scripts/lib/pptx-export.ts'
import { fixtureDeck } from '../fixtures/deck.ts'

describe('plainText (a headmatter `info:` as a document subject)', () => {
  it('drops Markdown marks and keeps the words, in one line', () => {
    const markdown = '## Briefing: two hubs\nThe **June** deal between *Equinix* and `Aliyun`,\nsee [the article](https://example.org).\n- first point'
    expect(plainText(markdown)).toBe('Briefing: two hubs. The June deal between Equinix and Aliyun, see the article. first point')
  })

  it('leaves plain text as it is', () => {
    expect(plainText('A briefing on one deal. Every figure is sourced.')).toBe('A briefing on one deal. Every figure is sourced.')
  })

  it('finds the deck\'s own info already plain, so the built site\'s meta description is too', async () => {
    const info = String((await readDeck())[0]?.frontmatter.info ?? '')
    expect(info.length).toBeGreaterThan(20)
    expect(plainText(info)).toBe(info.replace(/\s+/g, ' ').trim())
  })
})

describe('the PowerPoint\'s native chart data', () => {
  it('stacks each holder\'s share against the rest of its market', () => {
    const data = validateDeckData(fixtureDeck())
    const ids = ['north-widgets', 'south-cloud', 'east-retail']
    const chart = marketShareChart(ids, data)
    expect(chart.stacked).toBe(true)
    expect(chart.series.map(s => s.name)).toEqual(['Share held', 'Rest of market'])
    chart.series[0]!.values.forEach((value, i) => expect(value + chart.series[1]!.values[i]!).toBeCloseTo(100, 6))
    expect(chart.series[0]!.values).toEqual([38, 17, 61])
    expect(chart.series[0]!.labels[0]).toBe('Northwind: Test widgets (2015)')
  })

  it('orders one market\'s shares largest first and adds the remainder', () => {
    const data = validateDeckData(fixtureDeck())
    const chart = competitionChart(['iaas-east', 'iaas-south', 'iaas-west'], data)
    expect(chart.series[0]!.labels).toEqual([
      'Southco',
      'Westel',
      'Eastcom',
      'Remainder (not a published share)',
    ])
    expect(chart.series[0]!.values).toEqual([27.5, 14.2, 8.3, 50])
    expect(chart.format).toMatch(/^0\.0"%"/)
  })

  it('colours the highlighted company\'s bar as the slide does, the others plain and the remainder grey', () => {
    const data = validateDeckData(fixtureDeck())
    expect(competitionChart(['iaas-east', 'iaas-south', 'iaas-west'], data, 'Westel').barColours)
      .toEqual(['other', 'accent2', 'other', 'rest'])
    expect(competitionChart(['iaas-east', 'iaas-south', 'iaas-west'], data).barColours)
      .toEqual(['other', 'other', 'other', 'rest'])
  })

  it('counts every named city and every region open by the cut-off', () => {
    const data = validateDeckData(fixtureDeck())
    const [cities, regions] = facilitiesCharts(data, '2015-06', '2015-10')
    expect(cities.series[0]!.values.reduce((sum, v) => sum + v, 0)).toBe(data.ecx.metros.length)
    const open = data.regions.filter(r => r.opened.slice(0, 7) <= '2015-10')
    expect(regions.series.flatMap(s => s.values).reduce((sum, v) => sum + v, 0)).toBe(open.length)
  })

  it('reads a component\'s string props from the slide\'s Markdown', () => {
    expect(stringProps('<FacilitiesChart asOf="2015-07" later="2016-01">Takeaway</FacilitiesChart>', 'FacilitiesChart')).toEqual({ asOf: '2015-07', later: '2016-01' })
    expect(stringProps('<FacilitiesChart />', 'FacilitiesChart')).toEqual({})
  })
})

describe('fallbackScale (a one-line title set in a wider font where Inter is missing)', () => {
  it('keeps the size of a line with room for a font a fifth wider', () => {
    expect(fallbackScale({ oneLineWidth: 500 }, 900)).toBe(1)
  })

  it('shrinks a line that a font a fifth wider would wrap, just enough to keep it on one line', () => {
    const scale = fallbackScale({ oneLineWidth: 824 }, 900)
    expect(scale).toBeLessThan(1)
    expect(824 * 1.2 * scale).toBeCloseTo(900, 6)
  })

  it('leaves text that already wraps on the slide as it is', () => {
    expect(fallbackScale({}, 300)).toBe(1)
  })
})
