// The glossary as a check (data/glossary-check.ts), on a small made-up glossary and texts; the live deck passes it
// through node/deck-check.ts (tests/unit/live-deck.test.ts).
import type { GlossaryEntry } from '../../data/glossary.ts'
import { describe, expect, it } from 'vitest'
import { chineseLinesOfMarkdown, chineseTextsOfData, glossaryProblems } from '../../data/glossary-check.ts'

const entries: GlossaryEntry[] = [
  {
    id: 'list',
    en: 'list',
    zh: '清单',
    kind: 'term',
    note: 'Weak: fixture',
    rejects: ['名单'],
  },
  {
    id: 'export-list',
    en: 'export-control list',
    zh: '出口管制管控名单',
    kind: 'law',
    note: 'Weak: fixture',
  },
  {
    id: 'costco',
    en: 'Costco',
    zh: '开市客',
    kind: 'company',
    note: 'Weak: fixture',
    alsoWritten: ['开市客（Costco）'],
    rejects: ['Costco'],
  },
]

describe('glossaryProblems', () => {
  it('refuses a rejected variant, naming where, the variant and the word to use', () => {
    expect(glossaryProblems([
      { where: 'claims[3] "x" zh.text', text: '美国国防部的名单上有它。' },
    ], entries)).toEqual([
      'claims[3] "x" zh.text: "名单" is a variant data/glossary.ts rejects for "list"; write "清单" ("…美国国防部的名单上有它。…")',
    ])
  })

  it('lets a variant stand inside an accepted form: an official name, a first mention with the English', () => {
    expect(glossaryProblems([
      { where: 'a', text: '列入出口管制管控名单。' },
      { where: 'b', text: '开市客（Costco）通过天猫国际销售；开市客在上海开店。' },
    ], entries)).toEqual([])
    expect(glossaryProblems([
      { where: 'c', text: 'Costco在上海开店。' },
    ], entries)).toHaveLength(1)
  })

  it('holds one spacing rule: no space between Chinese and Latin text, a Latin name keeps its own', () => {
    expect(glossaryProblems([
      { where: 'd', text: '通过Equinix Cloud Exchange触达客户，2015年6月。' },
    ], entries)).toEqual([])
    const problems = glossaryProblems([
      { where: 'e', text: '通过 Equinix Cloud Exchange 触达，共 7 个' },
    ], entries)
    expect(problems).toHaveLength(4)
    expect(problems[0]).toMatch(/^e: a space between Chinese and Latin text/)
  })
})

describe('english connectives in Chinese text', () => {
  it('refuses "via" and "citing" in a Chinese text, naming where and what to write', () => {
    const problems = glossaryProblems([
      { where: 'slides.md, line 12', text: 'B通讯社via A日报报道；C评论citing B通讯社。' },
    ], entries)
    expect(problems).toEqual([
      expect.stringMatching(/^slides\.md, line 12: the English "via" in a Chinese text \(.*\); write .*转载/),
      expect.stringMatching(/^slides\.md, line 12: the English "citing" in a Chinese text/),
    ])
  })

  it('lets a name that holds the letters stand (Viacom, Octavia)', () => {
    expect(glossaryProblems([
      { where: 'f', text: 'Viacom和Octavia的报道。' },
    ], entries)).toEqual([])
  })
})

describe('the texts it reads', () => {
  it('finds every zh field of the data, named by record and field', () => {
    const texts = chineseTextsOfData({
      claims: [
        {
          id: 'a',
          text: 'A',
          zh: { text: '甲', subject: '乙' },
        },
      ],
      ecx: {
        zh: { citiesLabel: '丙' },
      },
    })
    expect(texts).toEqual([
      { where: 'claims[0] "a" zh.text', text: '甲' },
      { where: 'claims[0] "a" zh.subject', text: '乙' },
      { where: 'ecx zh.citiesLabel', text: '丙' },
    ])
  })

  it('finds the zh| lines of a slide file, by line', () => {
    expect(chineseLinesOfMarkdown('# Title\nzh| # 标题\nText', 'slides.md')).toEqual([
      { where: 'slides.md, line 2', text: '# 标题' },
    ])
  })
})
