// The exports as a reader gets them, through the npm scripts and Slidev's own exporter: the PDF (one
// page per slide, fonts embedded, the figures as text, charts as vectors, the same twice in a row),
// the PPTX (a slide and its notes per slide) and the speaker-notes handout. The PDF's pages are
// saved as PNGs to screenshots/pdf/ (git-ignored) for people to look at.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findSlideRefs } from '../../components/lib/slide-refs.ts'
import { formatFigureValue } from '../../components/lib/figure-text.ts'
import { deckData, figureById } from '../../data/index.ts'
import { exportBaseName, PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { pdfFonts, pdfImages, pdfPageCount, pdfPagesToPng, pdfText } from './pdf-tools.ts'
import { readZip } from '../../scripts/lib/zip.ts'

// As the exports show them: [[fig:...]] tokens filled from the data module (`asWritten` keeps them, to find
// the figures a slide names).
const slides = await readDeck(undefined, { expand: true })
const asWritten = await readDeck()
const root = mkdtempSync(join(tmpdir(), 'deck-export-'))
const name = exportBaseName()
afterAll(() => rmSync(root, { recursive: true, force: true }))

/**
 * Runs an npm script's file. Each run gets a fresh Vite dependency cache, as on a new machine, and so
 * a dev server running beside it (another window, another test) cannot re-bundle files under it.
 */
function run(script: string, outDir: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args, '--out-dir', outDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', DECK_VITE_CACHE_DIR: mkdtempSync(join(root, 'vite-cache-')) },
  })
}

// Slidev sets quotes typographically (it's → it’s); compare text as a reader reads it.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
/** The heading the slide shows (the first slide's `title` is the deck's, from the headmatter). */
const heading = (slide: { content: string, title: string }) => slide.content.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? slide.title
/** Headings may wrap at a hyphen, which pdftotext then joins without it ("on-ramps" → "onramps"). */
const unhyphenated = (text: string) => oneLine(text).replace(/-\s?/g, '')
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * The figures each slide must show as text, by slide number: every figure a slide names in its Markdown
 * (<Fig id>, figures=, figure=), and the three market shares on the slide with the market-share chart.
 */
function expectedFigures(): Map<number, string[]> {
  const data = deckData()
  const byslide = new Map<number, string[]>()
  for (const slide of asWritten) {
    const ids = findSlideRefs(slide.content).filter(ref => ref.kind === 'figure').map(ref => ref.id)
    if (/<MarketShareChart\b(?![^>]*\bfigures=)/.test(slide.content))
      ids.push('alibaba-b2b-share', 'aliyun-cloud-share', 'tmall-b2c-share')
    if (ids.length)
      byslide.set(slide.no, [...new Set(ids)].map(id => formatFigureValue(figureById(id, data))))
  }
  return byslide
}

