// Where a source line's citations lead: the backup register slide (<FactCheck part="sources" | "claims">) that
// lists the rows citing that source. The register slides are found by the build (node/register-slides.ts),
// which marks each one's frontmatter; the rows on each are the ones FactCheck shows there (pageOf).
//   registerTargets(['reuters-2014-09'], ['aliyun-cloud-share'], data, slides) -> Map { 'reuters-2014-09' => 17 }
import type { DeckData } from '../../data/lookup.ts'
import { claimRows, factRows, pageOf } from './fact-check.ts'

/** The frontmatter field the build writes on a register slide: `[{ part, page, of }]`, a FactCheck each. */
export const REGISTER_MARK = 'deckRegister'
export const REGISTER_PARTS = ['caveats', 'sources', 'claims', 'all'] as const
export type RegisterPart = typeof REGISTER_PARTS[number]
/** A slide showing a part of the register: its 1-based number and what FactCheck shows there. */
export interface RegisterSlide { no: number, part: RegisterPart, page: number, of: number }

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

/** The register slides among a deck's slides, from the mark the build puts in their frontmatter. */
export function registerSlidesOf(slides: readonly { no: number, frontmatter?: Record<string, unknown> }[]): RegisterSlide[] {
  return slides.flatMap(({ no, frontmatter }) => {
    const parts = (frontmatter?.[REGISTER_MARK] ?? []) as Omit<RegisterSlide, 'no'>[]
    return parts.map(part => ({ no, ...part }))
  })
}
