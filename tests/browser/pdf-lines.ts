// The lines of an exported PDF as poppler sets them out (pdftotext -bbox-layout): per page, each block (a
// paragraph, a card's body, a table cell, a chart label) as its lines' text, in order. What a reader of the
// printed deck sees wrap, for the checks of components/lib/cjk-lines.ts.
import { execFileSync } from 'node:child_process'
import { unescapeMarkup as unescape } from './markup-text.ts'

export interface PdfBlock { page: number, lines: string[] }

const LATIN_END = /[\w%$.,)]$/
const LATIN_START = /^[\w$(]/

/** A line's words as they read: a space between two Latin words, none where Han meets anything. */
function lineText(words: readonly string[]): string {
  return words.reduce((line, word) => line && LATIN_END.test(line) && LATIN_START.test(word)
    ? `${line} ${word}`
    : line + word, '')
}

interface Row { top: number, bottom: number, right: number, words: string[] }

/**
 * Every paragraph of every page with its lines. Poppler's blocks can hold texts side by side (two labels of a
 * chart), so a block's lines are taken apart by where they start; and poppler starts a new line where a glyph
 * overlaps the one before it (a full-width comma drawn half-width after a Latin word), so such a line is joined
 * back onto its row.
 */
export function pdfBlocks(file: string): PdfBlock[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
  return xhtml.split('<page ').slice(1).flatMap((page, index) => [
    ...page.matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g),
  ].flatMap((block) => {
    const paragraphs: { left: number, rows: Row[] }[] = []
    for (const line of block[1]!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const [left, top, right, bottom] = [1, 2, 3, 4].map(at => Number(line[at]))
      const height = bottom! - top!
      const words = [
        ...line[5]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g),
      ].map(word => unescape(word[1]!))
      const onRow = paragraphs.map(p => p.rows.at(-1)!).find(row => Math.abs(row.top - top!) < height / 2 && Math.abs(row.right - left!) < height)
      if (onRow) {
        onRow.words.push(...words)
        onRow.right = right!
        continue
      }
      const below = paragraphs.find(p => Math.abs(p.left - left!) < height && top! >= p.rows.at(-1)!.bottom - height / 2)
      const row = {
        top: top!,
        bottom: bottom!,
        right: right!,
        words,
      }
      if (below) {
        below.rows.push(row)
      }
      else {
        paragraphs.push({
          left: left!,
          rows: [row],
        })
      }
    }
    return paragraphs.map(p => ({
      page: index + 1,
      lines: p.rows.map(row => lineText(row.words)),
    }))
  }))
}
