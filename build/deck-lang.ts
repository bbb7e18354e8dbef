import type { Plugin } from 'vite'
// The languages the deck speaks, from one source: English as written, and Simplified Chinese written beside it
// (`zh|` lines in slides.md, `zh` objects in data/). What each language is called where a file must say it.
export const DECK_LANGS = ['en', 'zh'] as const
export type DeckLang = typeof DECK_LANGS[number]

/** The language tag a file declares (HTML `lang`, PDF `/Lang`, PPTX runs). */
export const LANG_TAG: Record<DeckLang, string> = {
  en: 'en',
  zh: 'zh-CN',
}

/** How the language is named to a person choosing it. */
export const LANG_NAME: Record<DeckLang, string> = {
  en: 'English',
  zh: 'Simplified Chinese (简体中文)',
}

/** The environment variable the deck's own Vite plugins and preparser read the slide language from. */
export const LANG_ENV = 'DECK_LANG'

export function isDeckLang(value: unknown): value is DeckLang {
  return typeof value === 'string' && (DECK_LANGS as readonly string[]).includes(value)
}

/** The slide language a process was started for (DECK_LANG), English when unset; anything else is refused. */
export function langFromEnv(env: Record<string, string | undefined>): DeckLang {
  const value = env[LANG_ENV]
  if (value === undefined || value === '')
    return 'en'
  if (!isDeckLang(value))
    throw new Error(`${LANG_ENV} must be one of ${DECK_LANGS.join(', ')}; got "${value}"`)
  return value
}

/**
 * `--lang en|zh|all` (or `--lang=zh`) from a command line: the languages to present or export, in order, and the
 * arguments without it. Without the option, English alone.
 */
export function langsFromArgs(args: readonly string[]): { langs: DeckLang[], rest: string[] } {
  const rest: string[] = []
  let asked: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--lang') {
      asked = args[i + 1]
      if (asked === undefined || asked.startsWith('--'))
        throw new Error(`--lang needs a value: ${[...DECK_LANGS, 'all'].join(', ')}`)
      i++
    }
    else if (arg.startsWith('--lang=')) {
      asked = arg.slice('--lang='.length)
    }
    else {
      rest.push(arg)
    }
  }
  if (asked === undefined) {
    return {
      langs: ['en'],
      rest,
    }
  }
  if (asked === 'all') {
    return {
      langs: [...DECK_LANGS],
      rest,
    }
  }
  if (!isDeckLang(asked))
    throw new Error(`--lang must be one of ${[...DECK_LANGS, 'all'].join(', ')}; got "${asked}"`)
  return {
    langs: [asked],
    rest,
  }
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

/**
 * The page's own `<html lang>` in the slides' language, before any script runs (Slidev sets it again from the
 * headmatter once the app starts): what a screen reader, a browser's font choice and a one-file copy go by.
 */
export function htmlLang(lang: DeckLang): Plugin {
  return {
    name: 'deck-html-lang',
    transformIndexHtml: html => html.replace(/<html\s[^>]*lang="[^"]*"/, match => match.replace(/lang="[^"]*"/, `lang="${LANG_TAG[lang]}"`)),
  }
}
