import type { UiTextEntry } from '../../components/lib/ui-text.ts'
// The code's own words (components/lib/ui-text.ts): each in English and in Simplified Chinese, the Chinese
// written with full-width punctuation, a missing language refused by the type checker, and no Chinese typed in the
// code anywhere else.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_LANGS } from '../../components/lib/deck-lang.ts'
import { CONFIDENCE_WORD, CONTINENT_NAME, endSentences, joinSentences, list, UI_TEXT, uiText } from '../../components/lib/ui-text.ts'
import { glossaryProblems } from '../../data/glossary-check.ts'
import { codeTexts } from '../code-text.ts'

/** What an entry says: a phrase, a noun pair, or a sentence built from sample values (7 for each). */
function said(text: unknown): string {
  if (typeof text === 'function')
    return String((text as (...values: number[]) => unknown)(...Array.from<number>({ length: text.length }).fill(7)))
  return Array.isArray(text)
    ? text.join(' ')
    : String(text)
}

const entries = Object.entries(UI_TEXT) as [string, Record<string, unknown>][]

describe('the code\'s own words', () => {
  it.each(entries)('%s says something in every language, and something else in Chinese than in English', (_, text) => {
    for (const lang of DECK_LANGS)
      expect(said(text[lang]).trim(), lang).not.toBe('')
    expect(said(text.zh)).not.toBe(said(text.en))
  })

  it('writes Chinese with full-width punctuation: no ASCII comma, colon, semicolon or brackets beside a Chinese character', () => {
    const halfWidth = /\p{Script=Han}[,:;()]|[,:;()]\p{Script=Han}/u
    const offenders = entries.filter(([, text]) => halfWidth.test(said(text.zh))).map(([key]) => key)
    expect(offenders).toEqual([])
  })

  it('names every continent and confidence level in both languages', () => {
    for (const names of [
      ...Object.values(CONTINENT_NAME),
      ...Object.values(CONFIDENCE_WORD),
    ]) {
      expect(names.en).not.toBe('')
      expect(names.zh).toMatch(/^\p{Script=Han}+$/u)
    }
    expect(CONTINENT_NAME['North America'].zh).toBe('北美洲')
    expect(CONTINENT_NAME.Africa.zh).toBe('非洲')
    expect([CONFIDENCE_WORD.high.zh, CONFIDENCE_WORD.medium.zh, CONFIDENCE_WORD.low.zh]).toEqual(['高', '中', '低'])
  })

  it('is checked by the type checker: an entry without its Chinese does not compile', () => {
    const missing = {
      // @ts-expect-error the Chinese is missing
      lonely: { en: 'English only' },
    } satisfies Record<string, UiTextEntry>
    expect(missing.lonely.en).toBe('English only')
    expect(uiText('zh', 'source')).toBe('来源')
  })
})

describe('list', () => {
  it('writes English lists as British English does, with no comma before "and"', () => {
    expect(list(['Hangzhou'])).toBe('Hangzhou')
    expect(list(['Hong Kong', 'San Jose'])).toBe('Hong Kong and San Jose')
    expect(list(['A', 'B', 'C'])).toBe('A, B and C')
  })

  it('writes Chinese lists with 、 and 和', () => {
    expect(list(['杭州'], 'zh')).toBe('杭州')
    expect(list(['香港', '圣何塞'], 'zh')).toBe('香港和圣何塞')
    expect(list(['杭州', '香港', '圣何塞'], 'zh')).toBe('杭州、香港和圣何塞')
  })
})

describe('sentences', () => {
  it('puts a space between English sentences and none between Chinese ones', () => {
    expect(joinSentences(['One.', '', 'Two.'])).toBe('One. Two.')
    expect(joinSentences(['一。', '', '二。'], 'zh')).toBe('一。二。')
    expect(endSentences(['A: 1', 'B: 2'])).toBe('A: 1. B: 2.')
    expect(endSentences(['甲：1', '乙：2'], 'zh')).toBe('甲：1。乙：2。')
  })
})

describe('the code\'s own Chinese holds the deck\'s one spacing rule', () => {
  // Every entry said with sample values (a number where one is counted, a Latin word where a name goes):
  // no space typed between Han and Latin or digits, no English connective (data/glossary-check.ts).
  const written = Object.entries(UI_TEXT).flatMap(([key, entry]) => {
    const text = entry.zh as unknown
    if (typeof text === 'string') {
      return [
        { where: `ui-text ${key}`, text },
      ]
    }
    if (Array.isArray(text)) {
      return text.map(noun => ({
        where: `ui-text ${key}`,
        text: String(noun),
      }))
    }
    const say = text as (...values: unknown[]) => string
    // A sentence of numbers only (a date) cannot be said with names: Intl refuses them.
    const named = (() => {
      try {
        return [
          {
            where: `ui-text ${key} (names)`,
            text: String(say('Equinix', 'Equinix', 'Equinix', 'Equinix', 'Equinix', 'Equinix')),
          },
        ]
      }
      catch {
        return []
      }
    })()
    return [
      {
        where: `ui-text ${key} (numbers)`,
        text: say(7, 7, 7, 7, 7, 7),
      },
      ...named,
    ]
  })

  it('types no space between Chinese and Latin text or numbers, and no English connective', () => {
    expect(written.length).toBeGreaterThan(50)
    expect(glossaryProblems(written, [])).toEqual([])
  })
})

describe('one home for the code\'s words', () => {
  // Where code lives (the deck's data/ and slides.md are content, in both languages by design); ui-text.ts is the home.
  const FOLDERS = [
    'components',
    'composables',
    'layouts',
    'pages',
    'setup',
    'scripts',
    'node',
  ]
  const HOME = join('components', 'lib', 'ui-text.ts')
  const files = [
    ...readdirSync('.').filter(file => file.endsWith('.vue')),
    ...FOLDERS.flatMap(folder => (readdirSync(folder, { recursive: true }) as string[]).map(file => join(folder, file))),
  ].filter(file => /\.(?:ts|vue)$/.test(file) && file !== HOME)

  it('types no Chinese character in the code outside ui-text.ts (comments aside)', () => {
    expect(files.length).toBeGreaterThan(100)
    const typed = files.flatMap(file => codeTexts(file, readFileSync(file, 'utf8'))
      .filter(text => /\p{Script=Han}/u.test(text))
      .map(text => `${file}: ${text.trim().slice(0, 60)}`))
    expect(typed).toEqual([])
  })

  it('sees a Chinese character typed in code, and none in a comment', () => {
    const han = (file: string, source: string) => codeTexts(file, source).some(text => /\p{Script=Han}/u.test(text))
    expect(han('a.ts', 'const word = \'来源\'')).toBe(true)
    expect(han('a.ts', 'const re = /年/u')).toBe(true)
    expect(han('a.ts', '// 来源\n/** 来源 */\nconst url = \'https://example.com\' // 来源')).toBe(false)
    expect(han('a.vue', '<!-- 来源 -->\n<script setup lang="ts">\n// 来源\nconst a = 1\n</script>\n<template><p>{{ a }}</p></template>\n<style>/* 来源 */</style>')).toBe(false)
    expect(han('a.vue', '<template><p>来源</p></template>')).toBe(true)
  })
})
