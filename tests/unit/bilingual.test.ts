// One source, two languages: slides.md carries each line's Simplified Chinese on a `zh|` line after it, the data
// records a `zh` object; the deck is read in either language, the notes in both, and a missing translation is
// named (slide or record, field or line, language). Fixtures only; the live deck's invariants are in live-deck.test.ts.
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { chosenNotesLang, langSuffix } from '../../components/lib/deck-lang.ts'
import { inLanguage, translationProblems } from '../../data/translation.ts'
import { validateDeckData } from '../../data/validate.ts'
import { inLanguageMarkdown, translationGaps } from '../../node/bilingual-markdown.ts'
import { chineseGaps } from '../../node/deck-check.ts'
import { langsFrom } from '../../scripts/lib/cli.ts'
import { deckTokens } from '../../setup/preparser.ts'
import { tinyDeckData } from '../fixtures/tiny-deck-data.ts'

const slide = [
  '# Cloudco holds the market',
  'zh| # Cloudco 占据市场',
  '',
  '<Card title="The deal" tone="aliyun">',
  'zh| <Card title="交易" tone="aliyun">',
  '',
  'Signed in **June**.',
  'zh| 于**6月**签署。',
  '',
  '</Card>',
].join('\n')

const note = [
  'Time 1:00 · The opening, slides 1–2: 2:00',
  'zh| · 开场，第1–2页：2:00',
  '',
  'First this. [click] Then that.',
  'zh| 先说这个。[click] 再说那个。',
  '',
  '> Point at the map.',
  'zh| > 指向地图。',
].join('\n')

describe('a slide in one language (inLanguageMarkdown)', () => {
  it('in English, drops every zh| line and keeps the rest as written', () => {
    expect(inLanguageMarkdown(slide, 'en')).toBe([
      '# Cloudco holds the market',
      '',
      '<Card title="The deal" tone="aliyun">',
      '',
      'Signed in **June**.',
      '',
      '</Card>',
    ].join('\n'))
  })

  it('in Chinese, puts each zh| line in place of the line above it', () => {
    expect(inLanguageMarkdown(slide, 'zh')).toBe([
      '# Cloudco 占据市场',
      '',
      '<Card title="交易" tone="aliyun">',
      '',
      '于**6月**签署。',
      '',
      '</Card>',
    ].join('\n'))
  })

  it('writes the notes\' budget once: the Chinese line says 时间 and the English budget', () => {
    const chinese = inLanguageMarkdown(note, 'zh', 'notes').split('\n')
    expect(chinese[0]).toBe('时间 1:00 · 开场，第1–2页：2:00')
    expect(chinese.slice(1)).toEqual([
      '',
      '先说这个。[click] 再说那个。',
      '',
      '> 指向地图。',
    ])
    expect(inLanguageMarkdown('Time 0:45\n\nSay it.\nzh| 说出来。', 'zh', 'notes')).toBe('时间 0:45\n\n说出来。')
  })
})

describe('what keeps a slide from existing in both languages (translationGaps)', () => {
  const where = { file: 'deck.md', slide: 4, part: 'slide' as const }

  it('finds nothing when every line with words has its Chinese', () => {
    expect(translationGaps(slide, where)).toEqual([])
    expect(translationGaps(note, { ...where, part: 'notes' })).toEqual([])
  })

  it('names the slide, the line and the language of an English line left without its Chinese', () => {
    const removed = slide.replace('zh| 于**6月**签署。\n', '')
    expect(translationGaps(removed, where)).toEqual([
      'deck.md, slide 4, line 7: "Signed in **June**." has no Simplified Chinese (zh): add a "zh|" line after it',
    ])
  })

  it('refuses an empty Chinese line, one with nothing above it, and one that changes the click steps', () => {
    expect(translationGaps(slide.replace('zh| 于**6月**签署。', 'zh|   '), where)).toEqual([
      'deck.md, slide 4, line 8: the Simplified Chinese (zh) of "Signed in **June**." is empty',
    ])
    expect(translationGaps(`zh| 孤行\n${slide}`, where)[0]).toMatch(/line 1: a zh\| line with no English line above it/)
    expect(translationGaps(note.replace('zh| 先说这个。[click] 再说那个。', 'zh| 先说这个，再说那个。'), { ...where, part: 'notes' })).toEqual([
      'deck.md, slide 4 (notes), line 5: the Simplified Chinese (zh) has 0 [click] cues, the English 1: "First this. [click] Then that."',
    ])
  })

  it('lets the Chinese change a component\'s title but not its code', () => {
    const recoded = slide.replace('zh| <Card title="交易" tone="aliyun">', 'zh| <Card title="交易" tone="equinix">')
    expect(translationGaps(recoded, where)).toEqual([
      'deck.md, slide 4, line 5: the Simplified Chinese (zh) changes the component\'s code, not only its text: "<Card title="交易" tone="equinix">"',
    ])
  })

  it('asks no Chinese of lines without words: tags, slot marks, tokens, a bare budget', () => {
    const wordless = [
      '::cards::',
      '</Card>',
      '<FactCheck part="claims" :page="1" :of="6" />',
      '[[fig:cloud-share]]',
      '',
    ]
    expect(translationGaps(wordless.join('\n'), where)).toEqual([])
    expect(translationGaps('Time 0:45\n', { ...where, part: 'notes' })).toEqual([])
  })

  it('asks for the headmatter\'s title and description in the `zh:` map', () => {
    const deck = '---\ntitle: Tiny deck\ninfo: About it\nzh:\n  title: 小演示\n---\n\n# Hello\nzh| # 你好\n'
    expect(chineseGaps(deck, 'deck.md')).toEqual([
      'deck.md, headmatter: "zh.info" is missing: the deck\'s info in Simplified Chinese (zh)',
    ])
  })
})

