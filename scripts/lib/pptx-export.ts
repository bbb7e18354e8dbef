import type { Unzipped } from 'fflate'
import type { Page } from 'playwright-core'
import type { NoteParagraph } from '../../components/lib/slide-markdown.ts'
import type { DeckColours } from './pptx-charts.ts'
import { Buffer } from 'node:buffer'
// The PowerPoint a venue can edit, built from the print view of the built site and nothing else: every
// text the slide shows becomes a text box where it sits (the title in the slide's title placeholder),
// cards become shapes, a bar chart becomes the native PowerPoint charts its model put on its <figure>
// (`data-native-chart`, see components/lib/chart-model.ts; drawn by pptx-charts.ts), and the other figures
// (map, timeline) vector pictures (SVG, with a PNG for older viewers) with their text alternative. Speaker
// notes come from the notes as written in slides.md (pptx-notes.ts), not from the rendered notes' markup.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import PptxGenJS from 'pptxgenjs'
import { COLOUR_VARIABLES } from '../../components/lib/native-chart.ts'
import { zipEntryTime } from './export-date.ts'
import { addNativeChart, parseNativeCharts, withHatchedRemainder, withReadableLabels } from './pptx-charts.ts'
import { pptxNotes } from './pptx-notes.ts'
import { drawOnlyNear, photographingPrintView } from './print-view.ts'

interface Box { x: number, y: number, w: number, h: number }
/**
 * `link`: the run sits in an <a>: a web address, or a slide of the deck (1-based). `lineStart`: the browser
 * began a line with it (Chinese only, see `lineCuts`).
 */
interface Run { text: string, bold: boolean, italic: boolean, colour: string, breakAfter: boolean, lineStart: boolean, link?: { url: string } | { slide: number, given: string } }
/** `oneLineWidth`: the text's width when it fits on one line (a title, a takeaway), else absent. */
interface TextBlock { box: Box, runs: Run[], size: number, align: string, bullet: 'none' | 'bullet' | 'number', heading: boolean, family: string, lineHeight: number, oneLineWidth?: number }
interface Edge { side: 'top' | 'right' | 'bottom' | 'left', colour: string, width: number }
interface Shape { box: Box, fill: string | null, radius: number, edges: Edge[] }
/** `kind` and `nativeCharts` as the chart's <figure> gives them (`data-chart-kind`, `data-native-chart`). */
interface Figure { id: string, kind: string, box: Box, alt: string, svg: string, nativeCharts: string | null }
/**
 * A cell's `lines` are its text as the browser broke it (Chinese; one line otherwise). `rowHeights` as the
 * browser draws the rows, `rowLines` the most lines a cell of each row wraps to.
 */
interface Table { box: Box, columns: number[], rows: { lines: string[], header: boolean }[][], rowHeights: number[], rowLines: number[], size: number, lineHeight: number, colour: string }
interface SlideContent { background: string, shapes: Shape[], blocks: TextBlock[], figures: Figure[], tables: Table[] }

/** The title placeholder's place on every slide, in inches, when no slide has a heading to measure. */
const TITLE_BOX = { x: 0.5, y: 0.4, w: 12.3, h: 1 }
/** The height of a line of a native chart's notes, in the slide's pixels (its type is three quarters of it). */
const NOTE_LINE_PX = 18
/** Fallback pictures at least this many pixels wide: sharp on a 1920-px projector. */
export const FALLBACK_MIN_WIDTH = 1960

/** The room kept free at the foot of a slide for its number, in the slide's pixels (980 wide). */
const SLIDE_NUMBER_RESERVE_PX = 30
/** How much more a table's text may wrap in PowerPoint or LibreOffice than in the browser (another font's widths). */
const TABLE_WRAP = 1.2
/**
 * A Chinese table's type against the browser's: LibreOffice puts a quarter-em space between Chinese and Latin
 * letters or digits (PowerPoint does not), so a cell's line the browser just fits would wrap one character over.
 */
