// Reads exported PDFs with poppler (pdfinfo, pdffonts, pdftotext), as a person checking the file would.
import { execFileSync } from 'node:child_process'

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const match = info.match(/^Pages:\s+(\d+)/m)
  if (!match?.[1])
    throw new Error(`pdfinfo printed no page count for ${file}`)
  return Number(match[1])
}

export interface PdfFont {
  name: string
  /** "CID TrueType", "Type 1C", "Type 3" … as pdffonts names it. */
  type: string
  embedded: boolean
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, id. Read from the right.
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/)
    return {
      name: cells[0] ?? '',
      type: cells.slice(1, -6).join(' '),
      embedded: cells.at(-5) === 'yes',
    }
  })
}

export function pdfText(file: string, page?: number): string {
  const range = page === undefined
    ? []
    : [
        '-f',
        String(page),
        '-l',
        String(page),
      ]
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' })
}

/** The page's text in reading order, as pdftotext works it out from where the text sits (no -layout). */
export function pdfReadingText(file: string, page: number): string {
  return execFileSync('pdftotext', [
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    '-',
  ], { encoding: 'utf8' })
}

export interface PdfImage { page: number, type: string, width: number, height: number }

/** The raster images in the PDF (pdfimages -list), with the page each is on. */
export function pdfImages(file: string): PdfImage[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  return lines.filter(line => line.trim()).map((line) => {
    const cells = line.trim().split(/\s+/)
    return {
      page: Number(cells[0]),
      type: cells[2] ?? '',
      width: Number(cells[3]),
      height: Number(cells[4]),
    }
  })
}

/** Writes one PNG per page at `dpi` into `dir` (named page-01.png, ...), for people to look at. */
export function pdfPagesToPng(file: string, dir: string, prefix = 'page', dpi = 60): void {
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    file,
    `${dir}/${prefix}`,
  ])
}
