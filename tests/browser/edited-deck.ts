// A copy of the project with an analyst's valid edit: one share and one count set to numbers that appear
// nowhere else in the deck, for the parity test to see every format follow. The sibling of
// invalid-deck.ts; the live data stays untouched, node_modules is linked, not copied.
import type { DeckData, Figure } from '../../data/index.ts'
import type { DeckDataInput } from '../../data/schema.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { rawDeckData } from '../../data/raw.ts'
import { validateDeckData } from '../../data/validate.ts'
import { findSlideRefs } from '../../node/slide-refs.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { copyDeck } from './deck-copy.ts'

export interface FigureEdit {
  id: string
  kind: 'share' | 'count'
  from: number
  to: number
}

export interface EditedDeck {
  /** The copy's folder. */
  root: string
  edits: FigureEdit[]
  /** The copy's data, validated: what every format exported from the copy must show. */
  data: DeckData
}

/** Every number written in a text ("2015", "31.0", "7"), as the numbers themselves. */
function numbersIn(text: string): Set<number> {
  return new Set([
    ...text.matchAll(/\d+(?:\.\d+)?/g),
  ].map(match => Number(match[0])))
}

/** How often the slides ask for each figure (tags, chart attributes, tokens). */
function timesAskedFor(markdown: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const ref of findSlideRefs(markdown)) {
    if (ref.kind === 'figure' || ref.kind === 'highlight')
      counts.set(ref.id, (counts.get(ref.id) ?? 0) + 1)
  }
  return counts
}

/** The figure of `kind` the slides ask for most often: the edit reaches as many places as it can. */
function mostShown(kind: FigureEdit['kind'], markdown: string): Figure & { value: number } {
  const counts = timesAskedFor(markdown)
  const candidates = rawDeckData.figures.filter((f): f is Figure & { value: number } => f.kind === kind && (counts.get(f.id) ?? 0) > 0)
  const [figure] = candidates.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
  if (!figure)
    throw new Error(`no ${kind} figure is shown on a slide`)
  return figure
}

/**
 * A whole number, within `[min, max]`, that neither the data nor the slides contain anywhere (not as a year,
 * an id, a count or a date), so that seeing it in a format can only mean the edit reached it.
 */
function unusedNumber(taken: Set<number>, min: number, max: number): number {
  for (let candidate = min; candidate <= max; candidate++) {
    if (!taken.has(candidate))
      return candidate
  }
  throw new Error(`every number from ${min} to ${max} appears in the deck`)
}

/** The edit the test makes: the most shown share and count, each to a number the deck has nowhere else. */
export function analystEdit(input: DeckDataInput = rawDeckData, markdown = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8')): FigureEdit[] {
  const taken = numbersIn(`${JSON.stringify(input)}\n${markdown}`)
  const share = mostShown('share', markdown)
  const shareMarket = share.kind === 'share'
    ? share.marketId
    : ''
  const othersInMarket = input.figures.reduce((sum, f) => sum + (f.kind === 'share' && f.marketId === shareMarket && f.id !== share.id
    ? f.value
    : 0), 0)
  // Two digits at least, so neither can hide inside a one-digit number; the share within what its market leaves.
  const shareTo = unusedNumber(taken, 11, Math.floor(100 - othersInMarket))
  taken.add(shareTo)
  const count = mostShown('count', markdown)
  return [
    {
      id: share.id,
      kind: 'share',
      from: share.value,
      to: shareTo,
    },
    {
      id: count.id,
      kind: 'count',
      from: count.value,
      to: unusedNumber(taken, Math.max(count.value + 1, 11), 9999),
    },
  ]
}

/** The records with the edits made, as the copy's data/figures.ts holds them. */
export function editedInput(edits: readonly FigureEdit[], input: DeckDataInput = rawDeckData): DeckDataInput {
  return {
    ...input,
    figures: input.figures.map((figure) => {
      const edit = edits.find(e => e.id === figure.id)
      return edit
        ? { ...figure, value: edit.to }
        : figure
    }),
  }
}

export function copyDeckWithEdit(into: string, edits: readonly FigureEdit[] = analystEdit()): EditedDeck {
  const root = copyDeck(into, 'edited-deck')
  // As an analyst would: the record's `value:` in data/figures.ts is retyped, nothing else.
  const file = join(root, 'data', 'figures.ts')
  let source = readFileSync(file, 'utf8')
  for (const edit of edits) {
    const record = new RegExp(`(id: '${edit.id}',[^}]*?\\bvalue: )${String(edit.from).replace('.', '\\.')}(?:\\.0)?,`)
    if (!record.test(source))
      throw new Error(`data/figures.ts: no "value: ${edit.from}," in the record of ${edit.id}`)
    source = source.replace(record, `$1${edit.to},`)
  }
  writeFileSync(file, source)
  return {
    root,
    edits: [...edits],
    data: validateDeckData(editedInput(edits)),
  }
}