const CHINESE_TABLE_TYPE = 0.95
/** LibreOffice's line, as a multiple of the type size (Inter's ascent and descent), and its cell margins (0.04 in, px). */
const OFFICE_LINE = 1.22
const CELL_MARGINS_PX = 2 * 0.04 * 73.5

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
  // Chinese breaks between any two characters, and PowerPoint and LibreOffice know nothing of the spans that
  // keep a date, an amount or a name whole (node/cjk-keep-markdown.ts): in a Chinese deck each line starts where
  // the browser started it, with a line break of its own, and the viewer wraps further only where its fonts run wider.
  const chinese = document.documentElement.lang.startsWith('zh')
  const charRange = document.createRange()
  /** The offsets in `node` where the browser began a new line; `line.top` is the top of the line before, carried across nodes. */
  const lineCuts = (node: Text, line: { top: number | null }): number[] => {
    if (!chinese)
      return []
    charRange.selectNodeContents(node)
    const fragments = [
      ...charRange.getClientRects(),
    ].filter(rect => rect.width > 0)
    const newLine = (rect: DOMRect) => line.top !== null && rect.top > line.top + rect.height / 2
    if (!fragments.length)
      return []
    if (fragments.length === 1 && !newLine(fragments[0]!)) {
      line.top ??= fragments[0]!.top
      return []
    }
    const cuts: number[] = []
    for (let i = 0; i < node.data.length; i++) {
      if (/\s/.test(node.data[i]!) || /[\uDC00-\uDFFF]/.test(node.data[i]!))
        continue
      charRange.setStart(node, i)
      charRange.setEnd(node, /[\uD800-\uDBFF]/.test(node.data[i]!)
        ? i + 2
        : i + 1)
      const rect = [
        ...charRange.getClientRects(),
      ].find(r => r.width > 0)
      if (!rect)
        continue
      if (newLine(rect))
        cuts.push(i)
      if (line.top === null || newLine(rect))
        line.top = rect.top
    }
    return cuts
  }
  /**
   * A node's text as a viewer should wrap it: white space collapsed, and inside a kept stretch (a name the
   * browser keeps on one line) no-break spaces, which every viewer honours, so "Inside Cyber Law" stays whole.
   */
  const wrapText = (text: string, node: Node) => {
    const collapsed = text.replace(/\s+/g, ' ')
    return node.parentElement?.closest('.zh-keep')
      ? collapsed.replaceAll(' ', '\u00A0')
      : collapsed
  }
  /** `text` cut at `cuts`: each piece, and whether a line starts with it. */
  const pieces = (text: string, cuts: number[]) => {
    const starts = [
      ...new Set([0, ...cuts]),
    ]
    return starts.map((start, i) => ({
      text: text.slice(start, starts[i + 1] ?? text.length),
      lineStart: i > 0 || cuts[0] === 0,
    }))
  }
  /** A table cell's text, a line at a time where the browser broke it (Chinese), else in one. */
  const cellLines = (cell: HTMLElement): string[] => {
    if (!chinese) {
      return [
        cell.innerText.trim(),
      ]
    }
    const lines = ['']
    const line = { top: null as number | null }
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('.sr-only') || getComputedStyle(node.parentElement!).display === 'none')
        continue
      for (const piece of pieces(node.data, lineCuts(node, line))) {
        if (piece.lineStart)
          lines.push('')
        lines[lines.length - 1] += wrapText(piece.text, node)
      }
    }
    const trimmed = lines.map(text => text.trim()).filter(Boolean)
    return trimmed.length
      ? trimmed
      : ['']
  }
  const hidden = (el: Element) => {
    const style = getComputedStyle(el)
    const box = el.getBoundingClientRect()
    return style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0
      || box.width < 2 || box.height < 2 || !!el.closest('.sr-only, [aria-hidden="true"]:not(svg *)')
      // The print view's slide number: PowerPoint numbers its slides itself.
      || !!el.closest('.slide-number')
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
    /** A text box for `nodes`, children of `el`: all of them, or a run of inline ones between its block children. */
    const addBlock = (el: Element, nodes: Node[]) => {
      const style = getComputedStyle(el)
      const runs: Run[] = []
      const line = { top: null as number | null }
      const visit = (node: Node) => {
        if (node instanceof Element) {
          if (node.tagName === 'BR' && runs.length)
            runs.at(-1)!.breakAfter = true
          if (node.matches('.sr-only, .slide-number') || getComputedStyle(node).display === 'none')
            return
          node.childNodes.forEach(visit)
          return
        }
        if (node.nodeType !== Node.TEXT_NODE)
          return
        const parent = node.parentElement!
        if (!(node.textContent ?? '').trim() && !runs.length)
          return
        const ps = getComputedStyle(parent)
        // A link: to a web page, or (data-slide, 1-based) to another slide of the deck.
        const anchor = parent.closest('a')
        const slideNo = anchor?.getAttribute('data-slide')
        const href = anchor?.getAttribute('href') ?? ''
        // Checked by the writer, which knows how many slides there are.
        const link = anchor && slideNo != null
          ? {
              slide: Number(slideNo),
              given: slideNo,
            }
          : /^https?:\/\//i.test(href)
            ? { url: href }
            : undefined
        for (const piece of pieces((node as Text).data, lineCuts(node as Text, line))) {
          const text = wrapText(piece.text, node)
          runs.push({
            text: ps.textTransform === 'uppercase'
              ? text.toUpperCase()
              : text,
            bold: Number(ps.fontWeight) >= 600,
            italic: ps.fontStyle === 'italic',
            colour: hex(ps.color) ?? '000000',
            breakAfter: false,
            lineStart: piece.lineStart,
            ...(link
              ? { link }
              : {}),
          })
        }
      }
      nodes.forEach(visit)
      if (!runs.some(run => run.text.trim()))
        return
      runs[0]!.text = runs[0]!.text.trimStart()
      runs.at(-1)!.text = runs.at(-1)!.text.trimEnd()
      const list = el.tagName === 'LI' && style.listStyleType !== 'none'
        ? (el.parentElement?.tagName === 'OL'
            ? 'number'
            : 'bullet')
        : 'none'
      const range = document.createRange()
      range.setStartBefore(nodes[0]!)
      range.setEndAfter(nodes.at(-1)!)
      const whole = nodes.length === [...el.childNodes].filter(node => node.nodeType === Node.TEXT_NODE || node instanceof Element).length
      // The text sits inside the element's padding and borders (a takeaway's rule on the left, a card's inset);
      // a run between block children sits where its lines are.
      const outer = rel(el)
      const inset = (side: string) => (Number.parseFloat(style.getPropertyValue(`padding-${side}`)) || 0) + (Number.parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0)
      const inner = {
        x: outer.x + inset('left'),
        y: outer.y + inset('top'),
        w: outer.w - inset('left') - inset('right'),
        h: outer.h - inset('top') - inset('bottom'),
      }
      const lines = [
        ...range.getClientRects(),
      ].filter(line => line.width > 0)
      const box = whole || !lines.length
        ? inner
        : (() => {
            const top = Math.min(...lines.map(line => line.top)) - origin.top
            const bottom = Math.max(...lines.map(line => line.bottom)) - origin.top
            return {
              x: inner.x,
              y: top,
              w: inner.w,
              h: bottom - top,
            }
          })()
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
    const walk = (el: Element) => {
      if (hidden(el))
        return
      if (el instanceof SVGSVGElement) {
        if (el.getAttribute('role') === 'img') {
          // A chart's frame says what it is and, for a bar chart, what to draw natively.
          const frame = el.closest('figure.chart-frame')
          const alt = `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-describedby') ?? ''}`.trim().split(/\s+/).map(id => document.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean).join('. ')
          // The words the picture shows that its text alternative does not say (a map's legend, a timeline's
          // labels) follow it, a line each: a picture's words are then in the file for search and screen readers.
          const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}%$]/gu, '')
          const said = norm(alt)
          const labels = [
            ...new Set([
              ...el.querySelectorAll('text'),
            ].filter(text => !hidden(text)).map(text => (text.textContent ?? '').replace(/\s+/g, ' ').trim())),
          ]
            .filter(label => norm(label) && !said.includes(norm(label)))
          const id = `${slideIndex + 1}-${content.figures.length + 1}`
          el.setAttribute('data-pptx-figure', id)
          content.figures.push({
            id,
            kind: frame?.getAttribute('data-chart-kind') ?? 'picture',
            box: rel(el),
            alt: [alt || el.getAttribute('aria-label') || '', ...labels].filter(Boolean).join('\n'),
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
          lines: cellLines(cell as HTMLElement),
          header: cell.tagName === 'TH',
        })))
        const cell = el.querySelector('td, th') ?? el
        const columns = [
          ...(el.querySelector('tr')?.children ?? []),
        ].map(cell => cell.getBoundingClientRect().width)
        const lineHeight = Number.parseFloat(getComputedStyle(cell).lineHeight) || Number.parseFloat(getComputedStyle(cell).fontSize) * 1.2
        const trs = [
          ...el.querySelectorAll('tr'),
        ]
        content.tables.push({
          box: rel(el),
          columns,
          rows,
          rowHeights: trs.map(tr => tr.getBoundingClientRect().height),
          rowLines: trs.map(tr => Math.max(1, ...[...tr.children].map((td) => {
            const style = getComputedStyle(td)
            const inner = td.getBoundingClientRect().height - (Number.parseFloat(style.paddingTop) || 0) - (Number.parseFloat(style.paddingBottom) || 0)
            return Math.round(inner / (Number.parseFloat(style.lineHeight) || lineHeight))
          }))),
          lineHeight,
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
      const isInline = (node: Node) => node.nodeType === Node.TEXT_NODE
        || (node instanceof Element && !(node instanceof SVGSVGElement) && node.tagName !== 'TABLE' && INLINE.has(getComputedStyle(node).display)
          && ![
            ...node.querySelectorAll('*'),
          ].some(inner => !INLINE.has(getComputedStyle(inner).display) || inner instanceof SVGSVGElement))
      const nodes = [...el.childNodes].filter(node => node.nodeType === Node.TEXT_NODE || node instanceof Element)
      if (nodes.some(node => node instanceof Element && !isInline(node))) {
        // Block children: each walked on its own; a run of loose text and inline elements between them (a
        // caveat's body beside its heading) is a block of its own, in the element's type.
        let group: Node[] = []
        const flush = () => {
          if (group.length)
            addBlock(el, group)
          group = []
        }
        for (const node of nodes) {
          if (isInline(node)) {
            group.push(node)
            continue
          }
          flush()
          walk(node as Element)
        }
        flush()
        return
      }
      addBlock(el, nodes)
    }
    walk(layout)
    return content
  })
}

