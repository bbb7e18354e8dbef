import type { DeckData } from '../data/lookup.ts'
import { eventDateText, figureText } from '../components/lib/figure-text.ts'
// Tokens that let slides.md say a figure, a date or a claim by id, in prose and in speaker notes, so the
// presenter reads "about 23%" from the data module instead of a number typed by hand. setup/preparser.ts
// expands them when Slidev reads the deck (dev server, build, every export); the build check and the
// tests find them like component refs (slide-refs.ts).
//
//   [[fig:aliyun-cloud-share]]          -> "23%"             the figure's value, as the charts show it
//   [[fig:ecx-facilities|phrase]]       -> "21 facilities"   any field <Fig field="..."> takes (figure-text.ts)
//   [[date:us-region]]                  -> "March 2015"      a timeline event's date, as <EventDate> shows it
//   [[claim:some-claim]]                -> the claim's text  from the claims register (data/claims.ts)
//
// Tokens read in the language of the data they are filled from (its `lang`, set by data/translation.ts's
// inLanguage): with the Chinese deck's data [[date:equinix-deal]] is "2015年6月", [[fig:alibaba-ipo]]
// "250亿美元", [[fig:ecx-facilities|phrase]] "21个设施", a claim its Chinese text; the formatting is
// figure-text.ts's and format.ts's, the same as the charts'.
// An unknown kind, id or field throws an Error that names the token.
import { claimById } from '../data/lookup.ts'

export type TokenKind = 'fig' | 'date' | 'claim'
export const TOKEN_KINDS: readonly TokenKind[] = ['fig', 'date', 'claim']

export interface DeckToken {
  /** The token as written, e.g. "[[fig:alibaba-ipo|phrase]]". */
  raw: string
  kind: TokenKind
  id: string
  /** The figure field after "|" (fig tokens only). */
  field?: string
  /** Offset of the token in the text it was found in. */
  index: number
}

/** Anything between double brackets; what is inside is checked by parseToken. */
const TOKEN = /\[\[([^[\]\n]*)\]\]/g
const BODY = /^(fig|date|claim):([a-z0-9][a-z0-9-]*)(?:\|([a-z]+))?$/

export class TokenError extends Error {
  readonly token: string
  constructor(token: string, message: string) {
    super(`${token}: ${message}`)
    this.name = 'TokenError'
    this.token = token
  }
}

function parseToken(raw: string, body: string, index: number): DeckToken {
  const match = BODY.exec(body.trim())
  if (!match)
    throw new TokenError(raw, 'not a token the deck knows; write [[fig:ID]], [[fig:ID|FIELD]], [[date:EVENT-ID]] or [[claim:ID]] (ids are lower-case words joined by hyphens)')
  const [, kind, id, field] = match as unknown as [string, TokenKind, string, string | undefined]
  if (field !== undefined && kind !== 'fig')
    throw new TokenError(raw, `only fig tokens take a field after "|" (got "${field}")`)
  return {
    raw,
    kind,
    id,
    ...(field === undefined
      ? {}
      : { field }),
    index,
  }
}

/** Every token in a text, in order; a malformed one throws, naming it. */
export function findTokens(text: string): DeckToken[] {
  return [
    ...text.matchAll(TOKEN),
  ].map(match => parseToken(match[0], match[1]!, match.index))
}

/** Every double-bracket token in a text, in order, each parsed or with what is wrong with how it is written. */
export function scanTokens(text: string): Array<{ raw: string, index: number } & ({ token: DeckToken } | { malformed: string })> {
  return [
    ...text.matchAll(TOKEN),
  ].map((match) => {
    try {
      return {
        raw: match[0],
        index: match.index,
        token: parseToken(match[0], match[1]!, match.index),
      }
    }
    catch (error) {
      return { raw: match[0], index: match.index, malformed: (error as Error).message }
    }
  })
}

/** A claim's statement as the deck says it (data/claims.ts). */
export function claimText(id: string, data: DeckData): string {
  return claimById(id, data).text
}

/** What a token reads as. Throws a TokenError naming the token when its id or field is unknown. */
export function tokenText(token: DeckToken, data: DeckData): string {
  try {
    switch (token.kind) {
      case 'fig': return figureText(token.id, token.field ?? 'value', data)
      case 'date': return eventDateText(token.id, data)
      case 'claim': return claimText(token.id, data)
    }
  }
  catch (error) {
    throw new TokenError(token.raw, (error as Error).message)
  }
}

/**
 * Problems with the tokens in a text, each as "[[token]]: what is wrong", in order; none = fine.
 * Malformed tokens are reported too, and do not hide the well-formed ones after them.
 */
export function tokenProblems(text: string, data: DeckData): string[] {
  return scanTokens(text).flatMap((found) => {
    if (!('token' in found))
      return [found.malformed]
    try {
      tokenText(found.token, data)
      return []
    }
    catch (error) {
      return [(error as Error).message]
    }
  })
}

/** Where a text sits in the deck, for error messages: "slides.md, slide 7, notes". */
export interface TokenPlace { file?: string, slide: number, part: 'slide' | 'notes' }

export function placeName(place: TokenPlace): string {
  return `${place.file ?? 'slides.md'}, slide ${place.slide}, ${place.part === 'notes'
    ? 'in the speaker notes'
    : 'on the slide'}`
}

export class DeckTokenError extends Error {
  readonly place: TokenPlace
  readonly problems: string[]
  constructor(place: TokenPlace, problems: string[]) {
    super(`${placeName(place)}: ${problems.length === 1
      ? 'a token'
      : `${problems.length} tokens`} the data module cannot fill:\n- ${problems.join('\n- ')}`)
    this.name = 'DeckTokenError'
    this.place = place
    this.problems = problems
  }
}

/** How a fig token's value is written into the text (the notes set figures in bold: setup/preparser.ts). */
export type FigureMarkup = (value: string) => string

/** The text with every token replaced by its value; throws a DeckTokenError naming place and tokens. */
export function expandTokens(text: string, data: DeckData, place: TokenPlace, figure?: FigureMarkup): string {
  const problems = tokenProblems(text, data)
  if (problems.length)
    throw new DeckTokenError(place, problems)
  return text.replace(TOKEN, (raw, body: string, index: number) => {
    const token = parseToken(raw, body, index)
    const value = tokenText(token, data)
    return figure && token.kind === 'fig'
      ? figure(value)
      : value
  })
}
