// Reads exported PDFs with poppler (pdfinfo, pdffonts, pdftotext), as a person checking the file would.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { unescapeMarkup } from './markup-text.ts'

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

/** What pdftotext prints for `file` with `flags`, of page `page` only when given. */
function pdftotext(file: string, flags: string[], page?: number): string {
  const range = page === undefined
    ? []
    : [
        '-f',
        String(page),
        '-l',
        String(page),
      ]
  return execFileSync('pdftotext', [
    ...flags,
    ...range,
    file,
    '-',
  ], { encoding: 'utf8' })
}

export function pdfText(file: string, page?: number): string {
  return pdftotext(file, ['-layout'], page)
}

/** The page's text in reading order, as pdftotext works it out from where the text sits (no -layout). */
export function pdfReadingText(file: string, page: number): string {
  return pdftotext(file, [], page)
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

export interface PdfWord { text: string, xMin: number, yMin: number, xMax: number, yMax: number }

/** Each word on page `page` with its box, in points from the page's top left, and the page's height (pdftotext -bbox). */
export function pdfPageWords(file: string, page: number): { height: number, words: PdfWord[] } {
  const html = pdftotext(file, ['-bbox'], page)
  const height = Number(html.match(/<page width="[\d.]+" height="([\d.]+)"/)?.[1])
  const words = [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ]
    .map(m => ({
      text: unescapeMarkup(m[5]!),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }))
  return { height, words }
}

/** Each word on page `page` with its box, in points from the page's top left (pdftotext -bbox). */
export function pdfWords(file: string, page: number): PdfWord[] {
  return pdfPageWords(file, page).words
}

/** A link a reader can click on a page: where it goes (a page of the file, or an address) and the words under it. */
export interface PdfLink { page: number, toPage?: number, uri?: string, words: string }

/**
 * Every link annotation of the file, read with pdf-lib as a viewer reads it: /A /URI, or a destination (/Dest or
 * /A /GoTo, an explicit page or a name looked up in the catalog's /Dests or /Names tree), with the words under it.
 */
export async function pdfLinks(file: string): Promise<PdfLink[]> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pages = pdf.getPages()
  const pageNo = new Map(pages.map((page, index) => [
    page.ref.toString(),
    index + 1,
  ]))
  const text = (value: unknown) => value instanceof PDFString || value instanceof PDFHexString
    ? value.decodeText()
    : undefined
  const named = new Map<string, unknown>()
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  for (const [key, value] of dests?.entries() ?? [])
    named.set(key.decodeText(), pdf.context.lookup(value))
  const walk = (node: PDFDict | undefined): void => {
    const names = node?.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray() ?? []
    for (let i = 0; i + 1 < names.length; i += 2)
      named.set(text(names[i]) ?? '', pdf.context.lookup(names[i + 1]!))
    for (const kid of node?.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? [])
      walk(pdf.context.lookup(kid) as PDFDict)
  }
  walk(pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict))
  const toPage = (dest: unknown): number | undefined => {
    const name = dest instanceof PDFName
      ? dest.decodeText()
      : text(dest)
    let target = name === undefined
      ? dest
      : named.get(name)
    if (target instanceof PDFDict)
      target = target.lookup(PDFName.of('D'))
    const first = target instanceof PDFArray
      ? target.get(0)
      : undefined
    return first instanceof PDFRef
      ? pageNo.get(first.toString())
      : undefined
  }
  const links: PdfLink[] = []
  pages.forEach((page, index) => {
    const height = page.getHeight()
    const words = pdfWords(file, index + 1)
    for (const ref of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const annot = pdf.context.lookup(ref)
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype'))?.toString() !== '/Link')
        continue
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map(n => Number(n.toString()))
      const under = words.filter((w) => {
        const x = (w.xMin + w.xMax) / 2
        const y = height - (w.yMin + w.yMax) / 2
        return x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) && y <= Math.max(y1, y2)
      }).map(w => w.text).join(' ')
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = text(action?.lookup(PDFName.of('URI')))
      const dest = annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))
      links.push({
        page: index + 1,
        words: under,
        ...(uri
          ? { uri }
          : {}),
        ...(dest
          ? {
              toPage: toPage(pdf.context.lookup(dest) ?? dest),
            }
          : {}),
      })
    }
  })
  return links
}
