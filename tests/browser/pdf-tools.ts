// Reads exported PDFs with poppler (pdfinfo, pdffonts, pdftotext), as a person checking the file would.
import { execFileSync } from 'node:child_process'

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const match = info.match(/^Pages:\s+(\d+)/m)
  if (!match?.[1])
    throw new Error(`pdfinfo printed no page count for ${file}`)
  return Number(match[1])
}

export interface PdfFont { name: string, embedded: boolean }

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id. Read from the right.
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/)
    return { name: cells[0] ?? '', embedded: cells.at(-5) === 'yes' }
  })
}

export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' })
}
