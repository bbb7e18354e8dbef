import type { DeckData } from '../data/index.ts'
// Finds the figure and source ids that slides ask for, so an id that names nothing is refused by the
// build and the tests (the dev server shows it as a visible error in place of the figure).
//   <Fig id="aliyun-cloud-share" field="market" />     a figure, and a field it must have
//   :figures="['tmall-b2c-share', ...]"  figure="x"    figure ids given to any chart or source line
//   compare-with="x"  market="china-iaas-2015"          a figure to compare with; a marketId of share figures
//   highlight="iaas-2015-aliyun"                       a figure to highlight, a share of the tag's `market`
//   :sources="['reuters-2014-09']"                     source ids
//   <EventDate id="us-region" />  <Card event="...">   timeline event ids
//   sources: [a, b] / figures: [c] in a slide's frontmatter (the `cards` layout's source line)
//   [[fig:ID]] [[fig:ID|FIELD]] [[date:EVENT-ID]]      the same, as tokens in prose and notes (deck-tokens.ts)
//   [[claim:hk-first-outside-mainland]]                a claim from data/claims.ts, in prose or notes
import { parseSync } from '@slidev/parser'
import { AS_OF_ID, figureText } from '../components/lib/figure-text.ts'
import { scanTokens } from './deck-tokens.ts'

