// The rows of the fact-check slide: every figure with its formatted value, period, sources and
// confidence, and every disagreement note (figures, timeline events, regions), from the data.
// Shares of one market from one source share a row, so the table fits one slide.
import type { DeckData, Figure, ShareFigure } from '../../data/index.ts'
import { sourceById } from '../../data/index.ts'
import { formatDate, formatShare } from './format.ts'
import { figureName, formatFigureValue } from './figure-text.ts'

export interface FactRow { key: string, name: string, value: string, period: string, sources: string, confidence: string }
export interface FactNote { key: string, subject: string, text: string }

function citations(ids: readonly string[], data: DeckData): string {
  return [...new Set(ids)].map((id) => {
    const source = sourceById(id, data)
    return `${source.publisher}, ${formatDate(source.date)}`
  }).join('; ')
}

function lowest(figures: readonly Figure[]): string {
  const order = ['low', 'medium', 'high']
  return order.find(level => figures.some(f => f.confidence === level)) ?? 'high'
}

export function factRows(data: DeckData): FactRow[] {
  const perMarket = new Map<string, ShareFigure[]>()
  for (const figure of data.figures) {
    if (figure.kind === 'share')
      perMarket.set(figure.marketId, [...(perMarket.get(figure.marketId) ?? []), figure])
  }
  const done = new Set<string>()
  const rows: FactRow[] = []
  for (const figure of data.figures) {
    if (done.has(figure.id))
      continue
    const group = figure.kind === 'share' ? perMarket.get(figure.marketId)! : [figure]
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

export function factNotes(data: DeckData): FactNote[] {
  const notes: FactNote[] = []
  for (const figure of data.figures) {
    if (figure.disagreement)
      notes.push({ key: figure.id, subject: noteSubject(figure), text: figure.disagreement })
  }
  for (const event of data.events) {
    if (event.disagreement)
      notes.push({ key: event.id, subject: `${event.label} (${formatDate(event.date)})`, text: event.disagreement })
  }
  for (const region of data.regions) {
    if (region.disagreement)
      notes.push({ key: region.id, subject: `${region.name} region`, text: region.disagreement })
  }
  return notes
}
