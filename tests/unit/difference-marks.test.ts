// The difference marks (components/lib/difference-marks.ts) and where the competition chart puts them.
// Expected values worked out by hand from the fixture deck (tests/fixtures/deck.ts): Test IaaS Southco 27.5,
// Westel 14.2, Eastcom 8.3; Southco's 17% of Test cloud is the figure of another source it is set against.
import { describe, expect, it } from 'vitest'
import { competitionModel } from '../../components/lib/competition-model.ts'
import { markGeometry, pointsMark, ratioMark } from '../../components/lib/difference-marks.ts'
import { validateDeckData } from '../../data/validate.ts'
import { fixtureDeck, withValue } from '../fixtures/deck.ts'

const data = validateDeckData(fixtureDeck())
const SOUTH = { market: 'test-iaas', highlight: 'iaas-south', compareWith: 'south-cloud' }

describe('ratioMark', () => {
  it('gives the ratio of two values to one decimal, in each language', () => {
    const mark = ratioMark({ row: 0, value: 31, name: 'A' }, { row: 1, value: 13.1, name: 'B' }, 'en')
    expect(mark.label).toBe('×2.4')
    expect(mark.sentence).toBe('A is 2.4 times B')
    expect(ratioMark({ row: 0, value: 31, name: '甲' }, { row: 1, value: 13.1, name: '乙' }, 'zh').label).toBe('2.4倍')
  })

  it('refuses a base of zero, naming it', () => {
    expect(() => ratioMark({ row: 0, value: 31, name: 'A' }, { row: 1, value: 0, name: 'B' }, 'en')).toThrow(/"B" has a share of 0/)
  })
})

describe('pointsMark', () => {
  it('gives the difference to the precision of the less precise figure, with its caveat', () => {
    const mark = pointsMark(0, { value: 31, decimals: 1 }, {
      value: 23,
      decimals: 0,
      text: '23%',
      period: 'c. 2015',
    }, 'en')
    expect(mark.points).toBe(8)
    expect(mark.label).toBe('+8 pts vs 23% (c. 2015, another source and definition)')
    expect(pointsMark(0, { value: 12.5, decimals: 1 }, {
      value: 14.25,
      decimals: 2,
      text: '14.25%',
      period: '2016',
    }, 'en').label).toMatch(/^−1\.8 pts/)
  })
})

describe('markGeometry', () => {
  const scale = {
    x: (v: number) => 100 + 10 * v,
    barTop: (row: number) => 50 * row,
    barHeight: 40,
    pad: 10,
    right: 1000,
  }

  it('stands a ratio bracket right of the longer bar, its arrow ending at the compared bar', () => {
    const geometry = markGeometry(ratioMark({ row: 0, value: 30, name: 'A' }, { row: 1, value: 10, name: 'B' }, 'en'), scale, 40)
    const last = geometry.segments.at(-1)!
    expect(last.y2).toBe(20) // the middle of row 0's bar
    expect(last.x2).toBeGreaterThan(400) // past the end of A's bar (x 400)
    expect(Math.min(...geometry.segments.map(s => Math.max(s.x1, s.x2)))).toBeGreaterThan(200) // clear of B's bar (ends at 200)
    expect(geometry.label.x).toBeGreaterThan(Math.max(...geometry.segments.map(s => s.x2)))
  })

  it('starts a bracket\'s legs after each bar\'s own value label where the renderer puts one there', () => {
    const mark = ratioMark({ row: 0, value: 30, name: 'A' }, { row: 1, value: 10, name: 'B' }, 'en')
    const geometry = markGeometry(mark, {
      ...scale,
      clear: () => 60,
    }, 40)
    expect(geometry.segments[0]!.x1).toBeGreaterThanOrEqual(200 + 60) // B's bar end and its label
    expect(geometry.segments.at(-1)!.x2).toBeGreaterThanOrEqual(400 + 60)
  })

  it('puts a points label left of its arrow when the room to the right is too short', () => {
    const mark = pointsMark(0, { value: 80, decimals: 0 }, {
      value: 60,
      decimals: 0,
      text: '60%',
      period: '2014',
    }, 'en')
    expect(markGeometry(mark, scale, 50).label.anchor).toBe('start')
    const left = markGeometry(mark, scale, 400).label
    expect(left.anchor).toBe('end')
    expect(left.x).toBeLessThan(700) // the level of 60% (x 700)
  })
})

describe('the competition chart\'s marks', () => {
  const model = competitionModel(data, SOUTH)

  it('sets the highlight against the next largest share and against the other source\'s figure', () => {
    expect(model.layout.marks.map(m => m.mark.label)).toEqual(['×1.9', '+11 pts vs 17% (2015, another source and definition)'])
    expect(model.description).toContain('Southco is 1.9 times Westel')
  })

  it('follows the data: a retyped share changes the ratio', () => {
    const edited = competitionModel(validateDeckData(withValue('iaas-west', 11)), SOUTH)
    expect(edited.layout.marks[0]!.mark.label).toBe('×2.5')
  })

  it('hands the PPTX the same marks and the scale\'s end', () => {
    expect(model.native[0]!.marks).toEqual(model.layout.marks.map(m => m.mark))
    expect(model.native[0]!.valueMax).toBe(model.layout.domainMax)
  })

  it('draws no mark without a highlight', () => {
    expect(competitionModel(data, { market: 'test-iaas' }).layout.marks).toEqual([])
  })

  it('keeps the remainder from outweighing the highlighted share: a thinner bar, a smaller value', () => {
    const rows = model.layout.rows
    const remainder = rows.find(r => r.remainder)!
    const highlight = rows.find(r => r.highlight)!
    expect(remainder.share).toBeGreaterThan(highlight.share) // 50 against 27.5: longer, yet lighter
    expect(remainder.bar.width * remainder.bar.height).toBeLessThan(highlight.bar.width * highlight.bar.height)
    expect(remainder.value.size).toBeLessThan(highlight.value.size)
  })
})
