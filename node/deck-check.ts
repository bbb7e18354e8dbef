// What `slidev build` checks before it bundles anything (node/deck-data-plugin.ts), and every export
// before it builds: the data module is valid, every figure, source or claim id the slides ask for exists,
// every claim in the register is said on some slide (or marked backupOnly), and, in a deck that speaks
// Chinese, every text has its Chinese, written as the glossary settles it. Returns the problems; none = fine.
import type { DeckData } from '../data/schema.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseSync } from '@slidev/parser'
import { chineseLinesOfMarkdown, chineseTextsOfData, glossaryProblems } from '../data/glossary-check.ts'
import { translationProblems } from '../data/translation.ts'
import { serveDeckData } from '../data/validate.ts'
import { HEADMATTER_TEXT, headmatterText, speaksChineseHead, translationGaps } from './bilingual-markdown.ts'
import { checkSlideRefs, unusedClaims } from './slide-refs.ts'

/** One Markdown file of the deck as written (tokens unexpanded); `file` names it in messages. */
export interface DeckMarkdown {
  file: string
  markdown: string
}

/** The deck's Markdown from disk: `entry` (relative to `root`) and any pages/*.md beside it. */
export function readDeckMarkdown(root: string, entry: string): DeckMarkdown[] {
  const pages = join(root, 'pages')
  const files = [
    join(root, entry),
    ...(existsSync(pages)
      ? readdirSync(pages).filter(f => f.endsWith('.md')).map(f => join(pages, f))
      : []),
  ]
  return files.filter(existsSync).map(file => ({
    file: relative(root, file),
    markdown: readFileSync(file, 'utf8'),
  }))
}

/** `input`: the records as typed (data/raw.ts's rawDeckData); this file imports no records itself. */
export function checkDeck(root: string, entry: string, input: unknown): string[] {
  return checkDeckData(input, readDeckMarkdown(root, entry)).problems
}

/** The same check on Markdown already read, also giving the validated data when there is no problem. */
export function checkDeckData(input: unknown, slides: readonly DeckMarkdown[]): { problems: string[], data?: DeckData } {
  const { data, problems: invalid } = serveDeckData(input)
  if (!data)
    return { problems: invalid }
  const problems = [
    ...slides.flatMap(({ file, markdown }) => checkSlideRefs(markdown, data, file)),
    ...unusedClaims(slides.map(({ markdown }) => markdown), data),
    ...(slides.some(({ markdown }) => speaksChinese(markdown))
      ? [
          ...slides.flatMap(({ file, markdown }) => chineseGaps(markdown, file)),
          ...translationProblems(data),
          // The Chinese written as the glossary settles it (data/glossary-check.ts).
          ...glossaryProblems([
            ...chineseTextsOfData(data as unknown as Record<string, unknown>),
            ...slides.flatMap(({ file, markdown }) => chineseLinesOfMarkdown(markdown, file)),
          ]),
        ]
      : []),
  ]
  return problems.length
    ? { problems }
    : { problems, data }
}

/** A deck speaks Chinese when its headmatter has a `zh:` map; then every text must exist in Chinese too. */
export function speaksChinese(markdown: string): boolean {
  return speaksChineseHead((parseSync(markdown, 'slides.md').slides[0]?.frontmatter ?? {}) as Record<string, unknown>)
}

/** Each English line of a slide or its notes without its `zh|` line, and each headmatter text without its `zh:` one. */
export function chineseGaps(markdown: string, file: string): string[] {
  const slides = parseSync(markdown, file).slides
  const head = (slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  return [
    ...HEADMATTER_TEXT.filter(key => head[key] !== undefined && !headmatterText(head, key, 'zh'))
      .map(key => `${file}, headmatter: "zh.${key}" is missing: the deck's ${key} in Simplified Chinese (zh)`),
    ...slides.flatMap((slide, index) => [
      ...translationGaps(slide.content, { file, slide: index + 1, part: 'slide' }),
      ...(slide.note
        ? translationGaps(slide.note, { file, slide: index + 1, part: 'notes' })
        : []),
    ]),
  ]
}
