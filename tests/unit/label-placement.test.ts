import type { Box, LabelRequest, PlacedLabel } from '../../components/lib/label-placement.ts'
import { describe, expect, it } from 'vitest'
import { boxAt, inside, overlaps, placeLabels } from '../../components/lib/label-placement.ts'

const frame = { x: 0, y: 0, width: 400, height: 200 }
const size = { width: 80, height: 20 }

/** One label of `size`, anchored at the frame's centre unless told, placed among `symbols`. */
function placeOne(request: Partial<LabelRequest>, symbols: Box[] = []): PlacedLabel {
  return placeLabels([
    {
      id: 'a',
      anchor: { x: 200, y: 100 },
      size,
      ...request,
    },
  ], symbols, frame)[0]!
}

describe('placeLabels', () => {
  it('puts a label on its first side when that side is free', () => {
    const label = placeOne({
      sides: ['right', 'left'],
    })
    expect(label.side).toBe('right')
    expect(label.clear).toBe(true)
    expect(label.box.x).toBeGreaterThan(200)
  })

  it('moves to the next side when a symbol sits on the first', () => {
    const symbol = { x: 220, y: 95, width: 10, height: 10 }
    const label = placeOne({
      sides: ['right', 'left'],
    }, [symbol])
    expect(label.side).toBe('left')
    expect(overlaps(label.box, symbol)).toBe(false)
  })

  it('keeps a second label off the first', () => {
    const labels = placeLabels([
      {
        id: 'a',
        anchor: { x: 200, y: 100 },
        size,
        sides: ['right', 'below'],
      },
      {
        id: 'b',
        anchor: { x: 205, y: 106 },
        size,
        sides: ['right', 'below'],
      },
    ], [], frame)
    expect(labels.map(l => l.side)).toEqual(['right', 'below'])
    expect(overlaps(labels[0]!.box, labels[1]!.box)).toBe(false)
    expect(labels.every(l => l.clear)).toBe(true)
  })

  it('never leaves the frame when a side inside is free', () => {
    expect(inside(placeOne({
      anchor: { x: 390, y: 100 },
    }).box, frame)).toBe(true)
  })

  it('says so when no side is clear', () => {
    const everywhere = { x: 0, y: 0, width: 400, height: 200 }
    expect(placeOne({
      sides: ['above', 'below'],
    }, [everywhere]).clear).toBe(false)
  })
})

describe('boxAt', () => {
  it('leaves the asked gap between anchor and box', () => {
    expect(boxAt({ x: 100, y: 100 }, size, 'below', 12)).toEqual({ x: 60, y: 112, width: 80, height: 20 })
    expect(boxAt({ x: 100, y: 100 }, size, 'left', 12)).toEqual({ x: 8, y: 90, width: 80, height: 20 })
  })
})