describe('the data in one language (data/translation.ts)', () => {
  const tiny = validateDeckData(tinyDeckData)
  const withChinese = validateDeckData({
    ...tinyDeckData,
    figures: tinyDeckData.figures.map(figure => figure.id === 'cloud-share'
      ? {
          ...figure,
          zh: {
            holder: 'Cloudco',
            market: '鲁里塔尼亚云计算',
            measure: '营收',
            period: '2015年',
          },
        }
      : figure),
  })

  it('names each record and field whose Chinese is missing', () => {
    const problems = translationProblems(withChinese)
    expect(problems).toContain('figures[1] "site-count": field "zh.label" is missing its Simplified Chinese (zh) translation (English: "Exchange sites")')
    expect(problems.filter(problem => problem.includes('"cloud-share"'))).toEqual([])
  })

  it('gives the Chinese deck each record\'s Chinese, and says which language the records are in', () => {
    const chinese = inLanguage(withChinese, 'zh')
    const share = chinese.figures.find(figure => figure.id === 'cloud-share')!
    expect(share.kind === 'share' && [share.market, share.measure, share.period]).toEqual(['鲁里塔尼亚云计算', '营收', '2015年'])
    expect(chinese.lang).toBe('zh')
    expect(inLanguage(tiny, 'en').figures).toEqual(tiny.figures)
  })
})

describe('choosing languages', () => {
  it('takes --lang en|zh|all as the languages to work in and refuses anything else, naming it', () => {
    expect(langsFrom('zh')).toEqual(['zh'])
    expect(langsFrom('all')).toEqual(['en', 'zh'])
    expect(langsFrom(undefined)).toEqual(['en'])
    expect(() => langsFrom('fr')).toThrow(/--lang must be one of en, zh, all; got "fr"/)
    expect(langSuffix('zh')).toBe('-zh')
    expect(langSuffix('en')).toBe('')
  })

  it('takes the presenter\'s notes language from the address first, then from the last choice kept', () => {
    expect(chosenNotesLang('?notes=en', 'zh')).toBe('en')
    expect(chosenNotesLang('', 'zh')).toBe('zh')
    expect(chosenNotesLang('?notes=xx', null)).toBeUndefined()
  })
})

const bilingualDeck = `---
title: Tiny deck
zh:
  title: 小演示
---

# Hello
zh| # 你好

<!--
Time 1:00

Say [[fig:cloud-share|phrase]].
zh| 说 [[fig:cloud-share|phrase]]。
-->
`

describe('the preparser on a bilingual deck', () => {
  const tiny = validateDeckData(tinyDeckData)

  it('gives the Chinese deck its slides and title in Chinese, and the notes in both languages', async () => {
    const deck = await parse(bilingualDeck, 'tiny.md', [
      deckTokens(tiny, 'tiny.md', 'zh'),
    ])
    const first = deck.slides[0]!
    expect(first.content).toBe('# 你好')
    expect(first.frontmatter.title).toBe('小演示')
    expect(first.frontmatter.lang).toBe('zh-CN')
    expect(first.note).toMatch(/<div class="deck-notes" lang="en">\s+Time 1:00\s+Say <strong class="deck-figure">41\.5% of Ruritania cloud computing<\/strong>\.\s+<\/div>/)
    // The Chinese as HTML, its dates and figures kept whole (node/cjk-keep-markdown.ts keptNotesHtml).
    expect(first.note).toMatch(/<div class="deck-notes" lang="zh-CN">\s+<p>时间 <span class="zh-keep">1:00<\/span><\/p>\s+<p>说 .*<strong class="deck-figure">.*41\.5%/)
  })

  // The presenter view highlights the notes' part for the current click in whichever language it shows.
  it('counts each language\'s click cues from the first click, as if its notes were alone', async () => {
    const withClicks = bilingualDeck.replace(
      'Say [[fig:cloud-share|phrase]].\nzh| 说 [[fig:cloud-share|phrase]]。',
      'Say it. [click] Then this. [click] And that.\nzh| 说吧。[click] 然后这个。[click] 还有那个。',
    )
    const deck = await parse(withClicks, 'tiny.md', [
      deckTokens(tiny, 'tiny.md', 'en'),
    ])
    const note = deck.slides[0]!.note!
    const marksIn = (lang: string) => [
      ...(note.split(`lang="${lang}">`)[1]!.split('</div>')[0]!)
        .matchAll(/class="slidev-note-click-mark" data-clicks="(\d+)"/g),
    ].map(match => Number(match[1]))
    expect(marksIn('en')).toEqual([0, 1, 2])
    expect(marksIn('zh-CN')).toEqual([0, 1, 2])
    expect(note).not.toContain('[click')
  })

  it('stops Slidev reading a deck whose line lost its Chinese, naming slide, line and language', async () => {
    const broken = bilingualDeck.replace('zh| # 你好\n', '')
    await expect(parse(broken, 'tiny.md', [
      deckTokens(tiny, 'tiny.md', 'en'),
    ]))
      .rejects
      .toThrow(/tiny\.md, slide 1, line 1: "# Hello" has no Simplified Chinese \(zh\)/)
  })
})
