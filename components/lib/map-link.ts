// The link drawn between the two places where the networks meet: an arc in map space that bows
// north across the Pacific and keeps clear of the other symbols it passes.

export interface Point { x: number, y: number }

/** Points along a quadratic curve from a to b, bowed `bulge` units to the left of the direction of travel (north, going east). */
function arc(a: Point, b: Point, bulge: number, steps = 40): Point[] {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1
  const control = { x: (a.x + b.x) / 2 + ((b.y - a.y) / length) * bulge, y: (a.y + b.y) / 2 - ((b.x - a.x) / length) * bulge }
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps
    const u = 1 - t
    return { x: u * u * a.x + 2 * u * t * control.x + t * t * b.x, y: u * u * a.y + 2 * u * t * control.y + t * t * b.y }
  })
}

/** Smallest distance from a line of points to any of the symbols. */
function clearance(points: readonly Point[], symbols: readonly Point[]): number {
  let least = Infinity
  for (const p of points) {
    for (const s of symbols)
      least = Math.min(least, Math.hypot(p.x - s.x, p.y - s.y))
  }
  return least
}

/** Wanted gap between the link and any symbol it passes; a gentle bow is preferred among those that keep it. */
export const LINK_CLEARANCE = 12

/**
 * The link between the two meeting places: an arc from ring to ring, bowed north across the Pacific,
 * as gently as it can be while keeping clear of every other symbol.
 */
export function linkArc(from: Point, to: Point, symbols: readonly Point[], ring: number): Point[] {
  const trim = (points: Point[]) => points.filter(p => Math.hypot(p.x - from.x, p.y - from.y) > ring + 2 && Math.hypot(p.x - to.x, p.y - to.y) > ring + 2)
  const candidates = [
    40,
    50,
    30,
    60,
    70,
    20,
    80,
    90,
    100,
    110,
    120,
  ].map(bulge => trim(arc(from, to, bulge)))
  return candidates.find(points => clearance(points, symbols) >= LINK_CLEARANCE)
    ?? candidates.reduce((best, points) => (clearance(points, symbols) > clearance(best, symbols)
      ? points
      : best))
}
