import { createMarkdownExit } from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { cjkKeepMarkdown, keptNotesHtml } from '../../node/cjk-keep-markdown.ts'

function render(markdown: string, lang: 'en' | 'zh' = 'zh'): string {
  const md = createMarkdownExit({ html: true })
  cjkKeepMarkdown(md, lang)
  return md.render(markdown).trim()
}

describe('cjkKeepMarkdown', () => {
  it('keeps a date, a name and the last characters of a Chinese paragraph each in a no-break span', () => {
    expect(render('签约于2015年10月9日，经Equinix Cloud Exchange触达各地的客户。')).toBe(
      '<p>签约于<span class="zh-keep">2015年10月9日</span>，经<span class="zh-keep">Equinix Cloud Exchange</span>触达各地<span class="zh-keep">的客户。</span></p>',
    )
  })

  it('keeps bold text with the stop after it, the span around the whole element', () => {
    expect(render('这家公司将在**两地**。')).toBe('<p>这家公司将在<span class="zh-keep"><strong>两地</strong>。</span></p>')
  })

  it('keeps a chart\'s takeaway inside its component tag, and a heading\'s end', () => {
    expect(render('<FootprintMap :step="$clicks">这家公司无需新建任何设施。</FootprintMap>'))
      .toBe('<p><FootprintMap :step="$clicks">这家公司无需新建任<span class="zh-keep">何设施。</span></FootprintMap></p>')
    expect(render('# 2015年公共云市场')).toBe('<h1><span class="zh-keep">2015年</span>公<span class="zh-keep">共云市场</span></h1>')
  })

  it('leaves the English deck and English text as written', () => {
    const english = 'Signed on 9 June 2015 via **Equinix Cloud Exchange**.'
    expect(render(english, 'en')).toBe(render(english, 'zh'))
    expect(render(english, 'zh')).not.toContain('zh-keep')
  })
})

describe('keptNotesHtml', () => {
  it('sets Chinese speaker notes by the same rule, as HTML any Markdown renderer passes through unchanged', () => {
    const mark = '<span class="slidev-note-click-mark" data-clicks="1"></span>'
    const html = keptNotesHtml(`时间 1:00\n\n${mark} 阿里云于2015年10月9日筹得<strong class="deck-figure">250亿美元</strong>。`)
    expect(html).toContain('<span class="zh-keep">2015年10月9日</span>')
    expect(html).toContain(mark)
    expect(html).toMatch(/<strong class="deck-figure"><span class="zh-keep">250亿美元<\/span><\/strong>/)
    // Each paragraph a line of its own starting with <p>: an HTML block to Slidev's own notes renderer.
    expect(html.trim().split('\n').every(line => line.startsWith('<p>'))).toBe(true)
    expect(createMarkdownExit({ html: true }).render(html)).toBe(html)
  })
})
