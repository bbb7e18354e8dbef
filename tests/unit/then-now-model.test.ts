// ThenNowChart's model on the fixture deck (tests/fixtures/deck.ts): a partnership in July 2016, when
// Hangzhou, Hong Kong and San Jose were open and two of them (Hong Kong, San Jose) stood in exchange cities;
// three count figures added here: 12 metros announced in May 2019, 5 documented in 2026, 20 regions in 2026.
import type { DeckDataInput } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { thenNowModel } from '../../components/lib/then-now-model.ts'
import { validateDeckData } from '../../data/validate.ts'
import { fixtureWith } from '../fixtures/deck.ts'

function count(id: string, value: number, period: string): DeckDataInput['figures'][number] {
  return {
    id,
    kind: 'count',
    label: id,
    value,
    noun: ['thing', 'things'],
    period,
    sources: ['daily-a'],
    confidence: 'medium',
  }
}

const deck = fixtureWith((d) => {
  d.figures.push(count('metros-2019', 12, 'May 2019'), count('metros-now', 5, '2026'), count('regions-now', 20, '2026'))
})
const FIGURES = { announced: 'metros-2019', documented: 'metros-now', regions: 'regions-now' }
const model = thenNowModel(validateDeckData(deck), FIGURES)
const [metros, regions] = model.panels

describe('thenNowModel', () => {
  it('counts the exchange cities that met an open region at signing, then the figures as announced and documented', () => {
    expect(metros!.bars.map(bar => [bar.when, bar.basis, bar.value])).toEqual([
      ['July 2016', 'at signing', 2],
      ['May 2019', 'announced', 12],
      ['2026', 'in Equinix’s documentation', 5],
    ])
  })

  it('counts the regions open at signing, then the regions figure', () => {
    expect(regions!.bars.map(bar => [bar.when, bar.value])).toEqual([
      ['July 2016', 3],
      ['2026', 20],
    ])
  })

  it('draws the announcement outlined, as a count of another kind', () => {
    expect(metros!.bars.map(bar => bar.outlined)).toEqual([false, true, false])
    expect(regions!.bars.map(bar => bar.outlined)).toEqual([false, false])
  })

  it('draws both panels on one scale, bar lengths in proportion to their counts', () => {
    const [signing, announced, documented] = metros!.bars
    expect(signing!.length / announced!.length).toBeCloseTo(2 / 12)
    expect(documented!.length / announced!.length).toBeCloseTo(5 / 12)
    // 20 regions against 12 metros: one ruler for both panels.
    expect(regions!.bars[1]!.length / announced!.length).toBeCloseTo(20 / 12)
  })

  it('keeps every bar and its value label inside the chart', () => {
    for (const panel of model.panels) {
      for (const bar of panel.bars)
        expect(panel.barX + bar.length + 40, `${panel.title} ${bar.when}`).toBeLessThanOrEqual(model.width)
    }
    expect(regions!.x).toBeGreaterThan(metros!.barX + Math.max(...metros!.bars.map(bar => bar.length)) + 40)
  })

  it('gives the PPTX one native bar chart a panel, with the same counts, and says them in its text alternative', () => {
    expect(model.native.map(chart => chart.series[0]!.values)).toEqual([
      [2, 12, 5],
      [3, 20],
    ])
    // The announcement pale in PowerPoint too (the slide draws it outlined).
    expect(model.native[0]!.barColours).toEqual(['accent', 'rest', 'accent'])
    expect(model.description).toContain('May 2019, announced: 12')
    expect(model.description).toContain('2026, counted: 20')
  })

  it('speaks Chinese in a Chinese deck', () => {
    const zh = thenNowModel(validateDeckData({ ...deck, lang: 'zh' } as DeckDataInput), FIGURES)
    expect(zh.panels[0]!.bars[0]!.when).toBe('2016年7月')
    expect(zh.panels[0]!.bars[0]!.basis).toBe('签约时')
  })

  it('refuses a figure that is not a count, naming it', () => {
    expect(() => thenNowModel(validateDeckData(deck), { ...FIGURES, regions: 'north-widgets' })).toThrow('figure "north-widgets" is a share')
  })
})
