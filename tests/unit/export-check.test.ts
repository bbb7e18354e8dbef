import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { countExportedSlides, exportShortfall } from '../../scripts/lib/export-check.ts'

const dir = mkdtempSync(join(tmpdir(), 'export-check-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function pdfWithPages(pages: number): Promise<string> {
  const pdf = await PDFDocument.create()
  for (let page = 0; page < pages; page++)
    pdf.addPage([1920, 1080])
  const file = join(dir, `${pages}-pages.pdf`)
  writeFileSync(file, await pdf.save())
  return file
}

describe('countExportedSlides', () => {
  it('counts the pages of a PDF', async () => {
    expect(await countExportedSlides('pdf', await pdfWithPages(3))).toBe(3)
    expect(await countExportedSlides('pdf', await pdfWithPages(1))).toBe(1)
  })

  it('counts the PNG files in a folder, ignoring anything else', async () => {
    const pngs = join(dir, 'png')
    mkdirSync(pngs)
    for (const name of ['01.png', '02.png', 'notes.md'])
      writeFileSync(join(pngs, name), '')
    expect(await countExportedSlides('png', pngs)).toBe(2)
  })

  it('counts nothing when the exporter wrote no file', async () => {
    expect(await countExportedSlides('pptx', join(dir, 'never-written.pptx'))).toBe(0)
  })
})

describe('exportShortfall', () => {
  it('accepts one page per slide', () => {
    expect(exportShortfall('pdf', 'deck.pdf', 16, 16, false)).toBeUndefined()
  })

  it('names the file and both counts when slides are missing', () => {
    expect(exportShortfall('pptx', 'exports/deck.pptx', 0, 16, false))
      .toBe('exports/deck.pptx holds 0 slides; the deck needs 16 slides, one per slide')
  })

  it('refuses more pages than slides unless click steps were asked for', () => {
    expect(exportShortfall('pdf', 'deck.pdf', 37, 16, false)).toMatch(/holds 37 pages; the deck needs 16 pages/)
    expect(exportShortfall('pdf', 'deck.pdf', 37, 16, true)).toBeUndefined()
    expect(exportShortfall('png', 'deck-png', 12, 16, true)).toMatch(/holds 12 images; the deck needs at least 16 images/)
  })
})
