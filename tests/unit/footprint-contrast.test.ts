import { describe, expect, it } from 'vitest'
import { contrast, deckPalette } from '../contrast.ts'

// The map's symbols sit on land, its note and legend on the page: colour pairs checked against WCAG,
// 3:1 for symbols and 4.5:1 for text, in light and in dark.
describe.each([':root', 'html.dark'] as const)('footprint colours in %s', (selector) => {
  const p = deckPalette(selector)

  it('defines the map colours in both themes', () => {
    for (const name of [
      'deck-bg',
      'deck-land',
      'deck-ink',
      'deck-muted',
      'deck-accent',
      'deck-accent-2',
    ])
      expect(p[name], name).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('keeps text readable on the page and on the label plates (4.5:1)', () => {
    for (const text of ['deck-ink', 'deck-muted', 'deck-accent'])
      expect(contrast(p[text]!, p['deck-bg']!), text).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps labels readable even where they cross land (4.5:1)', () => {
    expect(contrast(p['deck-ink']!, p['deck-land']!)).toBeGreaterThanOrEqual(4.5)
  })

  it('makes metro circles, region diamonds and rings stand out from the land (3:1)', () => {
    for (const symbol of ['deck-accent', 'deck-accent-2', 'deck-ink'])
      expect(contrast(p[symbol]!, p['deck-land']!), symbol).toBeGreaterThanOrEqual(3)
  })

  it('keeps land visible against the page without drowning the symbols', () => {
    expect(contrast(p['deck-land']!, p['deck-bg']!)).toBeGreaterThan(1.15)
    expect(contrast(p['deck-land']!, p['deck-bg']!)).toBeLessThan(2.5)
  })
})
