// Box geometry and greedy label placement shared by the map and the timeline. Text is measured by an
// estimate (no DOM), kept on the generous side so an estimated box always contains the drawn text.

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Estimated width of a line of text at a font size (SVG user units), generous so a label judged to fit does fit. */
export { estimateTextWidth as textWidth } from './text-width.ts'

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap
    && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
}

export function inside(box: Box, frame: Box): boolean {
  return box.x >= frame.x && box.y >= frame.y
    && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height
}

/** Where a label sits relative to its anchor point, tried in the order given. */
export type Side = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left'

export const ALL_SIDES: Side[] = [
  'right',
  'left',
  'below',
  'above',
  'below-left',
  'below-right',
  'above-left',
  'above-right',
]

/** The label box for a side, `gap` units away from the anchor. */
export function boxAt(anchor: { x: number, y: number }, size: { width: number, height: number }, side: Side, gap: number): Box {
  const { width, height } = size
  const cx = anchor.x - width / 2
  const cy = anchor.y - height / 2
  const d = gap * Math.SQRT1_2
  switch (side) {
    case 'right': return {
      x: anchor.x + gap,
      y: cy,
      width,
      height,
    }
    case 'left': return {
      x: anchor.x - gap - width,
      y: cy,
      width,
      height,
    }
    case 'above': return {
      x: cx,
      y: anchor.y - gap - height,
      width,
      height,
    }
    case 'below': return {
      x: cx,
      y: anchor.y + gap,
      width,
      height,
    }
    case 'above-right': return {
      x: anchor.x + d,
      y: anchor.y - d - height,
      width,
      height,
    }
    case 'above-left': return {
      x: anchor.x - d - width,
      y: anchor.y - d - height,
      width,
      height,
    }
    case 'below-right': return {
      x: anchor.x + d,
      y: anchor.y + d,
      width,
      height,
    }
    case 'below-left': return {
      x: anchor.x - d - width,
      y: anchor.y + d,
      width,
      height,
    }
  }
}

export interface LabelRequest {
  id: string
  anchor: { x: number, y: number }
  size: { width: number, height: number }
  sides?: Side[]
}

export interface PlacedLabel {
  id: string
  box: Box
  side: Side
  /** False when every side collided; the label then sits on its first side and the caller should know. */
  clear: boolean
}

/**
 * Places each label on the first side (gap from its anchor) that stays inside `frame` and clears the
 * obstacles and the labels placed before it. Greedy, in the order given: put the important ones first.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[], frame: Box, gap = 10): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  for (const request of requests) {
    const sides = request.sides ?? ALL_SIDES
    const taken = [
      ...obstacles,
      ...placed.map(label => label.box),
    ]
    const side = sides.find((candidate) => {
      const box = boxAt(request.anchor, request.size, candidate, gap)
      return inside(box, frame) && !taken.some(other => overlaps(box, other, 2))
    })
    const chosen = side ?? sides[0] ?? 'right'
    placed.push({
      id: request.id,
      box: boxAt(request.anchor, request.size, chosen, gap),
      side: chosen,
      clear: side !== undefined,
    })
  }
  return placed
}
