import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { pptxSlideTexts, wordsMissing } from '../browser/pptx-words.ts'
import { differences } from '../browser/slide-says.ts'

const slide = (...paragraphs: string[]) => `<p:sld><p:txBody>${paragraphs.map(p => `<a:p><a:r><a:t>${p}</a:t></a:r></a:p>`).join('')}</p:txBody></p:sld>`
const chart = `<c:chart><c:title><a:p><a:r><a:t>Shares</a:t></a:r></a:p></c:title><c:ser><c:dLbls><c:numFmt formatCode="0.0&quot;%&quot;;-0.0&quot;%&quot;;;@"/></c:dLbls>`
  + `<c:cat><c:pt><c:v>Alpha</c:v></c:pt></c:cat><c:val><c:pt><c:v>31</c:v></c:pt><c:pt><c:v>0</c:v></c:pt></c:val></c:ser></c:chart>`
function deck(slides: string[], charts: Record<number, string> = {}) {
  return Object.fromEntries([
    ...slides.map((xml, i) => [
      `ppt/slides/slide${i + 1}.xml`,
      strToU8(xml),
    ]),
    ...Object.entries(charts).flatMap(([no, xml]) => [
      [
        `ppt/slides/_rels/slide${no}.xml.rels`,
        strToU8(`<Relationship Target="../charts/chart${no}.xml"/>`),
      ],
      [
        `ppt/charts/chart${no}.xml`,
        strToU8(xml),
      ],
    ]),
  ])
}

describe('wordsMissing', () => {
  it('names the words of a card body the PPTX slide dropped, and nothing when every word is there', () => {
    const pdf = 'Why it mattered\nUS clouds entered China through\nlocal partners.'
    const [kept, dropped] = pptxSlideTexts(deck([
      slide('Why it mattered', 'US clouds entered China through local partners.'),
      slide('Why it mattered'),
    ]))
    expect(wordsMissing(pdf, kept!)).toEqual([])
    expect(wordsMissing(pdf, dropped!)).toEqual([
      'US',
      'clouds',
      'entered',
      'China',
      'through',
      'local',
      'partners.',
    ])
  })

  it('reads a native chart\'s title, categories and value labels as its number format shows them', () => {
    const [text] = pptxSlideTexts(deck([
      slide('Title'),
    ], { 1: chart }))
    expect(wordsMissing('Title Shares Alpha 31.0%', text!)).toEqual([])
    expect(wordsMissing('Beta 12.0%', text!)).toEqual(['Beta', '12.0%'])
  })

  it('reads a picture\'s alt text, and compares Chinese a run of Chinese characters at a time', () => {
    const [text] = pptxSlideTexts(deck([`<p:pic><p:cNvPr id="2" descr="香港与硅谷 ECX设施"/></p:pic>${slide('市场其余部分', '56%')}`]))
    expect(wordsMissing('香港与硅谷\nECX设施 市场其余部分56%', text!)).toEqual([])
    expect(wordsMissing('上海：具体月份不详', text!)).toEqual(['上海', '具体月份不详'])
  })
})

describe('differences, for a slide with a table', () => {
  const says = {
    no: 3,
    title: 'Every claim',
    blocks: [],
    cells: ['Silicon Valley: first US site', '路透社，2015年7月'],
    values: [],
    notes: [],
  }

  it('finds each cell\'s words though a reader interleaves a table\'s lines across its cells', () => {
    expect(differences(says, 'Every claim\nSilicon Valley: first 路透 high\nUS site 社，2015年7月')).toEqual([])
  })

  it('names a cell whose words are missing, and the words', () => {
    expect(differences(says, 'Every claim\nSilicon Valley 路透社，2015年7月')).toEqual(['slide 3: missing the table cell "Silicon Valley: first US site" (first US site)'])
  })
})
