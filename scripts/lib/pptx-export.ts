import type { Unzipped } from 'fflate'
import type { Page } from 'playwright-core'
import type { DeckColours } from './pptx-charts.ts'
import { Buffer } from 'node:buffer'
// The PowerPoint a venue can edit, built from the print view of the built site and nothing else: every
// text the slide shows becomes a text box where it sits (the title in the slide's title placeholder),
// cards become shapes, a bar chart becomes the native PowerPoint charts its model put on its <figure>
// (`data-native-chart`, see components/lib/chart-model.ts; drawn by pptx-charts.ts), and the other figures
// (map, timeline) vector pictures (SVG, with a PNG for older viewers) with their text alternative. Speaker
// notes come from the presenter print view, as the audience of the notes reads them.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import PptxGenJS from 'pptxgenjs'
import { COLOUR_VARIABLES } from '../../components/lib/native-chart.ts'
import { zipEntryTime } from './export-date.ts'
import { addNativeChart, parseNativeCharts } from './pptx-charts.ts'

interface Box { x: number, y: number, w: number, h: number }
interface Run { text: string, bold: boolean, italic: boolean, colour: string, breakAfter: boolean }
/** `oneLineWidth`: the text's width when it fits on one line (a title, a takeaway), else absent. */
interface TextBlock { box: Box, runs: Run[], size: number, align: string, bullet: 'none' | 'bullet' | 'number', heading: boolean, family: string, lineHeight: number, oneLineWidth?: number }
interface Edge { side: 'top' | 'right' | 'bottom' | 'left', colour: string, width: number }
interface Shape { box: Box, fill: string | null, radius: number, edges: Edge[] }
/** `kind` and `nativeCharts` as the chart's <figure> gives them (`data-chart-kind`, `data-native-chart`). */
interface Figure { id: string, kind: string, box: Box, alt: string, svg: string, nativeCharts: string | null }
interface Table { box: Box, columns: number[], rows: { text: string, header: boolean }[][], size: number, colour: string }
interface SlideContent { background: string, shapes: Shape[], blocks: TextBlock[], figures: Figure[], tables: Table[] }

/** The title placeholder's place on every slide, in inches. */
const TITLE_BOX = { x: 0.5, y: 0.4, w: 12.3, h: 1 }

