// The cover index.html draws before Slidev's script runs (node/cover-splash.ts), from a cover written for the test.
// What the page then shows, in place and type, is held against Slidev's own cover in tests/browser/built-site.test.ts.
import { describe, expect, it } from 'vitest'
import { COVER_SLOT, coverHtml, coverSplash, coverText, TALK_START_CLASS, talkStartScript } from '../../node/cover-splash.ts'

const cover = `# Cloudco's bridge across the **Pacific**

June 2015: Cloudco signs on
to reach customers in two hubs

::note::

Not on the cover.

::eyebrow::

Briefing as of Dec 2026 · a < b & "c"`

describe('coverText', () => {
  it('takes the title, the lines under it and the eyebrow\'s, as plain text with the apostrophe typeset', () => {
    expect(coverText(cover)).toEqual({
      title: 'Cloudco’s bridge across the Pacific',
      lines: ['June 2015: Cloudco signs on to reach customers in two hubs'],
      eyebrow: ['Briefing as of Dec 2026 · a < b & "c"'],
    })
  })

  it('gives a cover without an eyebrow none', () => {
    expect(coverText('# 阿里云之桥\n\n2015年6月签约').eyebrow).toEqual([])
  })
})

describe('coverHtml', () => {
  it('escapes the words and says how Slidev will pick light or dark', () => {
    const html = coverHtml(coverText(cover), 'auto')
    expect(html).toContain('<h1>Cloudco’s bridge across the Pacific</h1>')
    expect(html).toContain('<div class="eyebrow"><p>Briefing as of Dec 2026 · a &#60; b &#38; &#34;c&#34;</p></div>')
    expect(html).toContain('data-color-schema="auto" data-scheme-key="slidev-color-schema"')
  })
})

describe('coverSplash', () => {
  const page = `<body><div id="deck-splash">${COVER_SLOT}</div></body>`
  const bundle = Object.fromEntries([
    'assets/index-a1.js',
    'assets/inter-latin-700-normal-Yt3aPRUw.woff2',
    'assets/inter-latin-700-normal-BLAVimhd.woff',
    'assets/noto-sans-sc-400-Cz6b-0L7.woff2',
  ].map(file => [file, {}]))
  interface Filled { html: string, tags: { tag: string, attrs?: Record<string, string> }[] }
  const fill = (layout: string, built = true) => {
    const plugin = coverSplash(() => ({ content: cover, layout }), () => 'dark')
    ;(plugin.configResolved as (config: { base: string }) => void)({ base: '/repo/' })
    return (plugin.transformIndexHtml as (html: string, context: { bundle?: object }) => string | Filled)(page, built
      ? { bundle }
      : {})
  }

  it('fills the page\'s slot with the first slide when it is a cover, and has a build ask for Inter\'s woff2 files with the page', () => {
    const filled = fill('cover') as Filled
    expect(filled.html).toMatch(/^<body><div id="deck-splash"><div class="splash-cover" data-color-schema="dark"[^>]*><div><h1>Cloudco’s/)
    expect(filled.tags.filter(tag => tag.attrs?.rel === 'preload').map(tag => tag.attrs?.href)).toEqual(['/repo/assets/inter-latin-700-normal-Yt3aPRUw.woff2'])
    expect((fill('cover', false) as Filled).tags.map(tag => tag.tag)).toEqual(['script', 'style'])
  })

  it('writes "$&" and "$$" in the words as they are', () => {
    const plugin = coverSplash(() => ({ content: '# Costs US$$2bn, $& more', layout: 'cover' }), () => 'auto')
    const filled = (plugin.transformIndexHtml as (html: string, context: object) => { html: string })(page, {})
    expect(filled.html).toContain('<h1>Costs US$$2bn, $&#38; more</h1>')
  })

  it('leaves the slot empty when the first slide is not a cover', () => {
    expect(fill('default')).toBe('<body><div id="deck-splash"></div></body>')
  })
})

describe('talkStartScript', () => {
  /** Whether the page's head marks this address as the start of a talk. */
  const startsTalk = (base: string, address: string) => {
    const url = new URL(address, 'http://deck.test')
    const classes = new Set<string>()
    const document = {
      documentElement: {
        classList: {
          add: (name: string) => classes.add(name),
        },
      },
    }
    // eslint-disable-next-line no-new-func -- the script as the page runs it, on a made-up address
    new Function('location', 'document', talkStartScript(base))(url, document)
    return classes.has(TALK_START_CLASS)
  }

  it('marks / and /1 after the site\'s base, and #/ and #/1', () => {
    expect([
      '/repo/',
      '/repo/1',
      '/repo/1/',
      '/repo/#/1',
      '/repo/#/',
    ].map(address => startsTalk('/repo/', address))).toEqual([true, true, true, true, true])
  })

  it('marks the one-file deck from file:// (a relative base) at its start only', () => {
    expect([
      '/tmp/deck.html',
      '/tmp/deck.html#/1',
      '/tmp/deck.html#/5',
      '/tmp/deck.html#/presenter/1',
    ].map(address => startsTalk('./', address))).toEqual([true, true, false, false])
  })

  it('leaves every other page alone: another slide, the presenter, the notes, the remote, print, an embedded slide, another site', () => {
    expect([
      '/repo/5',
      '/repo/5/',
      '/repo/presenter/1',
      '/repo/presenter/',
      '/repo/notes/',
      '/repo/remote/',
      '/repo/print',
      '/repo/1?print',
      '/repo/1?embedded=true',
      '/other/1',
      '/repo/11',
    ].map(address => startsTalk('/repo/', address))).toEqual(Array.from({ length: 11 }).fill(false))
  })
})
