// The hindsight timeline's model on the fixture deck plus a few made-up later steps: lanes in the order
// told, each lane's steps in date order, no two labels meeting, and a text alternative naming every year drawn.
import type { HindsightEvent } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { hindsightModel } from '../../components/lib/hindsight-model.ts'
import { overlaps } from '../../components/lib/label-placement.ts'
import { validateDeckData } from '../../data/validate.ts'
import { event, fixtureWith } from '../fixtures/deck.ts'

function step(id: string, date: string, actor: HindsightEvent['actor'], label: string): HindsightEvent {
  return {
    ...event(id, date, label),
    actor,
  }
}

const data = validateDeckData(fixtureWith((deck) => {
  deck.hindsightEvents = [
    step('h-us-late', '2019-05', 'us-government', 'Late listing'),
    step('h-cn', '2017-02', 'china-government', 'Data rules'),
    step('h-us', '2018-03', 'us-government', 'A review'),
    step('h-firm', '2018-01', 'alibaba', 'New site'),
    step('h-us-late-2', '2019-06', 'us-government', 'A second listing the same month'),
    step('h-us-late-3', '2019-07', 'us-government', 'Contract bar'),
  ]
  deck.asOf = '2019-12'
}))
const model = hindsightModel(data)

describe('hindsightModel', () => {
  it('draws China\'s government, the US government and the companies, in that order, each lane in date order', () => {
    expect(model.layout.lanes.map(l => l.name)).toEqual(['China\'s government', 'US government', 'The companies'])
    expect(model.layout.lanes[1]!.labels.map(l => l.event.id)).toEqual([
      'h-us',
      'h-us-late',
      'h-us-late-2',
      'h-us-late-3',
    ])
    expect(model.layout.lanes.map(l => l.labels.length)).toEqual([1, 4, 1])
  })

  it('starts at the partnership and runs a year axis from its year to the as-of year', () => {
    expect(model.startText).toBe('The partnership, July 2016')
    expect(model.layout.years.map(y => y.year)).toEqual([2016, 2017, 2018, 2019])
    expect(model.layout.start.x).toBeGreaterThan(model.layout.years[0]!.x)
    expect(model.layout.start.x).toBeLessThan(model.layout.years[1]!.x)
  })

  it('stacks labels of one crowded year in rows where none meets another or leaves the chart', () => {
    const us = model.layout.lanes[1]!.labels
    expect(new Set(us.map(l => l.row)).size).toBeGreaterThan(1)
    const boxes = model.layout.lanes.flatMap(l => l.labels.map(label => label.box))
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => expect(overlaps(a, b)).toBe(false)))
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(model.width)
    }
  })

  it('describes the start, every step with its date and every year on the axis', () => {
    expect(model.description).toContain('The partnership, July 2016, marked as the start, to Dec 2019, in 3 lanes.')
    expect(model.description).toContain('US government, 4 steps: March 2018, A review: What happened at A review.')
    expect(model.description).toContain('2016, 2017, 2018 and 2019; a year with more steps is drawn wider.')
    expect(model.sources).toEqual(['wire-b'])
  })

  it('leaves out a lane with no steps, so the click steps count the lanes drawn', () => {
    const onlyUs = hindsightModel(validateDeckData(fixtureWith((deck) => {
      deck.hindsightEvents = [
        step('h-us', '2018-03', 'us-government', 'A review'),
      ]
    })))
    expect(onlyUs.laneIds).toEqual(['us'])
  })
})
