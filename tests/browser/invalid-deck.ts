// A copy of the project whose first share is 130%, for the tests that every export refuses invalid
// data. The live data stays untouched; node_modules is linked, not copied.
import type { ShareFigure } from '../../data/index.ts'
import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckData } from '../../data/index.ts'
import { rawDeckData } from '../../data/raw.ts'
import { checkDeck } from '../../node/deck-check.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { copyDeck } from './deck-copy.ts'

export const INVALID_SHARE = 130

export interface InvalidDeck {
  /** The copy's folder. */
  root: string
  /** The share set to 130%. */
  share: ShareFigure
  /** What `npm run build` says about the same data: every export must print these lines. */
  problems: string[]
}

export function copyDeckWithInvalidShare(into: string): InvalidDeck {
  const root = copyDeck(into, 'invalid-deck')
  const share = deckData().figures.find((f): f is ShareFigure => f.kind === 'share')!
  appendFileSync(join(root, 'data', 'figures.ts'), `\n;(figures.find(figure => figure.id === '${share.id}') as { value: number }).value = ${INVALID_SHARE}\n`)
  const patched = {
    ...rawDeckData,
    figures: rawDeckData.figures.map(f => (f.id === share.id
      ? { ...f, value: INVALID_SHARE }
      : f)),
  }
  return {
    root,
    share,
    problems: checkDeck(PROJECT_ROOT, 'slides.md', patched),
  }
}
