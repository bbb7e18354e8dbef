// Finds the figure and source ids that slides ask for, so an id that names nothing is refused by the
// build and the tests (the dev server shows it as a visible error in place of the figure).
//   <Fig id="aliyun-cloud-share" field="market" />     a figure, and a field it must have
//   :figures="['tmall-b2c-share', ...]"  figure="x"    figure ids given to any chart or source line
//   :sources="['reuters-2014-09']"                     source ids
//   <EventDate id="us-region" />                       a timeline event id
//   [[fig:ID]] [[fig:ID|FIELD]] [[date:ID]] [[claim:ID]] the same, as tokens in prose and notes (deck-tokens.ts)
import type { DeckData } from '../../data/index.ts'
import { claimText, scanTokens } from './deck-tokens.ts'
import { eventDateText, figureText } from './figure-text.ts'

export interface SlideRef {
  /** "token" is a double-bracket token that is not written as the deck's tokens are; `id` holds it. */
  kind: 'figure' | 'source' | 'field' | 'event' | 'claim' | 'token'
  id: string
  line: number
  figure?: string
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g
const ATTR = /(:?)([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const QUOTED = /'([^']*)'|"([^"]*)"/g

function lineAt(markdown: string, index: number): number {
  return markdown.slice(0, index).split('\n').length
}

/** Refs from the tokens in the text, each with its line; a malformed token is a "token" ref. */
function tokenRefs(markdown: string): SlideRef[] {
  return scanTokens(markdown).flatMap((found): SlideRef[] => {
    const line = lineAt(markdown, found.index)
    if (!('token' in found))
      return [{ kind: 'token', id: found.raw, line }]
    const { token } = found
    if (token.kind === 'date')
      return [{ kind: 'event', id: token.id, line }]
    if (token.kind === 'claim')
      return [{ kind: 'claim', id: token.id, line }]
    return [{ kind: 'figure', id: token.id, line }, ...(token.field ? [{ kind: 'field' as const, id: token.field, figure: token.id, line }] : [])]
  })
}

function idsIn(expression: string): string[] {
  return [...expression.matchAll(QUOTED)].map(m => m[1] ?? m[2] ?? '')
}

export function findSlideRefs(markdown: string): SlideRef[] {
  const refs: SlideRef[] = []
  for (const tag of markdown.matchAll(TAG)) {
    const line = lineAt(markdown, tag.index)
    const attrs = new Map<string, { bound: boolean, value: string }>()
    for (const a of tag[2]!.matchAll(ATTR))
      attrs.set(a[2]!, { bound: a[1] === ':', value: a[3] ?? a[4] ?? '' })
    const ids = (name: string) => {
      const attr = attrs.get(name)
      return !attr ? [] : attr.bound ? idsIn(attr.value) : [attr.value]
    }
    if (tag[1] === 'Fig') {
      for (const id of ids('id')) {
        refs.push({ kind: 'figure', id, line })
        for (const field of ids('field')) refs.push({ kind: 'field', id: field, figure: id, line })
      }
    }
    if (tag[1] === 'EventDate') {
      for (const id of ids('id')) refs.push({ kind: 'event', id, line })
    }
    for (const id of [...ids('figures'), ...ids('figure')]) refs.push({ kind: 'figure', id, line })
    for (const id of ids('sources')) refs.push({ kind: 'source', id, line })
  }
  return [...refs, ...tokenRefs(markdown)].sort((a, b) => a.line - b.line)
}

/** Problems with the ids a slide file asks for, each naming the file, line and id. */
export function checkSlideRefs(markdown: string, data: DeckData, file = 'slides.md'): string[] {
  const figures = new Set(data.figures.map(f => f.id))
  const sources = new Set(data.sources.map(s => s.id))
  return findSlideRefs(markdown).flatMap((ref) => {
    if (ref.kind === 'figure' && !figures.has(ref.id))
      return [`${file} line ${ref.line}: asks for figure id "${ref.id}", which the data module does not have (got "${ref.id}")`]
    if (ref.kind === 'source' && !sources.has(ref.id))
      return [`${file} line ${ref.line}: asks for source id "${ref.id}", which the data module does not have (got "${ref.id}")`]
    if (ref.kind === 'token')
      return [`${file} line ${ref.line}: ${ref.id} is not a token the deck knows; write [[fig:ID]], [[fig:ID|FIELD]], [[date:EVENT-ID]] or [[claim:ID]] (got "${ref.id}")`]
    if (ref.kind === 'event' || ref.kind === 'claim') {
      try {
        if (ref.kind === 'event')
          eventDateText(ref.id, data)
        else
          claimText(ref.id, data)
      }
      catch (error) {
        return [`${file} line ${ref.line}: ${(error as Error).message} (got "${ref.id}")`]
      }
    }
    if (ref.kind === 'field' && ref.figure && figures.has(ref.figure)) {
      try {
        figureText(ref.figure, ref.id, data)
      }
      catch (error) {
        return [`${file} line ${ref.line}: ${(error as Error).message} (got "${ref.id}")`]
      }
    }
    return []
  })
}
