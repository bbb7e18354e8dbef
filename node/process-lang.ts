import type { Plugin } from 'vite'
import type { DeckLang } from '../components/lib/deck-lang.ts'
// The slide language a Node process works in: from its environment (the deck's Vite plugins and preparser) or
// from a command line's --lang, and the HTML page's own lang attribute.
import { DECK_LANGS, isDeckLang, LANG_TAG } from '../components/lib/deck-lang.ts'

/** The environment variable the deck's own Vite plugins and preparser read the slide language from. */
export const LANG_ENV = 'DECK_LANG'

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
