import type { ShareFigure } from '../../data/index.ts'
import type { InvalidDeck } from './invalid-deck.ts'
// The exports as a venue gets them, through the npm scripts: `export:all` once (PDF, PNGs, PPTX, handout from
// one build; faults.test.ts exports them again and finds the same bytes). The PDF: one page per slide, fonts
// embedded, figures as text, charts as vectors, a bookmark per slide, tagged, metadata. The PPTX: editable
// text, native charts holding the data module's values, notes, and LibreOffice opens it. The handout:
// pictures, notes, bookmarks. And a deck with invalid data: every command refuses and writes nothing.
// The PDF's pages are saved as PNGs to screenshots/pdf/ (git-ignored) for people to look at.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ecxByContinent, regionsByCountry } from '../../components/lib/facilities.ts'
import { formatFigureValue } from '../../components/lib/figure-text.ts'
import { formatDate, sourceCitation } from '../../components/lib/format.ts'
import { headingOf } from '../../components/lib/slide-markdown.ts'
import { deckData, figureById } from '../../data/index.ts'
import { registerPartsIn } from '../../node/register-slides.ts'
import { findSlideRefs } from '../../node/slide-refs.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { exportBaseName, PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { pngSize } from './export-layout.ts'
import { copyDeckWithInvalidShare, INVALID_SHARE } from './invalid-deck.ts'
import { liveExport, liveExportDir } from './live-exports.ts'
import { pdfFonts, pdfImages, pdfLinks, pdfPageCount, pdfPagesToPng, pdfReadingText, pdfText } from './pdf-tools.ts'

// As the exports show them: [[fig:...]] tokens filled from the data module (`asWritten` keeps them, to find
// the figures a slide names).
const slides = await readDeck(undefined, { expand: true })
const asWritten = await readDeck()
const root = mkdtempSync(join(tmpdir(), 'deck-export-'))
const name = exportBaseName()
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Runs the export script as `npm run export*` does, writing into `outDir`. */
function run(args: string[], outDir: string, cwd = PROJECT_ROOT) {
  return spawnSync(process.execPath, [
    join(cwd, 'scripts', 'export.ts'),
    ...args,
    '--out-dir',
    outDir,
  ], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  })
}

// Slidev sets quotes typographically (it's → it’s); compare text as a reader reads it.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
/** The heading the slide shows (the first slide's `title` is the deck's, from the headmatter). */
const heading = (slide: { content: string, title: string }) => headingOf(slide.content) ?? slide.title
/** Headings may wrap at a hyphen, which pdftotext then joins without it ("on-ramps" → "onramps"). */
const unhyphenated = (text: string) => oneLine(text).replace(/-\s?/g, '')
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
const xmlText = (xml: string) => oneLine(xml.replace(/<\/a:p>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&apos;/g, '\'').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))

