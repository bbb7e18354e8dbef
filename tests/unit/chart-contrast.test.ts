import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The colour pairs the market-share and competition charts draw text with, checked against WCAG's
// 4.5:1 for text, in light and in dark. Page backgrounds: Slidev's white, and its #121212 in dark.
const css = readFileSync('styles/deck.css', 'utf8')

function palette(selector: ':root' | 'html.dark'): Record<string, string> {
  const vars: Record<string, string> = {}
  const blocks = css.split('}').filter(block => block.trim().startsWith(selector) || block.includes(`\n${selector} {`))
  for (const block of blocks) {
    for (const [, name, value] of block.matchAll(/--(deck-[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi))
      vars[name!] = value!
  }
  return vars
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe.each([[':root', '#ffffff'], ['html.dark', '#121212']] as const)('chart text colours in %s', (selector, page) => {
  const p = { ...palette(':root'), ...(selector === 'html.dark' ? palette('html.dark') : {}) }
  const pairs: [string, string, string][] = [
    ['labels and values on the page', p['deck-ink']!, page],
    ['market, period and source lines on the page', p['deck-muted']!, page],
    ['value and "rest of market" on the rest of the market', p['deck-ink']!, p['deck-rest']!],
    ['a value inside the Aliyun-orange bar', p['deck-on-accent-2']!, p['deck-accent-2']!],
  ]
  it.each(pairs)('%s reach 4.5:1', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5)
  })

  it('bars stand out from the page at 3:1', () => {
    expect(contrast(p['deck-accent-2']!, page)).toBeGreaterThanOrEqual(3)
    expect(contrast(p['deck-other']!, page)).toBeGreaterThanOrEqual(3)
  })
})
