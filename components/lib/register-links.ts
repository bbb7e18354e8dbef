// Where a source line's citations lead: the backup register slide (<FactCheck part="sources" | "claims">) that
// lists the rows citing that source. The register slides are found by the build (node/register-slides.ts),
// which marks each one's frontmatter (components/lib/register-mark.ts); the rows on each are the ones FactCheck shows
// there (pageOf).
//   registerTargets(['reuters-2014-09'], ['aliyun-cloud-share'], data, slides) -> Map { 'reuters-2014-09' => 17 }
import type { DeckData } from '../../data/lookup.ts'
import type { RegisterSlide } from './register-mark.ts'
import { claimRows, factRows, pageOf } from './fact-check.ts'

interface PlacedRow { no: number, figures: readonly string[], sources: readonly string[] }

/** Every row of the register with the slide it is on, in slide order. */
function placedRows(data: DeckData, slides: readonly RegisterSlide[]): PlacedRow[] {
  return [...slides].sort((a, b) => a.no - b.no).flatMap(({ no, part, page, of }): PlacedRow[] => {
    if (part === 'sources' || part === 'all') {
      const rows = part === 'all'
        ? factRows(data)
        : pageOf(factRows(data), page, of)
      return rows.map(row => ({
        no,
        figures: row.figures,
        sources: row.citations.map(c => c.id),
      }))
    }
    if (part === 'claims') {
      return pageOf(claimRows(data), page, of).map(row => ({
        no,
        figures: [],
        sources: row.citations.map(c => c.id),
      }))
    }
    return []
  })
}

/**
 * For each source of a line, the register slide to open: the one with the row of a figure the line is about
 * that cites it, else the first whose rows cite it. A source no row cites gets no entry (no link).
 */
export function registerTargets(sourceIds: readonly string[], figureIds: readonly string[], data: DeckData, slides: readonly RegisterSlide[]): Map<string, number> {
  const rows = placedRows(data, slides)
  const targets = new Map<string, number>()
  for (const id of sourceIds) {
    const citing = rows.filter(row => row.sources.includes(id))
    const row = citing.find(r => r.figures.some(f => figureIds.includes(f))) ?? citing[0]
    if (row)
      targets.set(id, row.no)
  }
  return targets
}
