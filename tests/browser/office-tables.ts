// Where a PPTX's tables end once an office suite has set them: the PPTX converted to PDF by LibreOffice (its
// own fonts and line breaks), then each table's last row looked up among the words pdftotext places on that
// page. A row that ran off the slide is below the page's foot, or not on the page at all.
import { execFileSync } from 'node:child_process'
import { basename, join } from 'node:path'
import { strFromU8 } from 'fflate'
import { unescapeMarkup as unescape } from './markup-text.ts'
import { pdfPageWords } from './pdf-tools.ts'
import { reading } from './slide-says.ts'

/** Converts `pptx` to PDF with LibreOffice into `outDir` (its own profile there); the PDF's path. */
export function libreOfficePdf(pptx: string, outDir: string): string {
  execFileSync('soffice', [
    '--headless',
    `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`,
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    pptx,
  ], { stdio: 'ignore', timeout: 180_000 })
  return join(outDir, basename(pptx).replace(/\.pptx$/, '.pdf'))
}

/** Each table's last row on a slide's XML: the text of its first cell. */
export function lastRows(slideXml: string): string[] {
  return slideXml.split('<a:tbl>').slice(1).map((table) => {
    const row = table.split(/<a:tr\b/).at(-1) ?? ''
    const cell = row.split('</a:tc>')[0] ?? ''
    return [
      ...cell.matchAll(/<a:t>([^<]*)<\/a:t>/g),
    ].map(m => unescape(m[1]!)).join('')
  })
}

/** The slides of the PPTX (`files`, unzipped) whose table's last row is not on its page of `pdf`, or runs below it, as messages. */
export function tablesOffPage(files: Record<string, Uint8Array>, pdf: string): string[] {
  const slides = Object.keys(files).filter(path => /^ppt\/slides\/slide\d+\.xml$/.test(path)).length
  const problems: string[] = []
  for (let no = 1; no <= slides; no++) {
    const rows = lastRows(strFromU8(files[`ppt/slides/slide${no}.xml`]!))
    if (!rows.length)
      continue
    const { height, words } = pdfPageWords(pdf, no)
    // A cell's lines interleave with its neighbours' in the page's text: the row is found by its start.
    const text = reading(words.map(word => word.text).join(''))
    for (const row of rows) {
      if (!text.includes(reading(row).slice(0, 8)))
        problems.push(`slide ${no}: the table's last row "${row.slice(0, 40)}" is not on the page`)
    }
    const lowest = words.reduce((low, word) => word.yMax > low.yMax
      ? word
      : low, { text: '', yMax: 0 })
    if (lowest.yMax > height)
      problems.push(`slide ${no}: "${lowest.text}" ends at ${lowest.yMax.toFixed(0)} pt, below the page (${height.toFixed(0)} pt)`)
  }
  return problems
}
