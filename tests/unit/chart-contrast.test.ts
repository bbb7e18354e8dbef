import { describe, expect, it } from 'vitest'
import { contrast, deckPalette } from '../contrast.ts'

// The colour pairs the market-share and competition charts draw text with, checked against WCAG's
// 4.5:1 for text, in light and in dark. Page backgrounds: Slidev's white, and its #121212 in dark.
describe.each([
  [':root', '#ffffff'],
  ['html.dark', '#121212'],
] as const)('chart text colours in %s', (selector, page) => {
  const p = deckPalette(selector)
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
