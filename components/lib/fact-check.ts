// The rows of the fact-check slides: every figure with its formatted value, period, sources and
// confidence; every claim with its sources and confidence; and every disagreement note (figures,
// timeline events, regions, claims), from the data. Shares of one market from one source share a row.
import type { DeckData, Figure, ShareFigure } from '../../data/lookup.ts'
import { sourceById } from '../../data/lookup.ts'
import { figureName, formatFigureValue } from './figure-text.ts'
import { formatDate, formatShare, sourceCitation } from './format.ts'

export interface FactRow { key: string, name: string, value: string, period: string, sources: string, confidence: string }
export interface FactNote { key: string, subject: string, text: string }
export interface ClaimRow { key: string, text: string, sources: string, confidence: string }

function citations(ids: readonly string[], data: DeckData): string {
  return [
    ...new Set(ids),
  ].map(id => sourceCitation(sourceById(id, data))).join('; ')
}

function lowest(figures: readonly Figure[]): string {
  const order = ['low', 'medium', 'high']
  return order.find(level => figures.some(f => f.confidence === level)) ?? 'high'
}

export function factRows(data: DeckData): FactRow[] {
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
        name: `${shares[0]!.market}: ${shares.map(f => f.holder).join(', ')}`,
        value: shares.map(f => formatShare(f.value, f.decimals)).join(', '),
        period: shares[0]!.period,
        sources: citations(shares.flatMap(f => f.sources), data),
        confidence: lowest(shares),
      })
      continue
    }
    rows.push({
      key: figure.id,
      name: figureName(figure),
      value: formatFigureValue(figure),
      period: figure.period,
      sources: citations(figure.sources, data),
      confidence: figure.confidence,
    })
  }
  return rows
}

/** Short, so the notes fit under the table: "Aliyun 23%", "Alibaba IPO $25bn". */
function noteSubject(figure: Figure): string {
  if (figure.kind === 'share')
    return `${figure.holder} ${formatFigureValue(figure)}`
  return `${figure.label.split(',')[0]} ${formatFigureValue(figure)}`
}

/** Every claim in register order, named by its short subject (its text when it has none), its sources cited as on a source line. */
export function claimRows(data: DeckData): ClaimRow[] {
  return data.claims.map(claim => ({
    key: claim.id,
    text: claim.subject ?? claim.text,
    sources: citations(claim.sources, data),
    confidence: claim.confidence,
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
  const notes: FactNote[] = []
  for (const figure of data.figures) {
    if (figure.disagreement) {
      notes.push({
        key: figure.id,
        subject: noteSubject(figure),
        text: figure.disagreement,
      })
    }
  }
  for (const event of data.events) {
    if (event.disagreement)
      notes.push({ key: event.id, subject: `${event.label} (${formatDate(event.date)})`, text: event.disagreement })
  }
  for (const region of data.regions) {
    if (region.disagreement)
      notes.push({ key: region.id, subject: `${region.name} region`, text: region.disagreement })
  }
  for (const claim of data.claims) {
    if (claim.disagreement)
      notes.push({ key: claim.id, subject: claim.subject ?? claim.text, text: claim.disagreement })
  }
  return notes
}
