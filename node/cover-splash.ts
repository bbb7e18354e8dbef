import type { Plugin } from 'vite'
// The cover as the page draws it before Slidev's script has run (index.html's #deck-splash): on a phone on a slow
// link the script takes seconds, and the audience would see a blank page. This writes the first slide's words, in
// the build's language with its tokens filled (Slidev's loaded deck), into the page; index.html gives them the
// cover's geometry and takes them away once Slidev has drawn the slide. A deck whose first slide is not a cover
// gets nothing, and the page draws nothing.
import { headingOf } from '../components/lib/slide-markdown.ts'
import { SLIDEV_COLOR_SCHEME_KEY } from './slidev-adapter.ts'

/** Where index.html takes the cover's words. */
export const COVER_SLOT = '<!--deck-cover-->'

export interface CoverText {
  title: string
  /** The paragraphs under the title. */
  lines: string[]
  /** The paragraphs of the `::eyebrow::` slot. */
  eyebrow: string[]
}

/**
 * Markdown as the plain text the cover shows: it has no markup, so bold and code marks are dropped; an apostrophe
 * inside a word is typeset as Slidev's Markdown sets it (Alibaba’s).
 */
const plain = (markdown: string) => markdown.replace(/\s*\n\s*/g, ' ').replace(/\*|`/g, '').replace(/(\p{L})'(\p{L})/gu, '$1’$2').trim()

/** Blank-line paragraphs as plain text, headings and tags left out. */
function paragraphs(markdown: string): string[] {
  return markdown.split(/\n\s*\n/)
    .map(plain)
    .filter(paragraph => paragraph && !paragraph.startsWith('#') && !paragraph.startsWith('<'))
}

/** The cover's words from its Markdown in one language, tokens filled: the heading, the lines under it, the eyebrow. */
export function coverText(markdown: string): CoverText {
  const [body = '', ...slots] = markdown.split(/^(::[\w-]+::)\s*$/m)
  const eyebrow = slots[slots.indexOf('::eyebrow::') + 1]
  return {
    title: plain(headingOf(body) ?? ''),
    lines: paragraphs(body),
    eyebrow: slots.includes('::eyebrow::') && eyebrow
      ? paragraphs(eyebrow)
      : [],
  }
}

const escaped = (text: string) => text.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`)

/** The cover's markup for index.html: its words, and what picks light or dark as Slidev will (its setting, else the stored choice). */
export function coverHtml(cover: CoverText, colorSchema: string): string {
  const eyebrow = cover.eyebrow.length
    ? `<div class="eyebrow">${cover.eyebrow.map(line => `<p>${escaped(line)}</p>`).join('')}</div>`
    : ''
  return `<div class="splash-cover" data-color-schema="${escaped(colorSchema)}" data-scheme-key="${SLIDEV_COLOR_SCHEME_KEY}">`
    + `<div><h1>${escaped(cover.title)}</h1>${cover.lines.map(line => `<p>${escaped(line)}</p>`).join('')}${eyebrow}</div></div>`
}

/**
 * The cover's Latin fonts among a build's output files (Inter's weights, by the names @fontsource gives them). The
 * Chinese deck's font files are written after the page (node/cjk-font.ts), so its Chinese words' font is asked for by
 * the page's script instead.
 */
export function coverFonts(files: readonly string[]): string[] {
  return files.filter(file => /^inter-latin-\d+-normal-[\w-]+\.woff2$/.test(file.split('/').at(-1)!))
}

/** The class the page's head gives <html> where a talk starts (index.html draws the cover only then). */
export const TALK_START_CLASS = 'deck-talk-start'

/**
 * The page's first script, in its head: whether this address is where a talk starts (/ or /1 after the site's base,
 * #/ or #/1 in a hash-routed page; a relative base is the one-file deck, which starts at slide 1 whatever its file is
 * called), and not the print view or an embedded slide. There the page is black from its first paint, as Slidev draws
 * around the slide: a designer saw a dark-mode phone go white for up to 370 ms before the page's cover.
 */
export function talkStartScript(base: string): string {
  return `(function () {
  var base = ${JSON.stringify(base)}
  var route = location.hash.indexOf('#/') === 0 ? location.hash.slice(2) : base.charAt(0) !== '/' ? '' : location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : null
  var search = new URLSearchParams(location.search)
  if (route !== null && /^(1\\/?)?$/.test(route) && !search.has('print') && !search.has('embedded'))
    document.documentElement.classList.add('${TALK_START_CLASS}')
})()`
}

/**
 * Fills index.html's cover slot from the first slide in a build (Slidev's dev server serves its page without Vite's
 * page transforms, so there the slot stays empty and the page draws nothing), and has the page ask for the cover's
 * fonts at once: after the stylesheet, they came a second too late on Lighthouse's slow phone, and the words wait
 * for them.
 */
export function coverSplash(firstSlide: () => { content: string, layout: unknown }, colorSchema: () => string): Plugin {
  let base = '/'
  return {
    name: 'deck-cover-splash',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml(html, context) {
      const slide = firstSlide()
      // A function, so that "$&" or "$$" in the cover's words are not read as replacement patterns.
      if (slide.layout !== 'cover')
        return html.replace(COVER_SLOT, () => '')
      return {
        html: html.replace(COVER_SLOT, () => coverHtml(coverText(slide.content), colorSchema())),
        tags: [
          {
            tag: 'script',
            children: talkStartScript(base),
            injectTo: 'head-prepend' as const,
          },
          { tag: 'style', children: `html.${TALK_START_CLASS} { background: #000; }`, injectTo: 'head-prepend' as const },
          ...coverFonts(Object.keys(context.bundle ?? {})).map(file => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              href: `${base}${file}`,
            },
            injectTo: 'head-prepend' as const,
          })),
        ],
      }
    },
  }
}
