import type { DeckLang } from '../../components/lib/deck-lang.ts'
import { join } from 'node:path'
// The deck as Slidev parses it: what tests and scripts need to know about each slide.
import { load } from '@slidev/parser/fs'
import { headingOf } from '../../components/lib/slide-markdown.ts'
import { deckData } from '../../data/index.ts'
import { inLanguage } from '../../data/translation.ts'
import { headmatterText, inLanguageMarkdown } from '../../node/bilingual-markdown.ts'
import { expandTokens } from '../../node/deck-tokens.ts'
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
 * The slides of a deck file. With `lang` (English by default), each slide's content, title and notes in that
 * language (node/bilingual-markdown.ts; `lang: 'written'` keeps both, as typed). With `expand`, the
 * [[fig:...]] tokens in them are filled from the data module in that language, as the presenter and the
 * audience see them; otherwise as written.
 */
export async function readDeck(file = join(PROJECT_ROOT, 'slides.md'), options: { expand?: boolean, lang?: DeckLang | 'written' } = {}): Promise<DeckSlide[]> {
  const data = await load({
    roots: [PROJECT_ROOT],
    userRoot: PROJECT_ROOT,
  }, file)
  const lang = options.lang ?? 'en'
  const slides = data.slides.map((slide, index) => {
    const content = lang === 'written'
      ? slide.source.content
      : inLanguageMarkdown(slide.source.content, lang)
    const chineseTitle = index === 0 && lang === 'zh'
      ? headmatterText(slide.frontmatter, 'title', lang)
      : undefined
    return {
      no: index + 1,
      title: chineseTitle ?? (lang === 'zh'
        ? headingOf(content)
        : undefined) ?? slide.title ?? '',
      note: (lang === 'written'
        ? slide.note ?? ''
        : inLanguageMarkdown(slide.note ?? '', lang, 'notes')).trim(),
      content,
      frontmatter: slide.frontmatter,
    }
  })
  if (!options.expand)
    return slides
  const values = inLanguage(deckData(), lang === 'written'
    ? 'en'
    : lang)
  return slides.map(slide => ({
    ...slide,
    title: expandTokens(slide.title, values, { slide: slide.no, part: 'slide' }),
    content: expandTokens(slide.content, values, { slide: slide.no, part: 'slide' }),
    note: expandTokens(slide.note, values, { slide: slide.no, part: 'notes' }),
  }))
}
