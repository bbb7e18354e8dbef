import { join } from 'node:path'
// The deck as Slidev parses it: what tests and scripts need to know about each slide.
import { load } from '@slidev/parser/fs'
import { expandTokens } from '../../build/deck-tokens.ts'
import { deckData } from '../../data/index.ts'
import { PROJECT_ROOT } from './paths.ts'

export interface DeckSlide {
  /** 1-based, as in the URL. */
  no: number
  title: string
  /** Speaker notes, as written in the Markdown comment. */
  note: string
  /** The slide's Markdown without its notes. */
  content: string
  frontmatter: Record<string, unknown>
}

/**
 * The slides of a deck file. With `expand`, the [[fig:...]] tokens in content, title and notes are
 * filled from the data module, as the presenter and the audience see them; otherwise as written.
 */
export async function readDeck(file = join(PROJECT_ROOT, 'slides.md'), options: { expand?: boolean } = {}): Promise<DeckSlide[]> {
  const data = await load({
    roots: [PROJECT_ROOT],
    userRoot: PROJECT_ROOT,
  }, file)
  const slides = data.slides.map((slide, index) => ({
    no: index + 1,
    title: slide.title ?? '',
    note: (slide.note ?? '').trim(),
    content: slide.source.content,
    frontmatter: slide.frontmatter,
  }))
  if (!options.expand)
    return slides
  const values = deckData()
  return slides.map(slide => ({
    ...slide,
    title: expandTokens(slide.title, values, { slide: slide.no, part: 'slide' }),
    content: expandTokens(slide.content, values, { slide: slide.no, part: 'slide' }),
    note: expandTokens(slide.note, values, { slide: slide.no, part: 'notes' }),
  }))
}