/** Bookmarks as mutool lists them: title and page, in order. */
function pdfOutline(file: string): { title: string, page: number }[] {
  const listing = execFileSync('mutool', ['show', file, 'outline'], { encoding: 'utf8' })
  return [
    ...listing.matchAll(/"(.*)"\s+#page=(\d+)/g),
  ].map(m => ({
    title: m[1]!.replace(/\\"/g, '"'),
    page: Number(m[2]),
  }))
}

function pdfInfo(file: string): Record<string, string> {
  const lines = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')
  return Object.fromEntries(lines.map(line => line.match(/^([^:]+):(.*)$/)).filter(m => m !== null).map(m => [
    m[1]!,
    m[2]!.trim(),
  ]))
}

/**
 * The figures each slide must show as text, by slide number: every figure a slide names in its Markdown
 * (<Fig id>, figures=, figure=, compare-with=, a layout's frontmatter).
 */
function expectedFigures(): Map<number, string[]> {
  const data = deckData()
  const byslide = new Map<number, string[]>()
  for (const slide of asWritten) {
    const ids = findSlideRefs(slide.content).filter(ref => ref.kind === 'figure').map(ref => ref.id)
    if (ids.length) {
      byslide.set(slide.no, [
        ...new Set(ids),
      ].map(id => formatFigureValue(figureById(id, data))))
    }
  }
  return byslide
}

// The live deck's export:all, shared with every-format.test.ts (live-exports.ts).
const all = liveExportDir('export.ts', ['all'])
const pdf = join(all, `${name}.pdf`)
const pptx = join(all, `${name}.pptx`)
const handout = join(all, `${name}-notes.pdf`)
let printed = ''
beforeAll(async () => {
  printed = await liveExport('export.ts', ['all'])
})

describe('npm run export:all', () => {
  it('writes the PDF, the PNGs, the PPTX and the handout, with a line for each', () => {
    for (const format of ['pdf', 'png', 'pptx', 'handout'])
      expect(printed).toMatch(new RegExp(`^${format}: .*${name}`, 'm'))
    expect(readdirSync(all).sort()).toEqual([
      `${name}-notes.pdf`,
      `${name}-png`,
      `${name}.pdf`,
      `${name}.pptx`,
    ].sort())
    const pngs = readdirSync(join(all, `${name}-png`)).filter(file => file.endsWith('.png'))
    expect(pngs).toHaveLength(slides.length)
    // A full-HD picture of each slide, as sharp as the projector shows it.
    expect(new Set(pngs.map(file => JSON.stringify(pngSize(join(all, `${name}-png`, file)))))).toEqual(new Set([
      JSON.stringify({ width: 1920, height: 1080 }),
    ]))
  })
})

describe('the slides PDF', () => {
  it('has one page per slide, fonts embedded', () => {
    expect(pdfPageCount(pdf)).toBe(slides.length)
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded)).toEqual([])
    expect(fonts.map(font => font.name).join(' ')).toContain('Inter')
  })

  it('fills every [[...]] token from the data module, in the slides PDF and the handout', () => {
    expect(pdfText(pdf)).not.toContain('[[')
    expect(pdfText(handout)).not.toContain('[[')
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

  it('reads in visual order: no figure after a page\'s source line, the left chart before the right', () => {
    const late: string[] = []
    for (const slide of slides) {
      const text = pdfReadingText(pdf, slide.no)
      const source = text.search(/^Sources?: /m)
      const after = source === -1
        ? ''
        : text.slice(source).split(/\n\s*\n/).slice(1).join(' ')
      if (/\d%/.test(after))
        late.push(`page ${slide.no}: "${oneLine(after).slice(0, 60)}" comes after the source line`)
    }
    expect(late).toEqual([])
    // The facilities slide draws two panels side by side: every continent (left) reads before any country (right).
    const data = deckData()
    const facilities = slides.find(slide => /<FacilitiesChart\b/.test(slide.content))
    expect(facilities, 'a slide with the facilities chart').toBeDefined()
    const text = pdfReadingText(pdf, facilities!.no)
    const continents = ecxByContinent(data.ecx.metros).map(row => text.indexOf(row.label))
    expect(continents.every(at => at >= 0)).toBe(true)
    // Countries are looked for from the chart's first row on: the slide's title may name one ("mostly China").
    const chartStart = Math.min(...continents)
    const countries = regionsByCountry(data.regions, '2015-06').map(row => text.indexOf(row.country, chartStart)).filter(at => at >= 0)
    expect(countries.length).toBeGreaterThan(0)
    expect(Math.max(...continents)).toBeLessThan(Math.min(...countries))
  })

  it('numbers every page but the cover with its slide number, at the foot of the page', () => {
    const wrong = slides.flatMap((slide) => {
      const foot = pdfText(pdf, slide.no).split('\n').map(line => line.trim()).filter(Boolean).at(-1) ?? ''
      const numbered = new RegExp(`(^|\\s)${slide.no}$`).test(foot)
      return numbered === (slide.frontmatter.layout !== 'cover')
        ? []
        : [`page ${slide.no} ends "${foot}"`]
    })
    expect(wrong).toEqual([])
  })

  it('takes a reader from each talk page\'s source line to the backup page listing that source, and from there to its address', async () => {
    const links = await pdfLinks(pdf)
    const register = slides.filter(slide => registerPartsIn(slide.content, `slide ${slide.no}`).some(part => part.part !== 'caveats')).map(slide => slide.no)
    expect(register.length, 'backup pages listing figures and claims').toBeGreaterThan(0)
    const talk = slides.filter(slide => slide.no < Math.min(...register) && /^\s*Sources?: /m.test(pdfReadingText(pdf, slide.no)))
    expect(talk.length, 'talk pages with a source line').toBeGreaterThan(0)
    const wrong: string[] = []
    for (const slide of talk) {
      const goTo = links.filter(link => link.page === slide.no && link.toPage)
      if (!goTo.length)
        wrong.push(`page ${slide.no}: its source line links nowhere`)
      for (const link of goTo) {
        const there = new Set(words(pdfText(pdf, link.toPage!)))
        if (!register.includes(link.toPage!) || words(link.words).some(word => !there.has(word)))
          wrong.push(`page ${slide.no}: "${link.words}" goes to page ${link.toPage}, which does not list it`)
      }
    }
    // Every register citation leads to its own source's address, and every source the register cites is linked.
    const data = deckData()
    // A citation set in pieces (a wrapped line, a stretch kept on one line) is one link of several boxes: its words
    // are the boxes' together, and each box's words are the citation's.
    const registerLinks = links.filter(link => register.includes(link.page) && link.uri)
    for (const key of new Set(registerLinks.map(link => `${link.page} ${link.uri}`))) {
      const boxes = registerLinks.filter(link => `${link.page} ${link.uri}` === key)
      const { page, uri } = boxes[0]!
      const source = data.sources.find(candidate => candidate.url === uri)
      const citation: string[] = source
        ? words(sourceCitation(source))
        : []
      const said = boxes.flatMap(link => words(link.words))
      if (!said.length || said.some(word => !citation.includes(word)))
        wrong.push(`page ${page}: "${boxes.map(link => link.words).join(' | ')}" goes to ${uri}`)
    }
    expect(wrong).toEqual([])
    const cited = new Set([
      ...data.figures,
      ...data.claims,
    ].flatMap(record => record.sources))
    const addresses = data.sources.filter(source => cited.has(source.id) && source.url).map(source => source.url!)
    expect(new Set(links.filter(link => register.includes(link.page)).map(link => link.uri))).toEqual(new Set(addresses))
  })

  it('has a bookmark per slide, named by its title, on its page', () => {
    expect(pdfOutline(pdf)).toEqual(slides.map(slide => ({ title: slide.title, page: slide.no })))
  })

  it('is tagged, and says its title, author and subject in plain text', () => {
    const info = pdfInfo(pdf)
    const head = slides[0]!.frontmatter
    expect(info.Tagged).toBe('yes')
    expect(info.Title).toBe(head.title)
    expect(info.Author).toBe(head.author)
    expect(info.Subject?.length).toBeGreaterThan(20)
    expect(info.Subject).not.toMatch(/[#*_`[\]\n]/)
    // When "today" is for the hindsight, for a reader who has the file alone: the data's as-of date.
    const asOf = formatDate(deckData().asOf!)
    expect(info.Subject).toContain(`As of ${asOf}.`)
    expect(info.Keywords).toContain(asOf)
  })

  it('saves its pages as PNGs for people to look at', () => {
    const dir = join(PROJECT_ROOT, 'screenshots', 'pdf')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    pdfPagesToPng(pdf, dir)
    expect(readdirSync(dir).filter(file => file.endsWith('.png'))).toHaveLength(slides.length)
  })
})

describe('the PowerPoint', () => {
  const files = () => unzipSync(readFileSync(pptx))
  const entries = new Map<string, string>()
  const text = (path: string) => {
    if (!entries.has(path)) {
      const bytes = files()[path]
      entries.set(path, bytes
        ? strFromU8(bytes)
        : '')
    }
    return entries.get(path)!
  }

  it('has one slide per slide, each with its title as editable text in the title placeholder', () => {
    const zip = files()
    expect(Object.keys(zip).filter(entry => /^ppt\/slides\/slide\d+\.xml$/.test(entry))).toHaveLength(slides.length)
    const missing: string[] = []
    for (const slide of slides) {
      const xml = text(`ppt/slides/slide${slide.no}.xml`)
      const title = xml.split('</p:sp>').find(shape => /<p:ph\s[^>]*type="title"/.test(shape)) ?? ''
      if (!xmlText(title).includes(oneLine(heading(slide))))
        missing.push(`slide ${slide.no}: no title placeholder saying "${heading(slide)}"`)
    }
    expect(missing).toEqual([])
  })

  it('carries each slide\'s speaker notes', () => {
    const missing: string[] = []
    for (const slide of slides) {
      const notes = xmlText(text(`ppt/notesSlides/notesSlide${slide.no}.xml`))
      if (notes.includes('[['))
        missing.push(`slide ${slide.no}: a token left unfilled in the notes`)
      const inNotes = new Set(words(notes))
      const noteWords = words(slide.note.replace(/\[\[[^\]]*\]\]/g, ' '))
      const absent = noteWords.filter(word => !inNotes.has(word))
      if (!noteWords.length || absent.length > noteWords.length / 10)
        missing.push(`slide ${slide.no}: notes missing from the PPTX (${absent.slice(0, 8).join(' ')}…)`)
    }
    expect(missing).toEqual([])
  })

  it('draws the bar charts as native charts holding the data module\'s values', () => {
    const data = deckData()
    const charts = Object.keys(files()).filter(entry => /^ppt\/charts\/chart\d+\.xml$/.test(entry)).map(text)
    expect(charts.length).toBeGreaterThanOrEqual(3)
    const values = (xml: string) => [
      ...xml.matchAll(/<c:val>.*?<\/c:val>/gs),
    ].flatMap(val => [
      ...val[0].matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ].map(m => Number(m[1])))
    const allValues = charts.map(values)
    // Each share shown by a share chart is in a chart's data sheet, its series named.
    const shares = data.figures.filter((f): f is ShareFigure => f.kind === 'share')
    const marketShares = ['alibaba-b2b-share', 'aliyun-cloud-share', 'tmall-b2c-share'].map(id => figureById(id, data) as ShareFigure)
    expect(allValues.some(v => marketShares.every(f => v.includes(f.value) && v.includes(Math.round((100 - f.value) * 1000) / 1000)))).toBe(true)
    const iaas = shares.filter(f => f.marketId === 'china-iaas-2015')
    expect(allValues.some(v => iaas.every(f => v.includes(f.value)))).toBe(true)
    // The cities chart counts every city a source names; the regions chart every region open by its cut-off.
    expect(allValues.some(v => v.reduce((sum, n) => sum + n, 0) === data.ecx.metros.length)).toBe(true)
    for (const xml of charts) {
      expect(xml).toMatch(/<c:barChart>/)
      expect(xml, 'series named').toMatch(/<c:tx>.*?<c:v>[^<]+<\/c:v>/s)
      expect(xml, 'values labelled').toMatch(/<c:showVal val="1"\/>/)
    }
    // The embedded workbook is what PowerPoint's "Edit data" opens.
    expect(Object.keys(files()).filter(entry => /^ppt\/embeddings\/.*\.xlsx$/.test(entry)).length).toBe(charts.length)
  })

  it('picks out Aliyun\'s bar in the IaaS chart in its own colour, as the slide does', () => {
    const iaas = deckData().figures.filter((f): f is ShareFigure => f.kind === 'share' && f.marketId === 'china-iaas-2015')
    const chart = Object.keys(files()).filter(entry => /^ppt\/charts\/chart\d+\.xml$/.test(entry)).map(text).find(xml => iaas.every(f => xml.includes(`<c:v>${f.holder}</c:v>`)))
    expect(chart, 'a native chart of the IaaS shares').toBeDefined()
    const colourOf = new Map([
      ...chart!.matchAll(/<c:dPt>\s*<c:idx val="(\d+)"\/>.*?<a:srgbClr val="([0-9A-F]{6})"/gs),
    ].map(m => [
      Number(m[1]),
      m[2]!,
    ]))
    const categories = [
      ...(chart!.match(/<c:cat>.*?<\/c:cat>/s)?.[0] ?? '').matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g),
    ].map(m => ({
      index: Number(m[1]),
      name: m[2]!,
    }))
    const aliyun = categories.find(c => c.name === 'Aliyun')
    expect(aliyun, 'Aliyun among the chart\'s categories').toBeDefined()
    const others = categories.filter(c => iaas.some(f => f.holder === c.name) && c.name !== 'Aliyun').map(c => colourOf.get(c.index))
    expect(others.length).toBeGreaterThan(0)
    expect(new Set(others).size, 'the other companies share one colour').toBe(1)
    expect(colourOf.get(aliyun!.index)).toBeDefined()
    expect(others).not.toContain(colourOf.get(aliyun!.index))
  })

  it('puts the map in as a vector picture with its text alternative', () => {
    const zip = files()
    expect(Object.keys(zip).some(entry => /^ppt\/media\/.*\.svg$/.test(entry))).toBe(true)
    const pictureSlides = slides.filter(slide => /<p:pic>.*?<asvg:svgBlip/s.test(text(`ppt/slides/slide${slide.no}.xml`)))
    const map = slides.find(slide => /<FootprintMap\b/.test(slide.content))
    expect(map, 'a slide with the map').toBeDefined()
    expect(pictureSlides.map(slide => slide.no)).toContain(map!.no)
    for (const slide of pictureSlides)
      expect(text(`ppt/slides/slide${slide.no}.xml`)).toMatch(/<p:cNvPr [^>]*descr="[^"]{20,}"/)
  })
})

describe('the speaker-notes handout', () => {
  it('has per slide its number, title, notes and picture, on the page where its notes start, bookmarked', () => {
    const pageTexts = Array.from({
      length: pdfPageCount(handout),
    }, (_, i) => unhyphenated(pdfText(handout, i + 1)))
    const pagesWithNotesStart = slides.map((slide) => {
      const index = pageTexts.findIndex(text => text.includes(unhyphenated(`${slide.no}/${slides.length} ${slide.title}`)))
      return index === -1
        ? undefined
        : index + 1
    })
    expect(pagesWithNotesStart.every(page => page !== undefined)).toBe(true)
    const pictures = pdfImages(handout).filter(image => image.width >= 800)
    expect(pictures.map(image => image.page)).toEqual(pagesWithNotesStart)
    expect(pdfOutline(handout)).toEqual(slides.map((slide, i) => ({ title: slide.title, page: pagesWithNotesStart[i] })))
    const info = pdfInfo(handout)
    expect(info.Tagged).toBe('yes')
    expect(info.Author).toBe(slides[0]!.frontmatter.author)
    expect(info.Subject).toBe(pdfInfo(pdf).Subject)
  })
})

describe('a deck with invalid data', () => {
  let invalid: InvalidDeck
  beforeAll(() => {
    invalid = copyDeckWithInvalidShare(root)
  })

  // Every format's command is export.ts with its format: the data check comes before the format is chosen, so
  // export:all stands for them all (export-html.test.ts and chinese.test.ts run the other scripts).
  it('npm run export:all exits non-zero with the build\'s message and writes no file', () => {
    const outDir = join(root, 'refused')
    const result = run(['all'], outDir, invalid.root)
    // The message `npm run build` gives for the same data.
    expect(invalid.problems.length).toBeGreaterThan(0)
    expect(result.status).not.toBe(0)
    for (const problem of invalid.problems)
      expect(result.stderr).toContain(problem)
    expect(result.stderr).toContain(invalid.share.id)
    expect(result.stderr).toContain(String(INVALID_SHARE))
    expect(existsSync(outDir)
      ? readdirSync(outDir)
      : []).toEqual([])
  })
})
