// The Chinese slides' Markdown set as Chinese is set: a markdown-it (markdown-exit) rule that wraps what a line must
// not break inside (components/lib/cjk-lines.ts: dates, amounts, names, a paragraph's last characters) in
// <span class="zh-keep"> (white-space: nowrap, styles/deck.css). It works on the parsed text, not the source, so
// bold, links and component tags stay as written and the spans nest inside them. Registered in vite.config.ts
// for the slides' language (DECK_LANG); the English deck is left as it is. Node only: Slidev runs it at build.
import type { MarkdownExit as Markdown, StateCore, Token } from 'markdown-exit'
import type { DeckLang } from '../components/lib/deck-lang.ts'
import MarkdownExit from 'markdown-exit'
import { keepSegments, TAIL } from '../components/lib/cjk-lines.ts'

export const KEEP_CLASS = 'zh-keep'

/** +1 for a token that opens an element (bold, a link, a component's tag), -1 for one that closes it. */
function depthOf(token: Token): number {
  if (token.nesting)
    return token.nesting
  if (token.type !== 'html_inline')
    return 0
  if (token.content.startsWith('</'))
    return -1
  return /\/>$|^<!--/.test(token.content)
    ? 0
    : 1
}

function html(state: StateCore, content: string): Token {
  const token = new state.Token('html_inline', '', 0)
  token.content = content
  return token
}

/** A text token as text and kept spans; `tail`: how many last characters to keep together. */
function split(state: StateCore, token: Token, tail: number): Token[] {
  const segments = keepSegments(token.content, { tail })
  if (!segments.some(segment => segment.keep))
    return [token]
  return segments.flatMap((segment) => {
    const text = new state.Token('text', '', 0)
    text.content = segment.text
    return segment.keep
      ? [
          html(state, `<span class="${KEEP_CLASS}">`),
          text,
          html(state, '</span>'),
        ]
      : [text]
  })
}

/**
 * One paragraph's (or heading's, or cell's) inline tokens with their units kept, and its last TAIL characters.
 * When the last text is shorter (the 。 after **硅谷**), the element before it is kept with it.
 */
export function keepInline(state: StateCore, children: Token[]): Token[] {
  if (!children.some(token => token.type === 'text' && /\p{Script=Han}/u.test(token.content)))
    return children
  const last = children.findLastIndex(token => token.type === 'text' && token.content.trim())
  let wrapFrom = -1
  if (last > 0 && [
    ...children[last]!.content.replace(/\s/g, ''),
  ].length < TAIL && depthOf(children[last - 1]!) === -1) {
    let depth = 0
    for (let at = last - 1; at >= 0; at--) {
      depth += depthOf(children[at]!)
      if (depth === 0) {
        wrapFrom = at
        break
      }
    }
  }
  return children.flatMap((token, at) => [
    ...(at === wrapFrom
      ? [
          html(state, `<span class="${KEEP_CLASS}">`),
        ]
      : []),
    ...(token.type === 'text'
      ? split(state, token, at === last && wrapFrom < 0
          ? TAIL
          : 0)
      : [token]),
    ...(at === last && wrapFrom >= 0
      ? [
          html(state, '</span>'),
        ]
      : []),
  ])
}

/** The rule, for the Chinese slides only. */
export function cjkKeepMarkdown(md: Markdown, lang: DeckLang): void {
  if (lang !== 'zh')
    return
  md.core.ruler.push('deck-cjk-keep', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children)
        token.children = keepInline(state, token.children)
    }
  })
}

/**
 * Chinese speaker notes as HTML, set by the same rule. Slidev renders notes with a Markdown instance of its own
 * that takes no plugins; HTML passes through it as written, so the presenter view and the handout keep dates,
 * amounts and names whole too.
 */
export function keptNotesHtml(markdown: string): string {
  return notesMarkdown().render(markdown)
}

/** The notes' renderer, made once: the preparser asks for every slide's notes each time Slidev reads the deck. */
let chineseNotes: ReturnType<typeof MarkdownExit> | undefined
function notesMarkdown() {
  if (!chineseNotes) {
    chineseNotes = MarkdownExit({ html: true })
    cjkKeepMarkdown(chineseNotes, 'zh')
  }
  return chineseNotes
}
