import { describe, expect, it } from 'vitest'
import { COMPETITION_BARS, layoutCompetition, remainderShare } from '../../components/lib/competition-bars.ts'
import { layoutShareBars, revealedCount, SHARE_BARS } from '../../components/lib/share-bars.ts'
import { estimateTextWidth } from '../../components/lib/text-width.ts'
import { share } from '../fixtures/deck.ts'

describe('revealedCount', () => {
  it('shows as many markets as clicks, all without a step, never more than there are', () => {
    expect(revealedCount(0, 3)).toBe(0)
    expect(revealedCount(2, 3)).toBe(2)
    expect(revealedCount(undefined, 3)).toBe(3)
    expect(revealedCount(999999, 3)).toBe(3)
    expect(revealedCount(-1, 3)).toBe(0)
  })
})

describe('layoutShareBars', () => {
  it('maps 0-100% onto the full chart width, the rest of the market filling the remainder', () => {
    const [row] = layoutShareBars([
      share('a', 'A', 23),
    ]).rows
    expect(row!.bar.width).toBeCloseTo(0.23 * SHARE_BARS.width, 6)
    expect(row!.rest.x).toBeCloseTo(row!.bar.width, 6)
    expect(row!.bar.width + row!.rest.width).toBeCloseTo(SHARE_BARS.width, 6)
  })

  it('puts the value just past the bar when the rest of the market has room, and inside when it has not', () => {
    const [small, large] = layoutShareBars([
      share('a', 'A', 44),
      share('b', 'B', 97),
    ]).rows
    expect(small!.value).toMatchObject({ text: '44%', inside: false, anchor: 'start' })
    expect(small!.value.x).toBeGreaterThan(small!.bar.width)
    expect(large!.value).toMatchObject({ text: '97%', inside: true, anchor: 'end' })
    expect(large!.value.x).toBeLessThan(large!.bar.width)
  })

  it('names the rest of the market only where the label does not run into the value', () => {
    const [roomy, tight] = layoutShareBars([
      share('a', 'A', 23),
      share('b', 'B', 85),
    ]).rows
    expect(roomy!.restLabel?.text).toBe('rest of market 77%')
    expect(tight!.restLabel).toBeNull()
    const valueEnd = roomy!.value.x + estimateTextWidth(roomy!.value.text, SHARE_BARS.valueSize, true)
    expect(roomy!.restLabel!.x - estimateTextWidth(roomy!.restLabel!.text, SHARE_BARS.restSize)).toBeGreaterThan(valueEnd)
  })

  it('stacks rows without overlap and keeps the holder and its market on one line', () => {
    const layout = layoutShareBars([
      share('a', 'Alibaba', 44),
      share('b', 'Aliyun', 23),
      share('c', 'Tmall', 57),
    ])
    layout.rows.slice(1).forEach((row, i) => expect(row.holder.y - SHARE_BARS.headerSize).toBeGreaterThan(layout.rows[i]!.bar.y + SHARE_BARS.barHeight))
    for (const row of layout.rows)
      expect(row.detail.x).toBeGreaterThan(estimateTextWidth(row.holder.text, SHARE_BARS.headerSize, true))
    expect(layout.height).toBe(layout.rows.at(-1)!.bar.y + SHARE_BARS.barHeight)
  })

  it('keeps text large enough to read from the back of a room', () => {
    expect(Math.min(SHARE_BARS.headerSize, SHARE_BARS.detailSize, SHARE_BARS.restSize)).toBeGreaterThanOrEqual(14)
    expect(SHARE_BARS.valueSize).toBeGreaterThanOrEqual(18)
    expect(Math.min(COMPETITION_BARS.nameSize, COMPETITION_BARS.noteSize)).toBeGreaterThanOrEqual(14)
    expect(COMPETITION_BARS.valueSize).toBeGreaterThanOrEqual(18)
  })

  it('keeps the precision the source printed and marks low-confidence figures', () => {
    const [row] = layoutShareBars([
      share('a', 'A', 31, { decimals: 1, confidence: 'low' }),
    ]).rows
    expect(row!.value.text).toBe('31.0%')
    expect(row!.detail.text).toBe('Test market · revenue · 2015 · unverified')
  })
})

describe('layoutCompetition', () => {
  const iaas = [
    share('t', 'China Telecom', 13.1),
    share('a', 'Aliyun', 31, { decimals: 1 }),
    share('u', 'China Unicom', 7.6),
  ]

  it('computes the remainder as 100 minus the named shares', () => {
    expect(remainderShare(iaas)).toBeCloseTo(48.3, 6)
    expect(remainderShare([
      share('x', 'X', 70),
      share('y', 'Y', 40),
    ])).toBe(0)
  })

  it('orders named shares largest first and puts the remainder last', () => {
    const layout = layoutCompetition(iaas, 'a')
    expect(layout.rows.map(r => r.name)).toEqual([
      'Aliyun',
      'China Telecom',
      'China Unicom',
      'Remainder',
    ])
    expect(layout.rows.map(r => r.value.text)).toEqual(['31.0%', '13.1%', '7.6%', '48.3%'])
    expect(layout.rows.filter(r => r.highlight).map(r => r.name)).toEqual(['Aliyun'])
  })

  it('draws lengths in proportion to values from a common baseline, labels inside the chart', () => {
    const layout = layoutCompetition(iaas, 'a')
    const [aliyun, telecom] = layout.rows
    expect(telecom!.bar.width / aliyun!.bar.width).toBeCloseTo(13.1 / 31, 6)
    expect(new Set(layout.rows.map(r => r.bar.x)).size).toBe(1)
    for (const row of layout.rows)
      expect(row.value.x + estimateTextWidth(row.value.text, COMPETITION_BARS.valueSize, true)).toBeLessThanOrEqual(layout.width)
  })
})