/** Reads each printed slide's text, boxes, tables and figures (runs in the page). */
function readSlides(containers: Element[]): SlideContent[] {
  const hex = (colour: string): string | null => {
    const m = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/)
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.05))
      return null
    return [m[1], m[2], m[3]].map(v => Math.round(Number(v)).toString(16).padStart(2, '0')).join('').toUpperCase()
  }
  const INLINE = new Set([
    'inline',
    'inline-block',
    'inline-flex',
    'inline-grid',
    'contents',
    'none',
  ])
  const hidden = (el: Element) => {
    const style = getComputedStyle(el)
    const box = el.getBoundingClientRect()
    return style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0
      || box.width < 2 || box.height < 2 || !!el.closest('.sr-only, [aria-hidden="true"]:not(svg *)')
  }
  const STYLE_PROPS = [
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'stroke-linecap',
    'opacity',
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'text-anchor',
    'dominant-baseline',
    'display',
    'visibility',
    'letter-spacing',
    'paint-order',
  ]
  /** The SVG with its computed look written onto each element, so it stands alone outside the page. */
  const standalone = (svg: SVGSVGElement): string => {
    const copy = svg.cloneNode(true) as SVGSVGElement
    const originals = [
      svg,
      ...svg.querySelectorAll('*'),
    ]
    const copies = [
      copy,
      ...copy.querySelectorAll('*'),
    ]
    originals.forEach((original, index) => {
      const target = copies[index]!
      const style = getComputedStyle(original)
      target.setAttribute('style', STYLE_PROPS.map(p => `${p}:${style.getPropertyValue(p)}`).join(';'))
      target.removeAttribute('class')
    })
    const box = svg.getBoundingClientRect()
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    copy.setAttribute('width', String(Math.round(box.width)))
    copy.setAttribute('height', String(Math.round(box.height)))
    return new XMLSerializer().serializeToString(copy)
  }
  return containers.map((container, slideIndex) => {
    const origin = container.getBoundingClientRect()
    const rel = (el: Element): Box => {
      const r = el.getBoundingClientRect()
      return {
        x: r.left - origin.left,
        y: r.top - origin.top,
        w: r.width,
        h: r.height,
      }
    }
    const layout = container.querySelector('.slidev-layout') ?? container
    const content: SlideContent = {
      background: hex(getComputedStyle(layout).backgroundColor) ?? 'FFFFFF',
      shapes: [],
      blocks: [],
      figures: [],
      tables: [],
    }
    const walk = (el: Element) => {
      if (hidden(el))
        return
      if (el instanceof SVGSVGElement) {
        if (el.getAttribute('role') === 'img') {
          // A chart's frame says what it is and, for a bar chart, what to draw natively.
          const frame = el.closest('figure.chart-frame')
          const alt = `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.trim().split(/\s+/).map(id => document.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean).join('. ')
          const id = `${slideIndex + 1}-${content.figures.length + 1}`
          el.setAttribute('data-pptx-figure', id)
          content.figures.push({
            id,
            kind: frame?.getAttribute('data-chart-kind') ?? 'picture',
            box: rel(el),
            alt: alt || el.getAttribute('aria-label') || '',
            svg: standalone(el),
            nativeCharts: frame?.getAttribute('data-native-chart') ?? null,
          })
        }
        return
      }
      const style = getComputedStyle(el)
      if (el.tagName === 'TABLE') {
        const rows = [
          ...el.querySelectorAll('tr'),
        ].map(tr => [...tr.children].map(cell => ({
          text: (cell as HTMLElement).innerText.trim(),
          header: cell.tagName === 'TH',
        })))
        const cell = el.querySelector('td, th') ?? el
        const columns = [
          ...(el.querySelector('tr')?.children ?? []),
        ].map(cell => cell.getBoundingClientRect().width)
        content.tables.push({
          box: rel(el),
          columns,
          rows,
          size: Number.parseFloat(getComputedStyle(cell).fontSize),
          colour: hex(getComputedStyle(cell).color) ?? '000000',
        })
        return
      }
      const fill = hex(style.backgroundColor)
      const edges: Edge[] = (['top', 'right', 'bottom', 'left'] as const).flatMap((side) => {
        const width = Number.parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0
        const colour = hex(style.getPropertyValue(`border-${side}-color`))
        return width > 0 && colour && style.getPropertyValue(`border-${side}-style`) !== 'none'
          ? [
              { side, colour, width },
            ]
          : []
      })
      if ((fill && fill !== content.background) || edges.length) {
        content.shapes.push({
          box: rel(el),
          fill: fill !== content.background
            ? fill
            : null,
          radius: Number.parseFloat(style.borderTopLeftRadius) || 0,
          edges,
        })
      }
      const blockChildren = [...el.children].some(child => !INLINE.has(getComputedStyle(child).display) || child instanceof SVGSVGElement || child.tagName === 'TABLE')
      if (blockChildren || INLINE.has(style.display)) {
        for (const child of el.children)
          walk(child)
        return
      }
      const runs: Run[] = []
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        if (node instanceof Element) {
          if (node.tagName === 'BR' && runs.length)
            runs.at(-1)!.breakAfter = true
          continue
        }
        const parent = node.parentElement!
        if (parent.closest('.sr-only') || getComputedStyle(parent).display === 'none')
          continue
        const text = (node.textContent ?? '').replace(/\s+/g, ' ')
        if (!text.trim() && !runs.length)
          continue
        const ps = getComputedStyle(parent)
        const transformed = ps.textTransform === 'uppercase'
          ? text.toUpperCase()
          : text
        runs.push({
          text: transformed,
          bold: Number(ps.fontWeight) >= 600,
          italic: ps.fontStyle === 'italic',
          colour: hex(ps.color) ?? '000000',
          breakAfter: false,
        })
      }
      if (!runs.some(run => run.text.trim()))
        return
      runs[0]!.text = runs[0]!.text.trimStart()
      runs.at(-1)!.text = runs.at(-1)!.text.trimEnd()
      const list = el.tagName === 'LI' && style.listStyleType !== 'none'
        ? (el.parentElement?.tagName === 'OL'
            ? 'number'
            : 'bullet')
        : 'none'
      // The text sits inside the element's padding and borders (a takeaway's rule on the left, a card's inset).
      const outer = rel(el)
      const inset = (side: string) => (Number.parseFloat(style.getPropertyValue(`padding-${side}`)) || 0) + (Number.parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0)
      const box = {
        x: outer.x + inset('left'),
        y: outer.y + inset('top'),
        w: outer.w - inset('left') - inset('right'),
        h: outer.h - inset('top') - inset('bottom'),
      }
      const range = document.createRange()
      range.selectNodeContents(el)
      const lines = [
        ...range.getClientRects(),
      ].filter(line => line.width > 0)
      const oneLine = lines.length > 0 && new Set(lines.map(line => Math.round(line.top + line.height / 2))).size === 1
      content.blocks.push({
        box,
        runs,
        ...(oneLine
          ? { oneLineWidth: Math.max(...lines.map(line => line.right)) - Math.min(...lines.map(line => line.left)) }
          : {}),
        size: Number.parseFloat(style.fontSize),
        align: style.textAlign,
        bullet: list,
        heading: el.tagName === 'H1',
        family: style.fontFamily.split(',')[0]!.replace(/["']/g, '').trim(),
        lineHeight: Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2,
      })
    }
    walk(layout)
    return content
  })
}

/** Each slide's speaker notes as the presenter print view shows them (tokens expanded, Markdown rendered). */
async function readNotes(page: Page): Promise<string[]> {
  return page.locator('#page-root h2').evaluateAll(headings => headings.map((heading) => {
    // Each slide's block holds its heading and, after it, the rendered notes.
    const block = heading.parentElement?.parentElement ?? heading.parentElement
    const notes = block?.querySelector('.prose, .slidev-note')?.cloneNode(true) as HTMLElement | undefined
    if (!notes)
      return ''
    // Slidev draws each [click] cue as an empty marker; in PowerPoint's notes it reads as the cue again (the mark for
    // click 0, before the budget line, is no cue: styles/notes.css hides it too).
    notes.querySelectorAll<HTMLElement>('.slidev-note-click-mark').forEach(mark => mark.replaceWith(mark.dataset.clicks === '0'
      ? ''
      : '[click] '))
    // innerText needs the element in the page to see its line breaks.
    notes.style.position = 'absolute'
    notes.style.left = '-10000px'
    document.body.append(notes)
    const text = notes.innerText.trim()
    notes.remove()
    return text
  }))
}

export interface PptxInput {
  /** How many slides the deck has: the print view must show each. */
  slideCount: number
  /** The print view (/print?print=true) of the built site, drawn. */
  printView: Page
  /** The presenter print view (/presenter/print), drawn. */
  notesView: Page
  /** `date`: the one date the file carries (lib/export-date.ts), in its metadata and its zip entries. */
  info: { title: string, author: string, subject: string, date: Date, lang?: string }
}

/** The font PowerPoint uses for Chinese text (a run's East Asian font) in a deck whose text is Chinese. */
export const EAST_ASIAN_FONT = 'Noto Sans SC'

export interface PptxSummary { slides: number, charts: number, pictures: number, notes: number }

export async function writePptx(input: PptxInput): Promise<{ bytes: Uint8Array, summary: PptxSummary }> {
  const containers = await input.printView.locator('.print-slide-container').evaluateAll(readSlides)
  const notes = await readNotes(input.notesView)
  const colours = await input.printView.evaluate((variables) => {
    const style = getComputedStyle(document.documentElement)
    const read = (name: string) => style.getPropertyValue(name).trim().replace('#', '').toUpperCase()
    return Object.fromEntries(Object.entries(variables).map(([role, name]) => [
      role,
      read(name),
    ])) as DeckColours
  }, { ...COLOUR_VARIABLES, ink: '--deck-ink' })
  // Each figure's native charts, parsed and checked before anything is written.
  const nativeCharts = new Map(containers.flatMap(content => content.figures).map(figure => [
    figure.id,
    parseNativeCharts(figure.nativeCharts, `slide ${figure.id.split('-')[0]}, ${figure.kind}`),
  ]))
  const slideWidth = await input.printView.locator('.print-slide-container').first().evaluate(node => node.getBoundingClientRect().width)
  // The slide is 980 px wide in the browser and 13.33 in (16:9 widescreen) in PowerPoint.
  const inch = 13.333 / slideWidth
  const pt = (px: number) => Math.round(px * inch * 72 * 10) / 10
  const at = (box: Box, grow = 0) => ({
    x: box.x * inch,
    y: box.y * inch,
    w: box.w * inch * (1 + grow),
    h: box.h * inch,
  })

  const pptx = new PptxGenJS()
  // Every run says its language, so PowerPoint spell-checks, breaks lines and picks fonts for it.
  const textLang = input.info.lang ?? 'en-US'
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = input.info.title
  pptx.author = input.info.author
  pptx.subject = input.info.subject
  pptx.company = input.info.author
  pptx.defineSlideMaster({
    title: 'DECK',
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            ...TITLE_BOX,
          },
          text: '',
        },
      },
    ],
  })
  const summary: PptxSummary = {
    slides: 0,
    charts: 0,
    pictures: 0,
    notes: 0,
  }
  const svgFallbacks: { slide: number, png: Buffer }[] = []
  // A PNG of each figure that stays a picture, for viewers that cannot show SVG.
  const figurePngs = new Map<string, Buffer>()
  for (const figure of containers.flatMap(content => content.figures).filter(f => !nativeCharts.get(f.id)?.length))
    figurePngs.set(figure.id, await input.printView.locator(`[data-pptx-figure="${figure.id}"]`).screenshot({ type: 'png' }))

  for (let index = 0; index < input.slideCount; index++) {
    const content = containers[index]
    if (!content)
      throw new Error(`pptx: the print view has no slide ${index + 1}`)
    const slide = pptx.addSlide({ masterName: 'DECK' })
    slide.background = { color: content.background }
    summary.slides++
    for (const shape of content.shapes) {
      if (shape.fill) {
        const rounded = shape.radius > 2
        slide.addShape(rounded ? 'roundRect' : 'rect', {
          ...at(shape.box),
          fill: { color: shape.fill },
          line: { type: 'none' },
          rectRadius: rounded
            ? Math.min(0.5, shape.radius / Math.min(shape.box.w, shape.box.h))
            : undefined,
        })
      }
      // Each border as a thin bar of its own: a card's coloured top, a takeaway's rule on the left.
      for (const edge of shape.edges) {
        const { x, y, w, h } = shape.box
        const bar = edge.side === 'top'
          ? { x, y, w, h: edge.width }
          : edge.side === 'bottom'
            ? {
                x,
                y: y + h - edge.width,
                w,
                h: edge.width,
              }
            : edge.side === 'left'
              ? { x, y, w: edge.width, h }
              : {
                  x: x + w - edge.width,
                  y,
                  w: edge.width,
                  h,
                }
        slide.addShape('rect', {
          ...at(bar),
          fill: { color: edge.colour },
          line: { type: 'none' },
        })
      }
    }
    for (const table of content.tables) {
      slide.addTable(table.rows.map(row => row.map(cell => ({
        text: cell.text,
        options: { bold: cell.header, lang: textLang },
      }))), {
        ...at(table.box),
        colW: table.columns.map(width => width * inch),
        fontFace: 'Inter',
        fontSize: pt(table.size),
        color: table.colour,
        border: { type: 'solid', pt: 0.5, color: colours.rest },
        margin: 0.04,
        autoPage: false,
      })
    }
    for (const figure of content.figures) {
      const charts = nativeCharts.get(figure.id) ?? []
      if (charts.length) {
        // Side by side in the figure's box, as the chart's panels sit on the slide.
        const width = figure.box.w / charts.length
        charts.forEach((chart, i) => {
          addNativeChart(pptx, slide, chart, at({ ...figure.box, x: figure.box.x + i * width, w: width }), colours, pt, textLang)
          summary.charts++
        })
        continue
      }
      const svg = `data:image/svg+xml;base64,${Buffer.from(figure.svg).toString('base64')}`
      slide.addImage({
        data: svg,
        ...at(figure.box),
        altText: figure.alt,
      })
      svgFallbacks.push({ slide: index + 1, png: figurePngs.get(figure.id) ?? Buffer.alloc(0) })
      summary.pictures++
    }
    for (const block of content.blocks) {
      const runs = block.runs.map(run => ({
        text: run.text,
        options: {
          bold: run.bold,
          italic: run.italic,
          color: run.colour,
          breakLine: run.breakAfter,
          lang: textLang,
        },
      }))
      const options = {
        ...at(block.box, 0.04),
        fontFace: block.family || 'Inter',
        // A title goes in the title placeholder, whose box is the slide master's.
        fontSize: pt(block.size * fallbackScale(block, block.heading
          ? Math.min(block.box.w, TITLE_BOX.w / inch)
          : block.box.w * 1.04)),
        align: (block.align === 'center'
          ? 'center'
          : block.align === 'right' || block.align === 'end'
            ? 'right'
            : 'left') as 'left' | 'center' | 'right',
        valign: 'top' as const,
        margin: 0,
        lineSpacing: pt(block.lineHeight),
        bullet: block.bullet === 'none'
          ? false
          : block.bullet === 'number'
            ? { type: 'number' as const }
            : true,
        // Where Inter is missing, a wider font takes its place: shrink the text rather than overflow.
        fit: 'shrink' as const,
      }
      if (block.heading)
        slide.addText(runs, { ...options, placeholder: 'title' })
      else
        slide.addText(runs, options)
    }
    const note = notes[index]
    if (note) {
      slide.addNotes(note)
      summary.notes++
    }
  }
  const written = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  return {
    bytes: zipDated(withEastAsianFont(withSvgFallbacks(unzipSync(written), svgFallbacks), input.info.lang), input.info.date),
    summary,
  }
}

/**
 * pptxgenjs writes a run's font as its Latin, East Asian and complex-script font alike; in a Chinese deck the
 * East Asian one (which PowerPoint uses for the Chinese characters) is Noto Sans SC, the font the slides use,
 * and the notes say they are Chinese.
 */
function withEastAsianFont(files: Unzipped, lang: string | undefined): Unzipped {
  if (!lang?.startsWith('zh'))
    return files
  for (const [path, bytes] of Object.entries(files)) {
    if (!/^ppt\/(?:slides|notesSlides|slideMasters|slideLayouts)\/[^/]+\.xml$/.test(path))
      continue
    let xml = strFromU8(bytes).replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${EAST_ASIAN_FONT}"`)
    // pptxgenjs gives the speaker notes no language of their own.
    if (path.startsWith('ppt/notesSlides/'))
      xml = xml.replace(/\blang="en-US"/g, `lang="${lang}"`)
    files[path] = strToU8(xml)
  }
  return files
}

/** Office's metadata dates (docProps/core.xml), which pptxgenjs sets to the time of writing. */
function datedCoreXml(xml: string, date: Date): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
}

/**
 * The same slides give the same bytes: pptxgenjs (through JSZip) stamps every zip entry, the document's
 * created and modified dates, and each chart's embedded workbook with the time of writing. All of them get
 * the export's date instead, the workbooks (zips inside the zip) as well.
 */
export function zipDated(files: Unzipped, date: Date): Uint8Array<ArrayBuffer> {
  for (const [path, bytes] of Object.entries(files)) {
    if (path.endsWith('docProps/core.xml'))
      files[path] = strToU8(datedCoreXml(strFromU8(bytes), date))
    else if (path.endsWith('.xlsx'))
      files[path] = zipDated(unzipSync(bytes), date)
  }
  return zipSync(files, {
    level: 6,
    mtime: zipEntryTime(date),
  })
}

/**
 * Where Inter is missing, PowerPoint draws Arial (about as wide) but LibreOffice draws DejaVu Sans, some
 * 17% wider: a title or takeaway on one line would wrap onto the text below. Such a line gets the size at
 * which it stays on one line in the widest fallback, in a box `width` wide (same units as the slide's).
 */
export function fallbackScale(block: { oneLineWidth?: number }, width: number, widest = 1.2): number {
  if (!block.oneLineWidth)
    return 1
  return Math.min(1, width / (block.oneLineWidth * widest))
}

/**
 * pptxgenjs writes an SVG picture with a PNG copy for viewers without SVG, but in Node it cannot draw that
 * PNG and leaves a "broken image" one; put the slide's own picture there instead.
 */
function withSvgFallbacks(files: Unzipped, fallbacks: readonly { slide: number, png: Buffer }[]): Unzipped {
  for (const slide of new Set(fallbacks.map(f => f.slide))) {
    const pngs = fallbacks.filter(f => f.slide === slide).map(f => f.png)
    const rels = strFromU8(files[`ppt/slides/_rels/slide${slide}.xml.rels`] ?? new Uint8Array())
    // Each SVG picture is written as image-<slide>-<n>.png (the copy) and image-<slide>-<n+1>.svg, in order.
    const copies = [
      ...rels.matchAll(/Target="\.\.\/media\/(image-\d+-(\d+))\.png"/g),
    ]
      .filter(m => files[`ppt/media/image-${slide}-${Number(m[2]) + 1}.svg`])
      .sort((a, b) => Number(a[2]) - Number(b[2]))
    copies.forEach((m, i) => {
      const png = pngs[i]
      if (png?.length)
        files[`ppt/media/${m[1]}.png`] = new Uint8Array(png)
    })
  }
  return files
}
