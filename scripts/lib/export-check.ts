// What Slidev's exporter wrote, counted back. It captures the print view once the page is network-idle,
// which on a busy machine came before the slides were on it: a PPTX with no slides, exit code 0.
// index.html now holds the exporter back until every slide is drawn; this check is the second guard,
// so a short file is never reported as done.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { PDFDocument } from 'pdf-lib'

export type ExportFormat = 'pdf' | 'pptx' | 'png'

/** Pages in a PDF, slides in a PPTX, PNG files in a folder. */
export async function countExportedSlides(format: ExportFormat, path: string): Promise<number> {
  if (!existsSync(path))
    return 0
  if (format === 'png')
    return readdirSync(path).filter(file => file.endsWith('.png')).length
  if (format === 'pptx') {
    return Object.keys(unzipSync(readFileSync(path), {
      filter: entry => /^ppt\/slides\/slide\d+\.xml$/.test(entry.name),
    })).length
  }
  const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  return pdf.getPageCount()
}

const UNIT: Record<ExportFormat, string> = { pdf: 'pages', pptx: 'slides', png: 'images' }

/**
 * Why an export is incomplete, or undefined when it holds the whole deck: one page per slide, or at
 * least that many when every click step gets its own page.
 */
export function exportShortfall(format: ExportFormat, path: string, found: number, slideCount: number, withClicks: boolean): string | undefined {
  if (withClicks
    ? found >= slideCount
    : found === slideCount) {
    return undefined
  }
  const unit = UNIT[format]
  const wanted = withClicks
    ? `at least ${slideCount} ${unit}, one per slide and click step`
    : `${slideCount} ${unit}, one per slide`
  return `${path} holds ${found} ${unit}; the deck needs ${wanted}`
}