export interface PptxInput {
  /** How many slides the deck has: the print view must show each. */
  slideCount: number
  /** The print view (/print?print=true) of the built site, drawn. */
  printView: Page
  /** Each slide's notes as written (the file's language, tokens filled), taken apart (slide-markdown.ts parseSlide). */
  notes: readonly (readonly NoteParagraph[])[]
  /** `date`: the one date the file carries (lib/export-date.ts), in its metadata and its zip entries. */
  info: { title: string, author: string, subject: string, date: Date, lang?: string }
}

/**
 * The font PowerPoint uses for Chinese text (a run's and the theme's East Asian font) in a deck whose text is
 * Chinese: Microsoft YaHei, on every Windows Office. Where it is missing, its PANOSE class and GB2312 charset
 * let the viewer pick another Simplified Chinese sans (PingFang SC on a Mac, Noto Sans SC under LibreOffice);
 * the theme names those for the Hans script where the format has a slot for them.
 */
export const EAST_ASIAN_FONT = 'Microsoft YaHei'
const EAST_ASIAN_ATTRIBUTES = 'panose="020B0503020204020204" pitchFamily="34" charset="-122"'

export interface PptxSummary { slides: number, charts: number, pictures: number, notes: number }

export async function writePptx(input: PptxInput): Promise<{ bytes: Uint8Array, summary: PptxSummary }> {
  const containers = await input.printView.locator('.print-slide-container').evaluateAll(readSlides)
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
  const remainders = new Set([
    ...nativeCharts.values(),
  ].flat().flatMap(spec => spec.remainderLabel
    ? [spec.remainderLabel]
    : []))
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

  // The title placeholder where most slides' headings sit (the cover's may differ): its left edge on theirs.
  const headings = containers.flatMap(content => content.blocks.filter(block => block.heading))
  const lefts = headings.map(h => Math.round(h.box.x))
  const left = lefts.toSorted((a, b) => lefts.filter(x => x === b).length - lefts.filter(x => x === a).length)[0]
  const usual = headings.filter(h => Math.round(h.box.x) === left)
  const widest = usual.reduce<TextBlock | undefined>((a, b) => !a || b.box.w > a.box.w
    ? b
    : a, undefined)
  const titleBox = widest
    ? {
        x: widest.box.x * inch,
        y: Math.min(...usual.map(h => h.box.y)) * inch,
        w: widest.box.w * inch,
        h: TITLE_BOX.h,
      }
    : TITLE_BOX
  // The content's right and bottom edges, for the slide number (bottom right, where the deck's footer sits).
  const contentRight = widest
    ? (widest.box.x + widest.box.w) * inch
    : 13.333 - TITLE_BOX.x

  const pptx = new PptxGenJS()
  // Every run says its language, so PowerPoint spell-checks, breaks lines and picks fonts for it.
  const textLang = input.info.lang ?? 'en-US'
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = input.info.title
  pptx.author = input.info.author
  pptx.subject = input.info.subject
  pptx.company = input.info.author
  // The cover's title is larger and lower than the others: a master of its own puts the placeholder where it sits,
  // or the viewer would shrink it into the usual title's one-line box at the top of the slide.
  const coverHeading = containers[0]?.blocks.find(block => block.heading)
  const coverTitleBox = coverHeading
    ? {
        x: coverHeading.box.x * inch,
        y: coverHeading.box.y * inch,
        w: coverHeading.box.w * inch,
        h: coverHeading.box.h * inch,
      }
    : titleBox
  for (const [name, box] of [
    ['DECK', titleBox],
    ['COVER', coverTitleBox],
  ] as const) {
    pptx.defineSlideMaster({
      title: name,
      background: { color: 'FFFFFF' },
      objects: [
        {
          placeholder: {
            options: {
              name: 'title',
              type: 'title',
              ...box,
            },
            text: '',
          },
        },
      ],
    })
  }
  const summary: PptxSummary = {
    slides: 0,
    charts: 0,
    pictures: 0,
    notes: 0,
  }
  const svgFallbacks: { slide: number, png: Buffer }[] = []
  // A PNG of each figure that stays a picture, for viewers that cannot show SVG.
  const figurePngs = new Map<string, Buffer>()
  const pictured = containers.flatMap(content => content.figures).filter(f => !nativeCharts.get(f.id)?.length)
  if (pictured.length) {
    // Drawn at a scale that makes the narrowest picture FALLBACK_MIN_WIDTH pixels wide (Chrome's capture scale).
    const scale = Math.ceil(FALLBACK_MIN_WIDTH / Math.min(...pictured.map(f => f.box.w)) * 100) / 100
    await photographingPrintView(input.printView, async (take) => {
      for (const figure of pictured) {
        // Only its slide drawn (and the neighbours), as for the PNGs: the capture then restyles one slide, not all.
        const slide = await input.printView.locator(`[data-pptx-figure="${figure.id}"]`).evaluate(el => [
          ...document.querySelectorAll('.print-slide-container'),
        ].indexOf(el.closest('.print-slide-container')!))
        if (slide >= 0)
          await drawOnlyNear(input.printView, slide)
        const clip = await input.printView.locator(`[data-pptx-figure="${figure.id}"]`).evaluate((el) => {
          const r = el.getBoundingClientRect()
          return {
            x: r.left + window.scrollX,
            y: r.top + window.scrollY,
            width: r.width,
            height: r.height,
          }
        })
        figurePngs.set(figure.id, await take(clip, { scale, what: `pptx: figure ${figure.id}` }))
      }
    })
  }

  for (let index = 0; index < input.slideCount; index++) {
    const content = containers[index]
    if (!content)
      throw new Error(`pptx: the print view has no slide ${index + 1}`)
    const slide = pptx.addSlide({
      masterName: index === 0
        ? 'COVER'
        : 'DECK',
    })
    const slideTitleBox = index === 0
      ? coverTitleBox
      : titleBox
    slide.background = { color: content.background }
    // A number on every slide but the cover, its right edge on the content's, in the slide's muted ink.
    if (index > 0) {
      slide.slideNumber = {
        x: contentRight - 1,
        y: 7.5 - 0.45,
        w: 1,
        h: 0.3,
        align: 'right',
        valign: 'bottom',
        margin: 0,
        fontFace: 'Inter',
        fontSize: 11,
        color: colours.ink,
      }
    }
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
      const scale = tableScale(table, slideWidth * 9 / 16 - SLIDE_NUMBER_RESERVE_PX - table.box.y) * (textLang.startsWith('zh')
        ? CHINESE_TABLE_TYPE
        : 1)
      slide.addTable(table.rows.map(row => row.map(cell => ({
        text: cell.lines.map((line, i) => ({
          text: line,
          options: { bold: cell.header, lang: textLang, softBreakBefore: i > 0 },
        })),
        options: { bold: cell.header, lang: textLang },
      }))), {
        ...at(table.box),
        h: undefined,
        // Each row as tall as the browser drew it (LibreOffice grows a row whose text wraps further).
        rowH: table.rowHeights.map(height => height * scale * inch),
        colW: table.columns.map(width => width * inch),
        fontFace: 'Inter',
        fontSize: pt(table.size * scale),
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
          // The lines the SVG draws besides bars and labels (a total, a flag, a footnote) under the chart.
          const notes = chart.notes ?? []
          const notesHeight = notes.length * NOTE_LINE_PX * 2
          const box = { ...figure.box, x: figure.box.x + i * width, w: width }
          addNativeChart(pptx, slide, chart, at({ ...box, h: box.h - notesHeight }), colours, pt, textLang)
          if (notes.length) {
            slide.addText(notes.map((line, n) => ({
              text: line,
              options: { breakLine: n < notes.length - 1, lang: textLang },
            })), {
              ...at({ ...box, y: box.y + box.h - notesHeight, h: notesHeight }),
              fontFace: 'Inter',
              fontSize: pt(NOTE_LINE_PX * 0.75),
              color: colours.ink,
              margin: 0,
              valign: 'top',
              fit: 'shrink',
            })
          }
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
      for (const run of block.runs) {
        if (run.link && 'slide' in run.link && !(Number.isInteger(run.link.slide) && run.link.slide >= 1 && run.link.slide <= input.slideCount))
          throw new Error(`pptx: slide ${index + 1}: the link "${run.text.trim()}" has data-slide="${run.link.given}"; it must name a slide from 1 to ${input.slideCount}`)
      }
      const runs = block.runs.map(run => ({
        text: run.text,
        options: {
          bold: run.bold,
          italic: run.italic,
          color: run.colour,
          breakLine: run.breakAfter,
          softBreakBefore: run.lineStart,
          lang: textLang,
          ...(run.link
            ? {
                hyperlink: 'url' in run.link
                  ? { url: run.link.url }
                  : { slide: run.link.slide },
              }
            : {}),
        },
      }))
      const options = {
        ...at(block.box, 0.04),
        fontFace: block.family || 'Inter',
        // A title goes in the title placeholder, whose box is the slide master's.
        fontSize: pt(block.size * fallbackScale(block, block.heading
          ? Math.min(block.box.w, slideTitleBox.w / inch)
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
    const note = pptxNotes(input.notes[index] ?? [])
    if (note) {
      slide.addNotes(note)
      summary.notes++
    }
  }
  const written = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  return {
    bytes: zipDated(withEastAsianFont(withChartsAsSlidesDraw(withValidParagraphs(withSvgFallbacks(unzipSync(written), svgFallbacks)), colours.ink, remainders), input.info.lang), input.info.date),
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
  const theme = Object.keys(files).filter(path => /^ppt\/theme\/theme\d+\.xml$/.test(path))
  for (const path of theme) {
    // The theme's fonts: YaHei as the East Asian one, and for the Hans script (PowerPoint's per-script slot).
    files[path] = strToU8(strFromU8(files[path]!).replace(/<a:ea typeface="(?!\+)[^"]*"[^>]*\/>/g, `<a:ea typeface="${EAST_ASIAN_FONT}" ${EAST_ASIAN_ATTRIBUTES}/>`)
      .replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, '')
      .replace(/(<\/a:(?:major|minor)Font>)/g, `<a:font script="Hans" typeface="${EAST_ASIAN_FONT}"/>$1`))
  }
  for (const [path, bytes] of Object.entries(files)) {
    if (!/^ppt\/(?:slides|notesSlides|slideMasters|slideLayouts|charts)\/[^/]+\.xml$/.test(path))
      continue
    let xml = strFromU8(bytes).replace(/<a:ea typeface="(?!\+)[^"]*"[^>]*\/>/g, `<a:ea typeface="${EAST_ASIAN_FONT}" ${EAST_ASIAN_ATTRIBUTES}/>`)
    // pptxgenjs gives the speaker notes and the slide number's field no language of their own.
    if (path.startsWith('ppt/notesSlides/') || path.startsWith('ppt/slides/'))
      xml = xml.replace(/\blang="en-US"/g, `lang="${lang}"`)
    files[path] = strToU8(xml)
  }
  return files
}

/** Every slide's and note's paragraphs as the format allows them (`validParagraphs`). */
function withValidParagraphs(files: Unzipped): Unzipped {
  for (const path of Object.keys(files).filter(path => /^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/.test(path)))
    files[path] = strToU8(validParagraphs(strFromU8(files[path]!)))
  return files
}

/** One <a:pPr> element, empty or with its children. */
const PARAGRAPH_PROPERTIES = String.raw`<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)`
/**
 * pptxgenjs writes a paragraph's properties (<a:pPr>) before every run, but the format allows them only first
 * in the paragraph, and PowerPoint offers to repair a file that has them anywhere else (PptxGenJS #1081):
 * each paragraph keeps its first. A line break (<a:br/>) gets the type of the run after it, or LibreOffice
 * sets the line in its default 18 pt.
 */
export function validParagraphs(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, body: string) => {
    const first = body.match(new RegExp(`^${PARAGRAPH_PROPERTIES}`))?.[0] ?? ''
    const rest = body.slice(first.length).replace(new RegExp(PARAGRAPH_PROPERTIES, 'g'), '').replace(/<a:br\/>(<a:r>(<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>)))/g, (_, run: string, props: string) =>
      `<a:br>${props.replace(/<a:hlinkClick\b[^>]*?(?:\/>|>[\s\S]*?<\/a:hlinkClick>)/g, '')}</a:br>${run}`)
    return `<a:p>${first}${rest}</a:p>`
  })
}

/** Every chart's value labels readable on what they sit on, and its remainder hatched (pptx-charts.ts). */
function withChartsAsSlidesDraw(files: Unzipped, ink: string, remainders: ReadonlySet<string>): Unzipped {
  for (const path of Object.keys(files).filter(path => /^ppt\/charts\/chart\d+\.xml$/.test(path))) {
    let xml = withReadableLabels(strFromU8(files[path]!), ink)
    for (const label of remainders)
      xml = withHatchedRemainder(xml, label, 'FFFFFF')
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
 * The type scale (1 or less) at which a table stays above `room` (px, from its top to where the slide's number
 * sits) when a viewer wraps its text further than the browser did: each row at `TABLE_WRAP` times its lines,
 * fewer as the type shrinks, never fewer than one. A table too long even at 60% is left at 60%.
 */
export function tableScale(table: { rowLines: readonly number[], size: number }, room: number): number {
  const height = (scale: number) => table.rowLines.reduce((sum, lines) => sum + Math.max(1, Math.ceil(lines * TABLE_WRAP * scale - 0.05)) * table.size * scale * OFFICE_LINE + CELL_MARGINS_PX, 0)
  let scale = 1
  while (scale > 0.6 && height(scale) > room)
    scale -= 0.02
  return Math.round(scale * 100) / 100
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
