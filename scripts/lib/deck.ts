// The deck as Slidev parses it: what tests and scripts need to know about each slide.
import { load } from '@slidev/parser/fs'
import { join } from 'node:path'
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

export async function readDeck(file = join(PROJECT_ROOT, 'slides.md')): Promise<DeckSlide[]> {
  const data = await load({ roots: [PROJECT_ROOT], userRoot: PROJECT_ROOT }, file)
  return data.slides.map((slide, index) => ({
    no: index + 1,
    title: slide.title ?? '',
    note: (slide.note ?? '').trim(),
    content: slide.source.content,
    frontmatter: slide.frontmatter,
  }))
}
