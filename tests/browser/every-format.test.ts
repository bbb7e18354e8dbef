import type { Browser } from 'playwright-core'
import type { DeckLang } from '../../components/lib/deck-lang.ts'
import type { DeckData } from '../../data/index.ts'
import type { FigureEdit } from './edited-deck.ts'
import type { SlideSays } from './slide-says.ts'
// Every deliverable says what the slides mean to say. One list of what each slide says (slide-says.ts,
// from slides.md and the data alone) is held, slide by slide (as against the dev server in slides.test.ts and the
// built sites in built-site.test.ts), against every file an export writes: the one-file deck opened from file://, the PDF
// and the handout as pdftotext reads them, the PPTX's slides, native charts and notes. Those files come from
// a copy of the deck with an analyst's edit (a share and a count changed), so the same run also proves that
// every format shows the new values and none the old.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import { PDFDocument, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lineProblems } from '../../components/lib/cjk-lines.ts'
import { DECK_LANGS, langSuffix } from '../../components/lib/deck-lang.ts'
import { figureText, figureValueText } from '../../components/lib/figure-text.ts'
import { UI_TEXT } from '../../components/lib/ui-text.ts'
import { deckData } from '../../data/index.ts'
import { inLanguage } from '../../data/translation.ts'
import { compareExportDirs } from '../../scripts/lib/export-folder.ts'
import { exportBaseName, PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { contrast } from '../contrast.ts'
import { handoutSlidesByPage, pngSize } from './export-layout.ts'
import { sharedChromium } from './harness.ts'
import { EDITED_ONE_FILE, liveExport, liveExportDir, sharedEditedDeck, sharedExport, sharedExportDir } from './live-exports.ts'
import { libreOfficePdf, tablesOffPage } from './office-tables.ts'
import { pdfBlocks } from './pdf-lines.ts'
import { pdfFonts, pdfPageCount, pdfReadingText, pdfText } from './pdf-tools.ts'
import { pptxSlideTexts, wordsMissing } from './pptx-words.ts'
import { keptOverflow, renderedBlocks } from './rendered-lines.ts'
import { LESS_MOTION, slideTexts } from './slide-checks.ts'
import { deckDifferences, reading, slideModel } from './slide-says.ts'

const root = mkdtempSync(join(tmpdir(), 'deck-parity-'))
const name = exportBaseName()
let browser: Browser

// The analyst's edit: the most shown share and count retyped in the copy's data/figures.ts, each to a
// number the deck has nowhere else (edited-deck.ts), so seeing it can only mean the edit reached it. The copy and
// its files are the run's shared ones (live-exports.ts): export-html.test.ts and firefox.test.ts open its one-file deck.
const live = deckData()
const deck = await sharedEditedDeck()
const copy = deck.root
const edited = deck.data
const [shareEdit, countEdit] = deck.edits as [FigureEdit, FigureEdit]
const said = (id: string, field: string, data: DeckData) => figureText(id, field, data)
/** Every format in both languages, as `--lang all` writes them (the Chinese with a -zh suffix). */
const ALL_FORMATS = [
  'export.ts',
  ['all', '--lang', 'all'],
] as const
const out = sharedExportDir(...ALL_FORMATS, 'edited')
const oneFileOut = sharedExportDir(...EDITED_ONE_FILE)
/** A file the copy's exports wrote, by its name's ending after the deck's name (".pdf", "-zh.html"). */
function exported(ending: string) {
  return join(ending.endsWith('.html')
    ? oneFileOut
    : out, `${name}${ending}`)
}

/** The live deck's own PDF and PNGs, to hold against the edited copy's as `npm run changes` does (shared with export.test.ts). */
const liveOut = liveExportDir('export.ts', ['all'])

let liveSays: SlideSays[]
const editedSaysIn = {} as Record<DeckLang, SlideSays[]>
/** The one-file deck's slides as its reader sees them (its raw HTML also holds CSS such as "width:44%"). */
const oneFileTextsIn: Record<DeckLang, string[]> = { en: [], zh: [] }

beforeAll(async () => {
  liveSays = await slideModel(join(PROJECT_ROOT, 'slides.md'), live)
  for (const lang of DECK_LANGS)
    editedSaysIn[lang] = await slideModel(join(copy, 'slides.md'), edited, lang)
  // One after another: each is a build and a Chromium of its own, and another browser file runs beside this one.
  await sharedExport(...ALL_FORMATS, 'edited')
  await liveExport('export.ts', ['all'])
  await sharedExport(...EDITED_ONE_FILE)
  browser = await sharedChromium()
}, 400_000)

afterAll(async () => {
  await browser?.close()
  rmSync(root, { recursive: true, force: true })
})

function expectSame(says: readonly SlideSays[], texts: readonly string[], extra: (no: number) => { notes?: string, numbers?: number[] } = () => ({})): void {
  expect(texts).toHaveLength(says.length)
  expect(deckDifferences(says, texts, extra)).toEqual([])
}

describe.each(DECK_LANGS)('every file exported from a copy with an analyst\'s edit, in %s', (lang) => {
  const file = (ending: string) => exported(`${langSuffix(lang)}${ending}`)
  const editedSays = () => editedSaysIn[lang]
  const inLang = (data: DeckData) => inLanguage(data, lang)
  const pdf = () => file('.pdf')
  const handout = () => file('-notes.pdf')

  it('the one-file deck, opened from file://, says what the slides say', async () => {
    const html = readFileSync(file('.html'), 'utf8')
    expect(html.match(/\[\[\s*(?:fig|date|claim)\s*:[^\]]*\]\]/g) ?? []).toEqual([])
    const page = await browser.newPage({
      viewport: { width: 980, height: 552 },
      ...LESS_MOTION,
    })
    const address = pathToFileURL(file('.html')).href
    oneFileTextsIn[lang] = await slideTexts(page, `${address}#/1`, editedSays().length)
    await page.close()
    expectSame(editedSays(), oneFileTextsIn[lang])
  })

  it('the PDF says it page by page, and the handout has every slide\'s notes', () => {
    expect(pdfPageCount(pdf())).toBe(editedSays().length)
    const notes = pdfText(handout())
    expect(notes).not.toMatch(/\[\[/)
    // Dated as the deck writes dates in its language, not in the browser's locale ("12/7/2026, 4:12:33 PM").
    const head = pdfText(handout(), 1).split('\n').slice(0, 4).join(' ')
    expect(head).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}|[AP]M\b/)
    expect(head).toMatch(lang === 'zh'
      ? /\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日/
      : /\b\d{1,2} (?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{4}\b/)
    expectSame(editedSays(), editedSays().map(slide => pdfReadingText(pdf(), slide.no)), () => ({ notes }))
  })

  it('the handout puts two slides or more on every page but the last, each slide\'s notes whole on its page', () => {
    const says = editedSays()
    const pages = handoutSlidesByPage(handout(), says.length)
    expect(pages.flat()).toEqual(says.map(slide => slide.no))
    expect(pages.slice(0, -1).flatMap((slides, i) => slides.length < 2
      ? [`page ${i + 1} has slides ${slides.join(', ')} only`]
      : [])).toEqual([])
    // The end of each slide's notes is on the page its title heads.
    const split = says.filter((slide) => {
      const page = pages.findIndex(slides => slides.includes(slide.no)) + 1
      return !reading(pdfText(handout(), page)).includes(reading(slide.notes.join(' ')).slice(-12))
    })
    expect(split.map(slide => `slide ${slide.no}'s notes run past its page`)).toEqual([])
  })

  it('the PNGs are 1920×1080, one a slide', () => {
    const pngs = readdirSync(file('-png')).filter(png => png.endsWith('.png'))
    expect(pngs).toHaveLength(editedSays().length)
    expect(pngs.filter(png => JSON.stringify(pngSize(join(file('-png'), png))) !== JSON.stringify({ width: 1920, height: 1080 }))).toEqual([])
  })

  it('the PPTX says it on its slides, in its native charts and in its notes', () => {
    const files = unzipSync(readFileSync(file('.pptx')))
    const text = (path: string) => strFromU8(files[path] ?? new Uint8Array())
    const linked = (rels: string, kind: string) => [
      ...rels.matchAll(new RegExp(`Target="(?:\\.\\.|/ppt)/${kind}/([^"]+)"`, 'g')),
    ].map(m => `ppt/${kind}/${m[1]}`)
    const plain = (xml: string) => xml.replace(/<\/a:p>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&apos;/g, '\'').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    const slides = editedSays().map((slide) => {
      const rels = text(`ppt/slides/_rels/slide${slide.no}.xml.rels`)
      const charts = linked(rels, 'charts').map(text)
      return {
        text: [
          plain(text(`ppt/slides/slide${slide.no}.xml`)),
          ...charts.map(plain),
        ].join('\n'),
        numbers: charts.flatMap(xml => [
          ...xml.matchAll(/<c:v>([\d.]+)<\/c:v>/g),
        ].map(m => Number(m[1]))),
        notes: linked(rels, 'notesSlides').map(path => plain(text(path))).join('\n'),
      }
    })
    expect(Object.keys(files).filter(path => path.endsWith('.xml') && /\[\[\s*(?:fig|date|claim)\b/.test(text(path)))).toEqual([])
    expectSame(editedSays(), slides.map(s => s.text), no => ({ notes: slides[no - 1]!.notes, numbers: slides[no - 1]!.numbers }))
  })

  it('the PPTX slide says every word its PDF page shows: card bodies, table cells, chart flags, totals and footnotes, picture labels', () => {
    const slides = pptxSlideTexts(unzipSync(readFileSync(file('.pptx'))))
    expect(slides).toHaveLength(pdfPageCount(pdf()))
    const missing = slides.flatMap((text, i) => {
      const words = wordsMissing(pdfReadingText(pdf(), i + 1), text)
      return words.length
        ? [`slide ${i + 1}: ${words.join(' ')}`]
        : []
    })
    expect(missing).toEqual([])
  })

  it('the PPTX\'s chart value labels read at 4.5:1 or more on what they sit on (their bar inside it, the slide outside)', () => {
    const files = unzipSync(readFileSync(file('.pptx')))
    const charts = Object.keys(files).filter(path => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    expect(charts.length).toBeGreaterThan(0)
    const low = charts.flatMap(path => [
      ...strFromU8(files[path]!).matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g),
    ].flatMap(([ser]) => {
      // A solid fill, or a hatched remainder's two colours: the label must read on both.
      const fills = ser.match(/<c:spPr>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-F]{6})"/i)?.slice(1)
        ?? ser.match(/<c:spPr>\s*<a:pattFill\b[^>]*>\s*<a:fgClr>\s*<a:srgbClr val="([0-9A-F]{6})"\/>\s*<\/a:fgClr>\s*<a:bgClr>\s*<a:srgbClr val="([0-9A-F]{6})"/i)?.slice(1)
      const label = ser.match(/<c:dLbls>[\s\S]*?<a:defRPr\b[^>]*>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-F]{6})"/i)?.[1]
      const inside = /<c:dLblPos val="(?:ctr|inEnd|inBase)"\/>/.test(ser)
      const unders = inside
        ? fills
        : ['FFFFFF']
      const name = ser.match(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/)?.[1]
      if (!label || !unders?.length)
        return [`${path} "${name}": no label colour or fill`]
      const under = unders.reduce((worst, colour) => contrast(`#${label}`, `#${colour}`) < contrast(`#${label}`, `#${worst}`)
        ? colour
        : worst)
      const ratio = contrast(`#${label}`, `#${under}`)
      return ratio >= 4.5
        ? []
        : [`${path} "${name}": labels ${label} on ${under}, ${ratio.toFixed(2)}:1`]
    }))
    expect(low).toEqual([])
  })

  // LibreOffice sets the PPTX with its own fonts and line breaker (the Chinese one knowing no kept spans), as a venue
  // PC without Inter would.
  it(`the PPTX in LibreOffice: a page a slide, every table's last row on its slide, nothing below the page, ${lang === 'zh'
    ? 'no date, amount or name broken across lines'
    : 'no title wrapped past two lines onto the text below'}`, () => {
    const converted = libreOfficePdf(file('.pptx'), join(root, `libreoffice-${lang}`))
    expect(pdfPageCount(converted)).toBe(editedSays().length)
    expect(tablesOffPage(unzipSync(readFileSync(file('.pptx'))), converted)).toEqual([])
    if (lang === 'zh') {
      expect(pdfBlocks(converted).flatMap(block => lineProblems(block.lines).map(problem => `slide ${block.page}: ${problem}`))).toEqual([])
      return
    }
    // A page opens with its whole title in its first two lines (the cover's and a long one's take two).
    const plain = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/[‘’]/g, '\'')
    const wrapped = editedSays().filter(slide => slide.title).flatMap((slide) => {
      const opening = pdfText(converted, slide.no).split('\n').map(plain).filter(Boolean).slice(0, 2).join(' ')
      return opening.includes(plain(slide.title))
        ? []
        : [`slide ${slide.no}: the page opens "${opening}", not with the whole title "${slide.title}" in two lines`]
    })
    expect(wrapped).toEqual([])
  })

  it('the PPTX\'s paragraphs are as PowerPoint reads them without offering a repair: their properties first, once', () => {
    const misplaced = Object.entries(unzipSync(readFileSync(file('.pptx'))))
      .filter(([path]) => /^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/.test(path))
      .flatMap(([path, bytes]) => (strFromU8(bytes).match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
        .filter(paragraph => paragraph.replace(/^<a:p>(?:<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>))?/, '').includes('<a:pPr'))
        .map(paragraph => `${path}: ${paragraph.replace(/<[^>]+>/g, '').slice(0, 60)}`))
    expect(misplaced).toEqual([])
  })

  it('shows the edited values and none of the old in every format', () => {
    const newShare = said(shareEdit.id, 'value', inLang(edited))
    const oldShare = said(shareEdit.id, 'value', inLang(live))
    const oldCount = said(countEdit.id, 'phrase', inLang(live))
    // An old value another figure still shows, or a count said without its noun ("7"), proves nothing.
    const shownElsewhere = (text: string) => inLang(edited).figures.some(f => reading(figureValueText(f, lang)).includes(reading(text)))
    const absent = [
      ...(shownElsewhere(oldShare)
        ? []
        : [oldShare]),
      ...(oldCount === said(countEdit.id, 'value', inLang(live))
        ? []
        : [oldCount]),
    ]
    const files = unzipSync(readFileSync(file('.pptx')))
    const pptx = Object.entries(files).filter(([path]) => path.endsWith('.xml')).map(([, bytes]) => strFromU8(bytes).replace(/<[^>]+>/g, ' ')).join('\n')
    const formats: Record<string, string> = {
      'one-file deck': oneFileTextsIn[lang].join('\n'),
      'PDF': pdfText(pdf()),
      'handout': pdfText(handout()),
      'PPTX': pptx,
    }
    const wrong = Object.entries(formats).flatMap(([format, content]) => [
      ...(reading(content).includes(reading(newShare)) || (format === 'PPTX' && content.includes(` ${shareEdit.to} `))
        ? []
        : [`${format} lacks ${newShare}`]),
      ...(reading(content).includes(String(countEdit.to))
        ? []
        : [`${format} lacks the count ${countEdit.to}`]),
      // As a value of its own: "7 metros" is not in "17 metros".
      ...absent.filter(text => new RegExp(`(?<![\\d.])${reading(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(reading(content))).map(text => `${format} still shows "${text}"`),
    ])
    expect(wrong).toEqual([])
    // The PNGs are pictures of the same print view; each slide has one.
    expect(readdirSync(file('-png'))).toHaveLength(editedSays().length)
  })
})

/** Every Latin word the Chinese texts themselves use: names kept in Latin letters (Equinix, IaaS, B2C, a publisher). */
function latinWordsOfChinese(): Set<string> {
  const chineseLines = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8').split('\n').filter(line => line.startsWith('zh|'))
  const zh = inLanguage(live, 'zh')
  const shown = [
    ...chineseLines,
    JSON.stringify(zh.figures),
    JSON.stringify(zh.claims),
    JSON.stringify(zh.ecx),
    JSON.stringify(zh.regions),
    JSON.stringify(zh.events),
    JSON.stringify(zh.hindsightEvents),
    // Sources are cited by publisher and title as published.
    ...zh.sources.flatMap(source => [source.publisher, source.title]),
    ...Object.values(UI_TEXT).map(entry => typeof entry.zh === 'string'
      ? entry.zh
      : ''),
  ].join(' ')
  return new Set(shown.match(/\p{Script=Latin}+/gu) ?? [])
}

describe('the Chinese files, as a Chinese reader gets them', () => {
  const zhFile = (ending: string) => exported(`-zh${ending}`)

  it('the PDF embeds Noto Sans SC as TrueType (not Type 3), says it is zh-CN, and stays under 3 MB', async () => {
    const fonts = pdfFonts(zhFile('.pdf'))
    expect(fonts.filter(font => /NotoSansSC/i.test(font.name)).map(font => font.type)).toEqual(expect.arrayContaining([
      expect.stringMatching(/TrueType/),
    ]))
    expect(fonts.filter(font => !font.embedded || /Type 3/.test(font.type))).toEqual([])
    const pdf = await PDFDocument.load(readFileSync(zhFile('.pdf')), { updateMetadata: false })
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toBe('(zh-CN)')
    expect(statSync(zhFile('.pdf')).size).toBeLessThanOrEqual(3 * 2 ** 20)
  })

  it('the one-file deck says zh-CN and stays under 2.5 MB', () => {
    const html = readFileSync(zhFile('.html'), 'utf8')
    expect(html).toMatch(/<html\s[^>]*lang="zh-CN"/)
    expect(statSync(zhFile('.html')).size).toBeLessThanOrEqual(2.5 * 2 ** 20)
  })

  it('the one-file deck draws every Chinese character it shows in Noto Sans SC from file://, no fallback boxes', async () => {
    const characters = [
      ...new Set(oneFileTextsIn.zh.join('').match(/\p{Script=Han}/gu) ?? []),
    ]
    expect(characters.length).toBeGreaterThan(300)
    const page = await browser.newPage({
      viewport: { width: 980, height: 552 },
      ...LESS_MOTION,
    })
    await page.goto(`${pathToFileURL(zhFile('.html')).href}#/2`, { waitUntil: 'load' })
    await page.locator('.slidev-page-2 .slidev-layout').waitFor()
    await page.evaluate(() => document.fonts.ready)
    // A picture for people to look at (screenshots/ is git-ignored).
    mkdirSync(join(PROJECT_ROOT, 'screenshots'), { recursive: true })
    await page.screenshot({
      path: join(PROJECT_ROOT, 'screenshots', 'one-file-zh-slide-2.png'),
    })
    // Each character drawn in the deck's Chinese font at its two weights, against the box a character no font
    // has is drawn as (this machine has no Chinese system font to fall back on).
    const boxed = await page.evaluate(async (characters) => {
      const weights = ['400', '700']
      await Promise.all(weights.map(weight => document.fonts.load(`${weight} 40px 'Noto Sans SC'`, characters.join(''))))
      const canvas = document.createElement('canvas')
      canvas.width = 48
      canvas.height = 48
      const context = canvas.getContext('2d', { willReadFrequently: true })!
      const picture = (character: string, weight: string) => {
        context.clearRect(0, 0, 48, 48)
        context.font = `${weight} 40px 'Noto Sans SC'`
        context.fillText(character, 2, 40)
        return context.getImageData(0, 0, 48, 48).data.join(',')
      }
      return weights.flatMap((weight) => {
        const box = picture('\u{10FFFD}', weight)
        return characters.filter(character => picture(character, weight) === box).map(character => `${character} (${weight})`)
      })
    }, characters)
    await page.close()
    expect(boxed).toEqual([])
  })

  it('shows Chinese on every slide: its only Latin words are names the Chinese texts themselves keep', () => {
    const names = latinWordsOfChinese()
    // A table's cells run together in the page's text ("Exchange" + "East-West Center"): two names in a row.
    const isName = (word: string) => names.has(word) || [...word].some((_, at) => at > 0 && names.has(word.slice(0, at)) && names.has(word.slice(at)))
    const texts = oneFileTextsIn.zh
    expect(texts).toHaveLength(editedSaysIn.zh.length)
    const english = texts.flatMap((text, i) => [
      ...(/\p{Script=Han}/u.test(text)
        ? []
        : [`slide ${i + 1} has no Chinese at all`]),
      ...new Set((text.match(/\p{Script=Latin}+/gu) ?? []).filter(word => !isName(word)).map(word => `slide ${i + 1}: "${word}"`)),
    ])
    expect(english).toEqual([])
  })

  it('the PPTX says its runs are zh-CN, with Microsoft YaHei as their and the theme\'s East Asian font', () => {
    const files = unzipSync(readFileSync(zhFile('.pptx')))
    const slides = Object.keys(files).filter(path => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    const xml = slides.map(path => strFromU8(files[path]!)).join('\n')
    const runs = xml.match(/<a:rPr\b[^>]*>/g) ?? []
    expect(runs.length).toBeGreaterThan(slides.length)
    expect(runs.filter(run => !/\blang="zh-CN"/.test(run))).toEqual([])
    const eastAsian = new Set([
      ...xml.matchAll(/<a:ea typeface="([^"]*)"/g),
    ].map(m => m[1]))
    expect([...eastAsian]).toEqual(['Microsoft YaHei'])
    const theme = strFromU8(files['ppt/theme/theme1.xml']!)
    expect(theme.match(/<a:ea typeface="[^"]*"/g)).toEqual(['<a:ea typeface="Microsoft YaHei"', '<a:ea typeface="Microsoft YaHei"'])
    expect(theme.match(/<a:font script="Hans" typeface="[^"]*"/g)).toEqual(['<a:font script="Hans" typeface="Microsoft YaHei"', '<a:font script="Hans" typeface="Microsoft YaHei"'])
    const notes = Object.keys(files).filter(path => /^ppt\/notesSlides\/.*\.xml$/.test(path)).map(path => strFromU8(files[path]!)).join('\n')
    expect(notes).toMatch(/\p{Script=Han}/u)
    expect(notes).not.toMatch(/\blang="en-US"/)
  })
})

describe('npm run changes, from the live deck\'s files to the edited copy\'s', () => {
  it('lists every slide whose words the edit changes, each with its old and new value, and pictures only those', async () => {
    const shows = (says: SlideSays) => JSON.stringify([says.title, says.blocks, says.values])
    const expected = liveSays.filter((says, i) => shows(says) !== shows(editedSaysIn.en[i]!)).map(says => says.no)
    expect(expected.length).toBeGreaterThan(0)
    const { changes } = await compareExportDirs(liveOut, out, name)
    const changed = changes.filter(change => change.status !== 'unchanged')
    // The slide model lists the values a slide's Markdown names; a chart may show the same figure as well
    // (slides it does not list), and each such slide must show the edit and nothing else below.
    expect(changed.map(change => change.no)).toEqual(expect.arrayContaining(expected))
    const oldShare = reading(said(shareEdit.id, 'value', live))
    const newShare = reading(said(shareEdit.id, 'value', edited))
    for (const change of changed) {
      const removed = reading((change.text ?? []).flatMap(hunk => hunk.removed).join(' '))
      const added = reading((change.text ?? []).flatMap(hunk => hunk.added).join(' '))
      expect(removed.includes(oldShare) || removed.includes(String(countEdit.from)), `slide ${change.no} removed: ${removed}`).toBe(true)
      expect(added.includes(newShare) || added.includes(String(countEdit.to)), `slide ${change.no} added: ${added}`).toBe(true)
      expect(change.pixels, `slide ${change.no}'s picture`).toBeDefined()
    }

    const page = join(root, 'changes.html')
    const result = spawnSync(process.execPath, [
      join(PROJECT_ROOT, 'scripts', 'changes.ts'),
      '--before-dir',
      liveOut,
      '--after-dir',
      out,
      '--out',
      page,
    ], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(`${changed.length} of ${liveSays.length} slides changed`)
    for (const { no } of changed)
      expect(result.stdout).toMatch(new RegExp(`^  slide ${no} "`, 'm'))
    // Two pictures (before and after) per changed slide, none for the others.
    expect(readFileSync(page, 'utf8').match(/<img /g)).toHaveLength(2 * changed.length)
  })
})

describe('the Chinese files exported from the edited copy, line by line', () => {
  const file = (ending: string) => exported(`${langSuffix('zh')}${ending}`)

  // Chinese set as Chinese is set (components/lib/cjk-lines.ts): read in the lines poppler finds in the PDF, and in the
  // lines Chromium drew in the one-file deck (the files this run already made, no export of their own).
  it('the Chinese PDF, handout and one-file deck break no date, amount or name across lines, start no line with a closing mark, end no paragraph on one or two characters, and keep nothing past its box', async () => {
    const blocks = pdfBlocks(file('.pdf'))
    expect(new Set(blocks.map(block => block.page)).size).toBe(editedSaysIn.zh.length)
    expect(blocks.filter(block => block.lines.length > 1).length).toBeGreaterThan(editedSaysIn.zh.length)
    const problems = blocks.flatMap(block => lineProblems(block.lines).map(problem => `PDF page ${block.page}: ${problem}`))
    // The handout's notes: long paragraphs, set by the same rule (node/cjk-keep-markdown.ts keptNotesHtml).
    const handoutBlocks = pdfBlocks(file('-notes.pdf'))
    expect(handoutBlocks.filter(block => block.lines.length > 3).length).toBeGreaterThan(editedSaysIn.zh.length / 2)
    problems.push(...handoutBlocks.flatMap(block => lineProblems(block.lines).map(problem => `handout page ${block.page}: ${problem}`)))
    const page = await browser.newPage({
      viewport: { width: 1280, height: 720 },
      ...LESS_MOTION,
    })
    const address = pathToFileURL(file('.html')).href
    let lines = 0
    for (const { no } of editedSaysIn.zh) {
      await page.goto(`${address}#/${no}`)
      await page.locator(`.slidev-page-${no} .slidev-layout`).first().waitFor({ state: 'visible' })
      await page.evaluate(() => document.fonts.ready)
      problems.push(...(await keptOverflow(page, `.slidev-page-${no}`)).map(problem => `one-file slide ${no}: ${problem}`))
      for (const block of await renderedBlocks(page, `.slidev-page-${no}`)) {
        lines += block.lines.length
        problems.push(...lineProblems(block.lines).map(problem => `one-file slide ${no}, ${block.where}: ${problem}`))
      }
    }
    await page.close()
    // Every slide's text was read (a deck of titles alone would have one line a slide).
    expect(lines).toBeGreaterThan(editedSaysIn.zh.length * 5)
    expect(problems).toEqual([])
  }, 240_000)
})
