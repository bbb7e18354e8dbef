import type { Plugin } from 'vite'
import type { DeckLang } from '../components/lib/deck-lang.ts'
// The slide language a Node process works in, from its environment (the deck's Vite plugins and preparser; a
// command line's --lang is read by scripts/lib/cli.ts), and the HTML page's own lang attribute.
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
 * The page's own `<html lang>` in the slides' language, before any script runs (Slidev sets it again from the
 * headmatter once the app starts): what a screen reader, a browser's font choice and a one-file copy go by.
 */
export function htmlLang(lang: DeckLang): Plugin {
  return {
    name: 'deck-html-lang',
    transformIndexHtml: html => html.replace(/<html\s[^>]*lang="[^"]*"/, match => match.replace(/lang="[^"]*"/, `lang="${LANG_TAG[lang]}"`)),
  }
}
