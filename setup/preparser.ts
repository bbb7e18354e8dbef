// Expands the deck's tokens ([[fig:ID]], [[fig:ID|FIELD]], [[date:EVENT-ID]], [[claim:ID]]; see
// build/deck-tokens.ts) in every slide and its speaker notes when Slidev reads slides.md: in
// the dev server, `slidev build` and every export. Invalid data or a token the data cannot fill throws,
// so the build, an export or the dev server's start stops with the slide, the part and the token named.
// Slidev loads this file afresh (no module cache) each time it reads the deck, so the values are the
// data module's current ones; setup/vite-plugins.ts has the dev server re-read the deck when data/ changes.
import type { PreparserSetup, SlidevPreparserExtension } from '@slidev/types'
import type { DeckData } from '../data/index.ts'
import { basename } from 'node:path'
import { expandTokens } from '../build/deck-tokens.ts'
import { liveDeckData } from '../data/live.ts'

const HEADING = /^#\s+(\S.*)$/m

/** The preparser for one Markdown file (`file` names it in error messages), filling tokens from `data`. */
export function deckTokens(data: DeckData, file = 'slides.md'): SlidevPreparserExtension {
  // Slidev hands each slide to transformSlide, then its notes to transformNote, in file order, without
  // the slide's number: count it (transformRawLines runs once at the start of each file).
  let slide = 0
  return {
    name: 'deck-tokens',
    transformRawLines() {
      slide = 0
    },
    async transformSlide(content, frontmatter: Record<string, unknown>) {
      slide += 1
      const expanded = expandTokens(content, data, { file, slide, part: 'slide' })
      // Slidev took the title from the heading before this ran; a heading with a token needs the new one.
      const heading = HEADING.exec(expanded)?.[1]
      if (frontmatter.title === undefined && heading && heading !== HEADING.exec(content)?.[1])
        frontmatter.title = heading.trim()
      return expanded
    },
    async transformNote(note) {
      return note === undefined
        ? undefined
        : expandTokens(note, data, { file, slide, part: 'notes' })
    },
  }
}

const setup: PreparserSetup = ({ filepath }) => [
  deckTokens(liveDeckData(), basename(filepath)),
]

export default setup