describe('npm run export (PDF, through slidev export and the system browser)', () => {
  const first = join(root, 'first')
  const second = join(root, 'second')
  const pdf = join(first, `${name}.pdf`)
  let printed = ''
  beforeAll(() => { printed = run('export.ts', first, 'pdf') })

  it('tells the user where the file is', () => {
    expect(printed).toContain(`Written: `)
    expect(printed).toContain(`${name}.pdf`)
    expect(existsSync(pdf)).toBe(true)
  })

  it('has one page per slide', () => {
    expect(pdfPageCount(pdf)).toBe(slides.length)
  })

  it('embeds every font it uses, so it prints the same anywhere', () => {
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded)).toEqual([])
    expect(fonts.map(font => font.name).join(' ')).toContain('Inter')
  })

  it('puts each slide title on its own page as text', () => {
    const missing = slides.filter(slide => !oneLine(pdfText(pdf, slide.no)).includes(heading(slide)))
    expect(missing.map(slide => `page ${slide.no} lacks "${heading(slide)}"`)).toEqual([])
  })

  it('shows the key figures from the data module as text on their slides\' pages', () => {
    const expected = expectedFigures()
    expect(expected.size, 'slides that name figures').toBeGreaterThan(0)
    const missing: string[] = []
    for (const [no, values] of expected) {
      const text = oneLine(pdfText(pdf, no))
      missing.push(...values.filter(value => !text.includes(value)).map(value => `page ${no} lacks "${value}"`))
    }
    expect(missing).toEqual([])
  })

  it('draws every page, charts included, as vectors and text: no raster images', () => {
    expect(pdfImages(pdf).map(image => `page ${image.page}: ${image.type} image ${image.width}×${image.height}`)).toEqual([])
  })

  it('gives the same pages and text when exported again', () => {
    run('export.ts', second, 'pdf')
    const again = join(second, `${name}.pdf`)
    expect(pdfPageCount(again)).toBe(pdfPageCount(pdf))
    for (let page = 1; page <= slides.length; page++)
      expect(pdfText(again, page), `page ${page}`).toBe(pdfText(pdf, page))
  })

  it('saves its pages as PNGs for people to look at', () => {
    const dir = join(PROJECT_ROOT, 'screenshots', 'pdf')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    pdfPagesToPng(pdf, dir)
    const written = readdirSync(dir).filter(file => file.endsWith('.png'))
    expect(written).toHaveLength(slides.length)
  })
})

describe('npm run export:pptx', () => {
  it('writes a presentation with one slide per slide, each with its speaker notes', () => {
    const outDir = join(root, 'pptx')
    const printed = run('export.ts', outDir, 'pptx')
    const file = join(outDir, `${name}.pptx`)
    expect(printed).toContain(`${name}.pptx`)
    expect(statSync(file).size).toBeGreaterThan(0)
    const entries = readZip(file)
    const slideFiles = [...entries.keys()].filter(entry => /^ppt\/slides\/slide\d+\.xml$/.test(entry))
    expect(slideFiles).toHaveLength(slides.length)
    const missing: string[] = []
    for (const slide of slides) {
      const notesXml = entries.get(`ppt/notesSlides/notesSlide${slide.no}.xml`)?.toString('utf8') ?? ''
      const inNotes = new Set(words(notesXml.replace(/<[^>]+>/g, ' ')))
      const noteWords = words(slide.note)
      const absent = noteWords.filter(word => !inNotes.has(word))
      if (!noteWords.length || absent.length > noteWords.length / 10)
        missing.push(`slide ${slide.no}: notes missing from the PPTX (${absent.slice(0, 8).join(' ')}…)`)
    }
    expect(missing).toEqual([])
  })
})

describe('npm run handout (speaker notes PDF)', () => {
  it('writes one page or more per slide with its number, title and notes', () => {
    const outDir = join(root, 'handout')
    const printed = run('handout.ts', outDir)
    const file = join(outDir, `${name}-notes.pdf`)
    expect(printed).toContain(`${name}-notes.pdf`)
    expect(pdfPageCount(file)).toBeGreaterThanOrEqual(slides.length)
    const text = unhyphenated(pdfText(file))
    for (const slide of slides)
      expect(text).toContain(unhyphenated(`${slide.no}/${slides.length} ${slide.title}`))
  })

  it('shows each slide as a picture on the page where its notes start', () => {
    const file = join(root, 'handout', `${name}-notes.pdf`)
    const pageTexts = Array.from({ length: pdfPageCount(file) }, (_, i) => unhyphenated(pdfText(file, i + 1)))
    const pagesWithNotesStart = slides.map((slide) => {
      const heading = unhyphenated(`${slide.no}/${slides.length} ${slide.title}`)
      const index = pageTexts.findIndex(text => text.includes(heading))
      return index === -1 ? undefined : index + 1
    })
    const pictures = pdfImages(file).filter(image => image.width >= 800)
    expect(pictures.map(image => image.page)).toEqual(pagesWithNotesStart)
  })
})
