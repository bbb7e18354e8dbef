// The languages the deck speaks, from one source: English as written, and Simplified Chinese written beside it
// (`zh|` lines in slides.md, `zh` objects in data/). What each language is called where a file must say it (its
// name, as a person reads it, is in ui-text.ts: LANGUAGE_NAME).
export const DECK_LANGS = ['en', 'zh'] as const
export type DeckLang = typeof DECK_LANGS[number]

/** The language tag a file declares (HTML `lang`, PDF `/Lang`, PPTX runs). */
export const LANG_TAG: Record<DeckLang, string> = {
  en: 'en',
  zh: 'zh-CN',
}

export function isDeckLang(value: unknown): value is DeckLang {
  return typeof value === 'string' && (DECK_LANGS as readonly string[]).includes(value)
}

/** What an exported file's name gets for its language: nothing for English, "-zh" for Chinese. */
export function langSuffix(lang: DeckLang): string {
  return lang === 'en'
    ? ''
    : `-${lang}`
}

/** Where the presenter's choice of notes language is kept (localStorage), and the query that sets it (`?notes=zh`). */
export const NOTES_LANG_KEY = 'deck-notes-lang'
export const NOTES_LANG_QUERY = 'notes'

/**
 * The notes language the presenter chose: `?notes=` in the address first (an export asks for its language
 * so), then the last choice kept in this browser; undefined = the slides' own language.
 */
export function chosenNotesLang(search: string, stored: string | null | undefined): DeckLang | undefined {
  const asked = new URLSearchParams(search).get(NOTES_LANG_QUERY) ?? stored
  return isDeckLang(asked)
    ? asked
    : undefined
}
