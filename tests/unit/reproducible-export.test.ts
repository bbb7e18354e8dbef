// The same commit exports the same bytes: the date every file carries, and the writers that would otherwise
// stamp the time of writing or a random identifier (Chromium's PDF /ID, pptxgenjs's zip entries, Office
// metadata and chart workbooks).
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDate, parseSourceDateEpoch, zipEntryTime } from '../../scripts/lib/export-date.ts'
import { finishPdf } from '../../scripts/lib/pdf-finish.ts'
import { zipDated } from '../../scripts/lib/pptx-export.ts'

const scratch = mkdtempSync(join(tmpdir(), 'deck-reproducible-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const DAY = new Date('2026-11-30T09:15:00Z')
const info = {
  title: 'Deck',
  author: 'Team',
  subject: 'A briefing.',
  date: DAY,
}

/** A PDF as Chromium writes one: its own creation time and a random file identifier. */
async function chromiumLikePdf(written: Date, id: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Slide one')
  pdf.setCreationDate(written)
  pdf.setModificationDate(written)
  pdf.context.trailerInfo.ID = pdf.context.obj([
    PDFHexString.of(id),
    PDFHexString.of(id),
  ])
  return pdf.save()
}

/** A tagged PDF as Chromium writes one: structure elements named after DOM nodes, found through an /IDTree. */
async function taggedPdf(firstNode: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText('Slide one')
  const { context } = pdf
  const ids = [0, 1].map(step => `node${String(firstNode + step).padStart(8, '0')}`)
  const elements = ids.map(id => context.register(context.obj({
    S: 'P',
    ID: PDFString.of(id),
  })))
  const names = context.obj([])
  ids.forEach((id, i) => {
    names.push(PDFString.of(id))
    names.push(elements[i]!)
  })
  const idTree = context.register(context.obj({
    Names: names,
    Limits: [
      PDFString.of(ids[0]!),
      PDFString.of(ids[1]!),
    ],
  }))
  pdf.catalog.set(PDFName.of('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', IDTree: idTree, K: elements })))
  pdf.setCreationDate(new Date())
  return pdf.save()
}

describe('finishPdf', () => {
  it('gives the same bytes when Chromium numbered the structure\'s DOM nodes differently, and keeps the ID tree whole', async () => {
    const first = await finishPdf(await taggedPdf(724), [
      { title: 'One', page: 1 },
    ], info)
    const second = await finishPdf(await taggedPdf(725), [
      { title: 'One', page: 1 },
    ], info)
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
    const pdf = await PDFDocument.load(first, { updateMetadata: false })
    const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    const tree = root.lookup(PDFName.of('IDTree'), PDFDict)
    const names = tree.lookup(PDFName.of('Names'), PDFArray).asArray()
    const keys = names.filter((_, i) => i % 2 === 0).map(key => (key as PDFString).decodeText())
    const elementIds = names.filter((_, i) => i % 2 === 1).map(ref => (pdf.context.lookup(ref, PDFDict).get(PDFName.of('ID')) as PDFString).decodeText())
    expect(keys).toEqual(elementIds)
    expect(keys).toEqual([...keys].sort())
  })

  it('gives the same bytes for the same pages written at different times with different identifiers', async () => {
    const first = await finishPdf(await chromiumLikePdf(new Date('2026-12-01T10:00:00Z'), 'a1'.repeat(16)), [
      { title: 'One', page: 1 },
    ], info)
    const second = await finishPdf(await chromiumLikePdf(new Date('2026-12-03T18:00:00Z'), 'b2'.repeat(16)), [
      { title: 'One', page: 1 },
    ], info)
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
  })

  it('dates the file with the export date, not the time of writing', async () => {
    const bytes = await finishPdf(await chromiumLikePdf(new Date('2026-12-03T18:00:00Z'), 'c3'.repeat(16)), [
      { title: 'One', page: 1 },
    ], info)
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-30T09:15:00.000Z')
    expect(pdf.getModificationDate()?.toISOString()).toBe('2026-11-30T09:15:00.000Z')
  })

  it('gives different content a different identifier', async () => {
    const one = await finishPdf(await chromiumLikePdf(DAY, 'd4'.repeat(16)), [
      { title: 'One', page: 1 },
    ], info)
    const other = await finishPdf(await chromiumLikePdf(DAY, 'd4'.repeat(16)), [
      { title: 'Another title', page: 1 },
    ], info)
    const id = async (bytes: Uint8Array) => String((await PDFDocument.load(bytes, { updateMetadata: false })).context.trailerInfo.ID)
    expect(await id(one)).toMatch(/^\[\s*<[0-9a-f]{32}>\s*<[0-9a-f]{32}>\s*\]$/i)
    expect(await id(one)).not.toBe(await id(other))
  })
})

