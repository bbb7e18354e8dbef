// Reads slides.md as the audience and the presenter get it, when Slidev reads the deck (dev server,
// `slidev build`, every export):
// - the slide language (DECK_LANG, components/lib/deck-lang.ts): each slide in English, or with its `zh|` lines in place
//   (node/bilingual-markdown.ts); the headmatter's `zh:` map gives the Chinese deck its title and description;
// - the speaker notes in BOTH languages, each in a `<div class="deck-notes" lang="…">`, so the presenter can read
//   English notes to Chinese slides (or the reverse) and switch without a restart (styles/notes.css);
// - the deck's tokens ([[fig:ID]], [[fig:ID|FIELD]], [[date:EVENT-ID]], [[claim:ID]]; node/deck-tokens.ts)
//   filled from the data module in each text's own language.
// A missing translation, invalid data or a token the data cannot fill throws, so the build, an export or the dev
// server's start stops with the slide, the part and the line or token named.
// Slidev loads this file afresh (no module cache) each time it reads the deck, so the values are the data
// module's current ones; setup/vite-plugins.ts has the dev server re-read the deck when data/ changes.
import type { PreparserSetup, SlidevPreparserExtension } from '@slidev/types'
import type { DeckLang } from '../components/lib/deck-lang.ts'
import type { DeckData } from '../data/index.ts'
import { basename } from 'node:path'
import process from 'node:process'
import { DECK_LANGS, LANG_TAG } from '../components/lib/deck-lang.ts'
import { BUDGET_MARK } from '../components/lib/pace.ts'
import { REGISTER_MARK } from '../components/lib/register-mark.ts'
import { headingOf, noteBudget, paragraphPerClick } from '../components/lib/slide-markdown.ts'
import { liveDeckData } from '../data/live.ts'
import { inLanguage } from '../data/translation.ts'
import { HEADMATTER_TEXT, headmatterText, inLanguageMarkdown, speaksChineseHead, translationGaps } from '../node/bilingual-markdown.ts'
import { keptNotesHtml } from '../node/cjk-keep-markdown.ts'
import { expandTokens } from '../node/deck-tokens.ts'
import { langFromEnv } from '../node/process-lang.ts'
import { registerPartsIn } from '../node/register-slides.ts'
import { withNoteClickMarks } from '../node/slidev-adapter.ts'

/** A figure in the notes, in bold: the numbers are what the presenter must not misread at a glance. */
export const strongFigure = (value: string): string => `<strong class="deck-figure">${value}</strong>`

/**
 * Both languages' notes, each in its own element; the presenter view shows the one the presenter chose. Each
 * block's [click] cues count from its own start, as Slidev would count one language's alone.
 */
export function notesInBothLanguages(notes: Record<DeckLang, string>): string {
  return DECK_LANGS.map((lang) => {
    const marked = withNoteClickMarks(notes[lang].trim())
    return `<div class="deck-notes" lang="${LANG_TAG[lang]}">\n\n${lang === 'zh'
      ? keptNotesHtml(marked)
      : marked}\n\n</div>`
  }).join('\n\n')
}

/**
 * The preparser for one Markdown file (`file` names it in messages): slides in `lang`, notes in both, tokens filled
 * from `data` in each language.
 */
export function deckTokens(data: DeckData, file = 'slides.md', lang: DeckLang = 'en'): SlidevPreparserExtension {
  const inEach = Object.fromEntries(DECK_LANGS.map(each => [
    each,
    inLanguage(data, each),
  ])) as Record<DeckLang, DeckData>
  // Slidev hands each slide to transformSlide, then its notes to transformNote, in file order, without
  // the slide's number: count it (transformRawLines runs once at the start of each file).
  let slide = 0
  // A deck speaks Chinese when its headmatter has a `zh:` map (node/deck-check.ts); then every line must.
  let bilingual = false
  const refuse = (problems: string[]) => {
    if (bilingual && problems.length)
      throw new Error(`The deck's Simplified Chinese is incomplete (${problems.length}):\n- ${problems.join('\n- ')}`)
  }
  return {
    name: 'deck-tokens',
    transformRawLines() {
      slide = 0
    },
    async transformSlide(content, frontmatter: Record<string, unknown>) {
      slide += 1
      if (slide === 1)
        bilingual = speaksChineseHead(frontmatter)
      refuse(translationGaps(content, { file, slide, part: 'slide' }))
      const shown = inLanguageMarkdown(content, lang)
      const expanded = expandTokens(shown, inEach[lang], { file, slide, part: 'slide' })
      if (slide === 1 && lang !== 'en')
        takeHeadmatterIn(frontmatter, lang, file)
      // Slidev took the title from the heading before this ran; a heading that changed needs the new one.
      const heading = headingOf(expanded)
      if (heading && heading !== headingOf(content) && (frontmatter.title === undefined || slide > 1))
        frontmatter.title = heading
      // A backup register slide says so in its frontmatter: the source lines of the talk link to it.
      const register = registerPartsIn(expanded, `${file}, slide ${slide}`)
      if (register.length)
        frontmatter[REGISTER_MARK] = register
      return expanded
    },
    async transformNote(note, frontmatter: Record<string, unknown>) {
      if (note === undefined)
        return undefined
      // The pace line (components/lib/pace.ts) gets the budget as a number, not by reading the rendered notes.
      const budget = noteBudget(note)
      if (budget !== undefined)
        frontmatter[BUDGET_MARK] = budget
      refuse(translationGaps(note, { file, slide, part: 'notes' }))
      if (!bilingual)
        return paragraphPerClick(expandTokens(note, inEach.en, { file, slide, part: 'notes' }, strongFigure))
      const notes = Object.fromEntries(DECK_LANGS.map(each => [
        each,
        paragraphPerClick(expandTokens(inLanguageMarkdown(note, each, 'notes'), inEach[each], { file, slide, part: 'notes' }, strongFigure)),
      ])) as Record<DeckLang, string>
      return notesInBothLanguages(notes)
    },
  }
}

/** The deck's title and description in `lang`, from the headmatter's map of that name (`zh: { title, info }`). */
function takeHeadmatterIn(headmatter: Record<string, unknown>, lang: DeckLang, file: string): void {
  for (const key of HEADMATTER_TEXT) {
    if (headmatter[key] === undefined)
      continue
    const text = headmatterText(headmatter, key, lang)
    if (!text)
      throw new Error(`${file}, headmatter: "${lang}.${key}" is missing: the deck's ${key} in Simplified Chinese (zh)`)
    headmatter[key] = text
  }
  headmatter.lang = LANG_TAG[lang]
}

const setup: PreparserSetup = ({ filepath }) => [
  deckTokens(liveDeckData(), basename(filepath), langFromEnv(process.env)),
]

export default setup
