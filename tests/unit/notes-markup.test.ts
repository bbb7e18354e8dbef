// The speaker notes as the presenter view, the handout and the PPTX read them: a paragraph per [click] cue, in
// either language, and the figures ([[fig:…]] tokens) in bold. A tiny made-up deck, read as Slidev reads it.
import { parse } from '@slidev/parser'
import { createMarkdownExit } from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { BUDGET_MARK, budgetOf } from '../../components/lib/pace.ts'
import { validateDeckData } from '../../data/validate.ts'
import { deckTokens } from '../../setup/preparser.ts'
import { tinyDeckData } from '../fixtures/tiny-deck-data.ts'

const tiny = validateDeckData(tinyDeckData)

function deck(notes: string, bilingual = true) {
  return `---
title: Tiny deck
${bilingual
  ? 'zh:\n  title: 小演示\n'
  : ''}---

# Hello
${bilingual
  ? 'zh| # 你好\n'
  : ''}
<!--
${notes}
-->
`
}

/**
 * The notes' paragraphs as Slidev's own notes renderer draws them (Markdown with HTML: the Chinese notes arrive as
 * HTML already), each as [the click mark it starts with, its words].
 */
function paragraphs(notes: string): Array<[number | undefined, string]> {
  const html = createMarkdownExit({ html: true }).render(notes)
  return [
    ...html.matchAll(/<p>([\s\S]*?)<\/p>/g),
  ].map((match) => {
    const part = match[1]!.trim()
    const mark = /^<span class="slidev-note-click-mark" data-clicks="(\d+)"><\/span>/.exec(part)
    return [
      mark
        ? Number(mark[1])
        : undefined,
      part.replace(/<[^>]+>/g, '').trim(),
    ]
  })
}

async function slideOf(markdown: string, lang: 'en' | 'zh' = 'en') {
  return (await parse(markdown, 'tiny.md', [
    deckTokens(tiny, 'tiny.md', lang),
  ])).slides[0]!
}

async function notesOf(markdown: string, lang: 'en' | 'zh' = 'en') {
  return (await slideOf(markdown, lang)).note!
}

describe('the notes, a paragraph per click', () => {
  const withClicks = deck([
    'Time 1:00',
    '',
    'Say it. [click] Then this, [click] and that.',
    'zh| 说吧。[click] 然后这个，[click] 还有那个。',
  ].join('\n'))

  it('starts a paragraph at each [click] cue, its mark first, in English and in Chinese', async () => {
    const note = await notesOf(withClicks, 'zh')
    const [en, zh] = note.split('<div class="deck-notes" lang="zh-CN">')
    expect(paragraphs(en!)).toEqual([
      [0, 'Time 1:00'],
      [undefined, 'Say it.'],
      [1, 'Then this,'],
      [2, 'and that.'],
    ])
    expect(paragraphs(zh!)).toEqual([
      [0, '时间 1:00'],
      [undefined, '说吧。'],
      [1, '然后这个，'],
      [2, '还有那个。'],
    ])
  })

  it('does the same in a deck with one language (Slidev marks the cues there)', async () => {
    const note = await notesOf(deck('Time 1:00\n\nSay it. [click] Then this. [click:2] And that.', false))
    expect(note).toBe('Time 1:00\n\nSay it.\n\n[click] Then this.\n\n[click:2] And that.')
  })

  it('leaves notes without cues in the paragraphs they were written in', async () => {
    const note = await notesOf(deck('Time 1:00\n\nOne paragraph, two sentences. Still one.\nzh| 一段话，两句话。还是一段。'))
    expect(paragraphs(note.split('<div class="deck-notes" lang="zh-CN">')[0]!)).toEqual([
      [undefined, 'Time 1:00'],
      [undefined, 'One paragraph, two sentences. Still one.'],
    ])
  })
})

describe('the figures in the notes', () => {
  it('are set in bold, in both languages; dates and claims are not', async () => {
    const note = await notesOf(deck([
      'Time 1:00',
      '',
      'Cloudco held [[fig:cloud-share]] from [[date:first-region]] with [[fig:site-count|phrase]]. [[claim:rules-local-partner]]',
      'zh| Cloudco从[[date:first-region]]起占[[fig:cloud-share]]，有[[fig:site-count|phrase]]。[[claim:rules-local-partner]]',
    ].join('\n')))
    const strong = (lang: string) => [
      ...note.split(`lang="${lang}">`)[1]!.split('</div>')[0]!.matchAll(/<strong class="deck-figure">([^<]+)<\/strong>/g),
    ].map(match => match[1])
    expect(strong('en')).toEqual(['41.5%', '7 sites'])
    expect(strong('zh-CN')).toHaveLength(2)
    expect(strong('zh-CN')[0]).toBe('41.5%')
    expect(note).toContain('from March 2015 with')
  })
})

describe('the budget', () => {
  it('reaches the pace line as a number in the slide\'s frontmatter, in either language\'s deck', async () => {
    const written = deck('Time 1:30 · The opening: 2:00\nzh| · 开场：2:00\n\nSay it.\nzh| 说吧。')
    for (const lang of ['en', 'zh'] as const)
      expect(budgetOf((await slideOf(written, lang)).frontmatter)).toBe(90)
    expect((await slideOf(deck('Say it.\nzh| 说吧。'))).frontmatter).not.toHaveProperty(BUDGET_MARK)
  })
})