/** A PowerPoint package as pptxgenjs writes one at `written`: entry times, Office dates, a chart workbook. */
function pptxLike(written: Date): Uint8Array {
  const core = (at: Date) => strToU8(`<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${at.toISOString()}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at.toISOString()}</dcterms:modified></cp:coreProperties>`)
  const workbook = zipSync({
    'docProps/core.xml': core(written),
    'xl/workbook.xml': strToU8('<workbook/>'),
  }, { mtime: written })
  return zipSync({
    'docProps/core.xml': core(written),
    'ppt/slides/slide1.xml': strToU8('<p:sld/>'),
    'ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx': workbook,
  }, { mtime: written })
}

describe('zipDated (the PPTX as written)', () => {
  const dated = (written: Date) => zipDated(unzipSync(pptxLike(written)), DAY)

  it('gives the same bytes for the same slides written at different times', () => {
    const first = dated(new Date('2026-12-01T10:00:00Z'))
    const second = dated(new Date('2026-12-03T18:00:07Z'))
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
  })

  it('says the export date in the document\'s and the chart workbook\'s metadata', () => {
    const files = unzipSync(dated(new Date('2026-12-03T18:00:07Z')))
    const coreDates = (xml: string) => [
      ...xml.matchAll(/<dcterms:(?:created|modified)[^>]*>([^<]*)</g),
    ].map(m => m[1])
    expect(coreDates(strFromU8(files['docProps/core.xml']!))).toEqual(['2026-11-30T09:15:00Z', '2026-11-30T09:15:00Z'])
    const workbook = unzipSync(files['ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx']!)
    expect(coreDates(strFromU8(workbook['docProps/core.xml']!))).toEqual(['2026-11-30T09:15:00Z', '2026-11-30T09:15:00Z'])
  })
})

describe('the export date', () => {
  it('is SOURCE_DATE_EPOCH when set', () => {
    const { date, from } = exportDate(scratch, { SOURCE_DATE_EPOCH: '1764892800' })
    expect(date.toISOString()).toBe('2025-12-05T00:00:00.000Z')
    expect(from).toBe('SOURCE_DATE_EPOCH')
  })

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, naming the value', () => {
    expect(() => parseSourceDateEpoch('2026-12-03')).toThrow(/SOURCE_DATE_EPOCH.*"2026-12-03"/)
    expect(() => parseSourceDateEpoch('1.5')).toThrow(/"1\.5"/)
  })

  it('is the last commit\'s time in a git checkout', () => {
    const repo = join(scratch, 'repo')
    execFileSync('git', ['init', '-q', repo])
    writeFileSync(join(repo, 'slides.md'), '# One\n')
    execFileSync('git', ['-C', repo, 'add', '.'])
    execFileSync('git', [
      '-C',
      repo,
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-qm',
      'one',
    ], {
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-06-15T12:00:00Z', GIT_AUTHOR_DATE: '2026-06-15T12:00:00Z' },
    })
    const { date, from } = exportDate(repo, {})
    expect(date.toISOString()).toBe('2026-06-15T12:00:00.000Z')
    expect(from).toBe('the last commit')
  })

  it('is the newest of the deck\'s files outside git', () => {
    const copy = mkdtempSync(join(tmpdir(), 'deck-no-git-'))
    try {
      writeFileSync(join(copy, 'slides.md'), '# One\n')
      utimesSync(join(copy, 'slides.md'), new Date('2026-03-01T08:00:00Z'), new Date('2026-03-01T08:00:00Z'))
      const { date, from } = exportDate(copy, {})
      expect(date.toISOString()).toBe('2026-03-01T08:00:00.000Z')
      expect(from).toBe('the newest file')
    }
    finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })

  it('is written into zip entries as the same fields on every machine, and never before 1980', () => {
    const local = zipEntryTime(new Date('2026-11-30T09:15:00Z'))
    expect([
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
    ]).toEqual([2026, 10, 30, 9, 15])
    expect(zipEntryTime(new Date(0)).getFullYear()).toBe(1980)
  })
})
