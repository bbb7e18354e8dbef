import type { TimelineLayout } from '../../components/lib/timeline-layout.ts'
import type { TimelineEvent } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { formatMonth } from '../../components/lib/format.ts'
import { overlaps, textWidth } from '../../components/lib/label-placement.ts'
import { monthNumber, TIMELINE_WIDTH, timelineLayout, wrapText } from '../../components/lib/timeline-layout.ts'
import { validateDeckData } from '../../data/validate.ts'
import { event, fixtureDeck } from '../fixtures/deck.ts'

const events = validateDeckData(fixtureDeck()).events
const layout = timelineLayout(events, formatMonth)

function x(id: string): number {
  const found = layout.events.find(e => e.event.id === id)
  if (!found)
    throw new Error(`no event ${id}`)
  return found.x
}

function expectNoCollision(result: TimelineLayout): void {
  const boxes = [
    ...result.events.map(e => e.box),
    ...result.years.map(y => y.box),
  ]
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlaps(boxes[i]!, boxes[j]!), `boxes ${i} and ${j} overlap`).toBe(false)
  }
  for (const e of result.events) {
    expect(e.box.x).toBeGreaterThanOrEqual(0)
    expect(e.box.x + e.box.width).toBeLessThanOrEqual(result.width)
    expect(e.box.y).toBeGreaterThanOrEqual(0)
    expect(e.box.y + e.box.height).toBeLessThanOrEqual(result.height)
    // A block sits wholly above or wholly below the axis, and its stem lands on it.
    expect(e.box.y + e.box.height < result.axisY || e.box.y > result.axisY).toBe(true)
    expect(e.stemEnd.x).toBeGreaterThanOrEqual(e.box.x)
    expect(e.stemEnd.x).toBeLessThanOrEqual(e.box.x + e.box.width)
    // The stem joins a rule along the block's edge facing the axis, as wide as the block.
    expect(e.stemEnd.y).toBe(e.shelf.y)
    expect([e.shelf.x1, e.shelf.x2]).toEqual([e.box.x, e.box.x + e.box.width])
    expect(Math.abs(e.shelf.y - result.axisY)).toBeLessThan(Math.min(Math.abs(e.box.y - result.axisY), Math.abs(e.box.y + e.box.height - result.axisY)))
  }
}

describe('the expansion timeline layout', () => {
  it('lists the events in date order, with their dates', () => {
    expect(layout.events.map(e => e.event.id)).toEqual([
      'ev-hk',
      'ev-listing',
      'ev-us',
      'ev-deal',
      'ev-sg',
    ])
    expect(layout.events.map(e => e.dateText)).toEqual([
      'May 2015',
      'Nov 2015',
      'March 2016',
      'July 2016',
      'Sept 2016',
    ])
    for (let i = 1; i < layout.events.length; i++)
      expect(layout.events[i]!.x).toBeGreaterThan(layout.events[i - 1]!.x)
  })

  it('orders them by date whatever order the data lists them in', () => {
    const shuffled = [...events].reverse()
    expect(timelineLayout(shuffled, formatMonth).events.map(e => e.event.id)).toEqual(layout.events.map(e => e.event.id))
  })

  it('spaces dates in proportion to the time between them', () => {
    const oneMonth = (x('ev-sg') - x('ev-deal')) / 2 // July to Sept 2016
    expect(oneMonth).toBeGreaterThan(20)
    expect(x('ev-deal') - x('ev-us')).toBeCloseTo(4 * oneMonth, 5) // March to July 2016
    expect(x('ev-us') - x('ev-hk')).toBeCloseTo(10 * oneMonth, 5) // May 2015 to March 2016
  })

  it('places labels that collide with nothing and stay on the chart', () => {
    expectNoCollision(layout)
    expect(layout.width).toBe(TIMELINE_WIDTH)
  })

  it('labels both years of the axis', () => {
    expect(layout.years.map(y => y.year)).toEqual([2015, 2016])
  })

  it('still keeps labels apart when events crowd into consecutive months', () => {
    const crowded: TimelineEvent[] = Array.from({ length: 9 }, (_, i) => ({
      id: `e${i}`,
      date: `2015-${String(i + 1).padStart(2, '0')}`,
      label: `Event number ${i + 1}`,
      detail: 'A detail line long enough to need wrapping onto two lines',
      sources: ['s'],
      confidence: 'high',
    }))
    const result = timelineLayout(crowded, formatMonth)
    expectNoCollision(result)
    expect(new Set(result.events.map(e => e.tier)).size).toBeGreaterThan(2)
  })

  it('marks an event the sources date differently, to match its footnote', () => {
    expect(layout.events.find(e => e.event.id === 'ev-listing')!.labelText).toBe('Listing *')
    expect(layout.events.find(e => e.event.id === 'ev-us')!.labelText).toBe('US site opens')
  })

  it('keeps two events of the same month and long labels apart', () => {
    const same = [
      event('a', '2016-07', 'A partnership with a rather long name for a timeline label'),
      event('b', '2016-07', 'Another event in the very same month'),
      event('c', '2016-08', 'A third, one month later'),
    ]
    expectNoCollision(timelineLayout(same, formatMonth))
  })

  it('refuses a date it cannot place, naming it', () => {
    expect(() => monthNumber('June 2015')).toThrow(/"June 2015"/)
    expect(() => timelineLayout([
      { ...events[0]!, date: '2015' },
    ], formatMonth)).toThrow(/"2015"/)
  })
})

describe('wrapText', () => {
  it('breaks a detail line into lines no wider than asked', () => {
    const lines = wrapText('Aliyun\'s first region outside mainland China', 16, 196)
    expect(lines.length).toBe(2)
    expect(lines.join(' ')).toBe('Aliyun\'s first region outside mainland China')
    for (const line of lines)
      expect(textWidth(line, 16)).toBeLessThanOrEqual(196)
  })
})
