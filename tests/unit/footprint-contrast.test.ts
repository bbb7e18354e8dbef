import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The map's symbols sit on land, its note and legend on the page: colour pairs checked against WCAG,
// 3:1 for symbols and 4.5:1 for text, in light and in dark.
const css = readFileSync('styles/deck.css', 'utf8')

function palette(selector: ':root' | 'html.dark'): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const [, body] of css.matchAll(new RegExp(`(?:^|\\n)${selector.replace('.', '\\.')} \\{([^}]*)\\}`, 'g'))) {
    for (const [, name, value] of body!.matchAll(/--(deck-[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi))
      vars[name!] = value!
  }
  return vars
}

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map(c => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe.each([':root', 'html.dark'] as const)('footprint colours in %s', (selector) => {
  const p = { ...palette(':root'), ...(selector === 'html.dark' ? palette('html.dark') : {}) }

  it('defines the map colours in both themes', () => {
    for (const name of ['deck-bg', 'deck-land', 'deck-ink', 'deck-muted', 'deck-accent', 'deck-accent-2'])
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