export interface SlideRef {
  /** "token" is a double-bracket token not written as the deck's tokens are; `id` holds it as written. */
  kind: 'figure' | 'source' | 'field' | 'event' | 'claim' | 'market' | 'highlight' | 'token'
  id: string
  line: number
  figure?: string
  /** For a highlight: the market given on the same tag, which the figure must be a share of. */
  market?: string
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTR = /(:?)([A-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const QUOTED = /'([^']*)'|"([^"]*)"/g

function lineAt(markdown: string, index: number): number {
  return markdown.slice(0, index).split('\n').length
}

/** Refs from the tokens in the text, each with its line; a malformed token is a "token" ref. */
function tokenRefs(markdown: string): SlideRef[] {
  return scanTokens(markdown).flatMap((found): SlideRef[] => {
    const line = lineAt(markdown, found.index)
    if (!('token' in found)) {
      return [
        { kind: 'token', id: found.raw, line },
      ]
    }
    const { token } = found
    if (token.kind === 'date') {
      return [
        { kind: 'event', id: token.id, line },
      ]
    }
    if (token.kind === 'claim') {
      return [
        { kind: 'claim', id: token.id, line },
      ]
    }
    return [
      { kind: 'figure', id: token.id, line },
      ...(token.field
        ? [
            {
              kind: 'field' as const,
              id: token.field,
              figure: token.id,
              line,
            },
          ]
        : []),
    ]
  })
}

function idsIn(expression: string): string[] {
  return [
    ...expression.matchAll(QUOTED),
  ].map(m => m[1] ?? m[2] ?? '')
}

export function findSlideRefs(markdown: string): SlideRef[] {
  const refs: SlideRef[] = []
  for (const tag of markdown.matchAll(TAG)) {
    const line = markdown.slice(0, tag.index).split('\n').length
    const attrs = new Map<string, { bound: boolean, value: string }>()
    for (const a of tag[2]!.matchAll(ATTR))
      attrs.set(a[2]!, { bound: a[1] === ':', value: a[3] ?? a[4] ?? '' })
    const ids = (name: string) => {
      const attr = attrs.get(name)
      return !attr
        ? []
        : attr.bound
          ? idsIn(attr.value)
          : [attr.value]
    }
    if (tag[1] === 'Fig') {
      for (const id of ids('id')) {
        refs.push({ kind: 'figure', id, line })
        for (const field of ids('field')) {
          refs.push({
            kind: 'field',
            id: field,
            figure: id,
            line,
          })
        }
      }
    }
    for (const id of [
      ...ids('figures'),
      ...ids('figure'),
      ...ids('compare-with'),
      ...ids('compareWith'),
    ]) refs.push({ kind: 'figure', id, line })
    for (const id of ids('market')) refs.push({ kind: 'market', id, line })
    const [market] = ids('market')
    for (const id of ids('highlight')) {
      refs.push({
        kind: 'highlight',
        id,
        line,
        ...(market === undefined
          ? {}
          : { market }),
      })
    }
    for (const id of ids('sources')) refs.push({ kind: 'source', id, line })
    if (tag[1] === 'EventDate') {
      for (const id of ids('id')) refs.push({ kind: 'event', id, line })
    }
    for (const id of ids('event')) refs.push({ kind: 'event', id, line })
  }
  return [
    ...frontmatterRefs(markdown),
    ...refs,
    ...tokenRefs(markdown),
  ].sort((a, b) => a.line - b.line)
}

/** Ids a slide's frontmatter gives its layout (`sources: [...]`, `figures: [...]`), at the slide's first line. */
function frontmatterRefs(markdown: string): SlideRef[] {
  const list = (value: unknown): string[] => Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? [value]
      : []
  return parseSync(markdown, 'slides.md').slides.flatMap((slide) => {
    const line = slide.start + 1
    return [
      ...list(slide.frontmatter.figures).map(id => ({ kind: 'figure' as const, id, line })),
      ...list(slide.frontmatter.sources).map(id => ({ kind: 'source' as const, id, line })),
    ]
  })
}

/** Problems with the ids a slide file asks for, each naming the file, line and id. */
export function checkSlideRefs(markdown: string, data: DeckData, file = 'slides.md'): string[] {
  const figures = new Set(data.figures.map(f => f.id))
  const sources = new Set(data.sources.map(s => s.id))
  const events = new Set([
    ...data.events,
    ...data.hindsightEvents,
  ].map(e => e.id))
  if (data.asOf)
    events.add(AS_OF_ID)
  const claims = new Set(data.claims.map(c => c.id))
  const markets = new Set(data.figures.flatMap(f => (f.kind === 'share'
    ? [f.marketId]
    : [])))
  return findSlideRefs(markdown).flatMap((ref) => {
    if (ref.kind === 'token')
      return [`${file} line ${ref.line}: ${ref.id} is not a token the deck knows; write [[fig:ID]], [[fig:ID|FIELD]], [[date:EVENT-ID]] or [[claim:ID]] (got "${ref.id}")`]
    if (ref.kind === 'claim' && !claims.has(ref.id))
      return [`${file} line ${ref.line}: asks for claim id "${ref.id}", which data/claims.ts does not have (got "${ref.id}")`]
    if ((ref.kind === 'figure' || ref.kind === 'highlight') && !figures.has(ref.id))
      return [`${file} line ${ref.line}: asks for figure id "${ref.id}", which the data module does not have (got "${ref.id}")`]
    if (ref.kind === 'highlight' && ref.market !== undefined) {
      const figure = data.figures.find(f => f.id === ref.id)
      if (figure?.kind !== 'share' || figure.marketId !== ref.market)
        return [`${file} line ${ref.line}: asks to highlight figure "${ref.id}", which is not a share of market "${ref.market}" (got "${ref.id}")`]
    }
    if (ref.kind === 'source' && !sources.has(ref.id))
      return [`${file} line ${ref.line}: asks for source id "${ref.id}", which the data module does not have (got "${ref.id}")`]
    if (ref.kind === 'market' && !markets.has(ref.id))
      return [`${file} line ${ref.line}: asks for market "${ref.id}", which no share figure has as its marketId (got "${ref.id}")`]
    if (ref.kind === 'event' && !events.has(ref.id))
      return [`${file} line ${ref.line}: asks for event id "${ref.id}", which the data module does not have (got "${ref.id}")`]
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

/**
 * Claims no slide says: each record in the register must be cited by `[[claim:ID]]` in some slide file,
 * or be marked `backupOnly` (kept for questions), so the register and the deck never drift apart.
 */
export function unusedClaims(markdowns: readonly string[], data: DeckData): string[] {
  const said = new Set(markdowns.flatMap(markdown => findSlideRefs(markdown)).filter(ref => ref.kind === 'claim').map(ref => ref.id))
  return data.claims.flatMap((claim, index) => claim.backupOnly || said.has(claim.id)
    ? []
    : [`claims[${index}] "${claim.id}": no slide says it (got no [[claim:${claim.id}]] in the slides); cite it in slides.md or mark it backupOnly: true`])
}
