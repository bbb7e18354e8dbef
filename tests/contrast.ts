// The deck's palette as styles/deck.css defines it, and WCAG 2 contrast between two colours: one helper
// for every contrast test (chart text, map symbols, light and dark).
import { readFileSync } from 'node:fs'

const css = readFileSync('styles/deck.css', 'utf8')

function block(selector: ':root' | 'html.dark'): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const [, body] of css.matchAll(new RegExp(`(?:^|\\n)${selector.replace('.', '\\.')} \\{([^}]*)\\}`, 'g'))) {
    for (const [, name, value] of body!.matchAll(/--(deck-[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi))
      vars[name!] = value!
  }
  return vars
}

/** The `--deck-*` colours in effect in a theme: the light ones, overridden by the dark ones in dark. */
export function deckPalette(theme: ':root' | 'html.dark'): Record<string, string> {
  return {
    ...block(':root'),
    ...(theme === 'html.dark'
      ? block('html.dark')
      : {}),
  }
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map(c => (c <= 0.04045
    ? c / 12.92
    : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG 2 contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [
    luminance(a),
    luminance(b),
  ].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}
