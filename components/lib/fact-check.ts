import type { DeckData, Figure, ShareFigure } from '../../data/lookup.ts'
import type { Confidence } from '../../data/schema.ts'
// The rows of the fact-check slides: every figure with its formatted value, period, sources and
// confidence; every claim with its sources and confidence; and every disagreement note (figures,
// timeline events, regions, claims), from the data. Shares of one market from one source share a row.
// Every text is in the data's language (`lang`): the words the code adds are in ui-text.ts.
import type { DeckLang } from './deck-lang.ts'
import { sourceById } from '../../data/lookup.ts'
import { figureName, figureValueText } from './figure-text.ts'
import { formatDate, formatShare, sourceCitation } from './format.ts'
import { CONFIDENCE_WORD, langOf, textsIn } from './ui-text.ts'

/** One source as a row cites it: `url` is where to read it (when the record has one). */
export interface Citation { id: string, text: string, url?: string }
/**
 * `confidence` is the level (for styling), `confidenceText` the word a table shows for it; `sources` the
 * citations as one text, `citations` the same one by one (the row links each to its address).
 * `figures`: the ids of the figures the row shows (shares of one market share a row).
 */
export interface FactRow { key: string, figures: string[], name: string, value: string, period: string, sources: string, citations: Citation[], confidence: Confidence, confidenceText: string }
export interface FactNote { key: string, subject: string, text: string }
export interface ClaimRow { key: string, text: string, sources: string, citations: Citation[], confidence: Confidence, confidenceText: string }

function cited(ids: readonly string[], data: DeckData): { sources: string, citations: Citation[] } {
  const lang = langOf(data)
  const citations = [
    ...new Set(ids),
  ].map((id) => {
    const source = sourceById(id, data)
    return {
      id,
      text: sourceCitation(source, lang),
      ...(source.url
        ? { url: source.url }
        : {}),
    }
  })
  return {
    sources: citations.map(c => c.text).join(textsIn(lang)('semicolon')),
    citations,
  }
}

function lowest(figures: readonly Figure[]): Confidence {
  const order: Confidence[] = ['low', 'medium', 'high']
  return order.find(level => figures.some(f => f.confidence === level)) ?? 'high'
}

function confidenceOf(level: Confidence, lang: DeckLang): { confidence: Confidence, confidenceText: string } {
  return { confidence: level, confidenceText: CONFIDENCE_WORD[level][lang] }
}

export function factRows(data: DeckData): FactRow[] {
  const lang = langOf(data)
  const t = textsIn(lang)
  const perMarket = new Map<string, ShareFigure[]>()
  for (const figure of data.figures) {
    if (figure.kind === 'share') {
      perMarket.set(figure.marketId, [
        ...(perMarket.get(figure.marketId) ?? []),
        figure,
      ])
    }
  }
  const done = new Set<string>()
  const rows: FactRow[] = []
  for (const figure of data.figures) {
    if (done.has(figure.id))
      continue
    const group = figure.kind === 'share'
      ? perMarket.get(figure.marketId)!
      : [figure]
    group.forEach(f => done.add(f.id))
    if (group.length > 1) {
      const shares = group as ShareFigure[]
      rows.push({
        key: figure.id,
        figures: shares.map(f => f.id),
        name: t('marketRow')(shares[0]!.market, shares.map(f => f.holder).join(t('listComma'))),
        value: shares.map(f => formatShare(f.value, f.decimals)).join(t('listComma')),
        period: shares[0]!.period,
        ...cited(shares.flatMap(f => f.sources), data),
        ...confidenceOf(lowest(shares), lang),
      })
      continue
    }
    rows.push({
      key: figure.id,
      figures: [figure.id],
      name: figureName(figure, lang),
      value: figureValueText(figure, lang),
      period: figure.period,
      ...cited(figure.sources, data),
      ...confidenceOf(figure.confidence, lang),
    })
  }
  return rows
}

/** Short, so the notes fit under the table: "Aliyun 23%", "Alibaba IPO $25bn" ("阿里巴巴IPO 250亿美元"): a label up to its first comma. */
function noteSubject(figure: Figure, lang: DeckLang): string {
  const name = figure.kind === 'share'
    ? figure.holder
    : figure.label.split(/[,，]/)[0]!
  return textsIn(lang)('figureNoteSubject')(name, figureValueText(figure, lang))
}

/** Every claim in register order, named by its short subject (its text when it has none), its sources cited as on a source line. */
export function claimRows(data: DeckData): ClaimRow[] {
  return data.claims.map(claim => ({
    key: claim.id,
    text: claim.subject ?? claim.text,
    ...cited(claim.sources, data),
    ...confidenceOf(claim.confidence, langOf(data)),
  }))
}

/**
 * One page of `pages` of a list (claims, caveats), in order, as even as the count allows (earlier pages
 * take the extra row), so a list splits over a fixed number of slides whatever its length.
 */
export function pageOf<T>(rows: readonly T[], page: number, pages: number): T[] {
  if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(page) || page < 1 || page > pages)
    throw new Error(`Page ${page} of ${pages} does not exist: pages start at 1 and go up to "of"`)
  const base = Math.floor(rows.length / pages)
  const extra = rows.length % pages
  const start = (page - 1) * base + Math.min(page - 1, extra)
  return rows.slice(start, start + base + (page <= extra
    ? 1
    : 0))
}

export function factNotes(data: DeckData): FactNote[] {
  const lang = langOf(data)
  const t = textsIn(lang)
  const notes: FactNote[] = []
  for (const figure of data.figures) {
    if (figure.disagreement) {
      notes.push({
        key: figure.id,
        subject: noteSubject(figure, lang),
        text: figure.disagreement,
      })
    }
  }
  for (const event of data.events) {
    if (event.disagreement) {
      notes.push({
        key: event.id,
        subject: t('bracketed')(event.label, formatDate(event.date, lang)),
        text: event.disagreement,
      })
    }
  }
  for (const region of data.regions) {
    if (region.disagreement) {
      notes.push({
        key: region.id,
        subject: t('regionNoteSubject')(region.name),
        text: region.disagreement,
      })
    }
  }
  for (const claim of data.claims) {
    if (claim.disagreement)
      notes.push({ key: claim.id, subject: claim.subject ?? claim.text, text: claim.disagreement })
  }
  return notes
}
