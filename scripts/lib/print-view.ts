import type { Browser, Page } from 'playwright-core'
import type { DeckLang } from '../../components/lib/deck-lang.ts'
import type { Bookmark, PdfInfo } from './pdf-finish.ts'
import { Buffer } from 'node:buffer'
// Slidev's print view (/print: every slide, one under the other) and presenter print view (/presenter/print:
// the notes) of the built site, printed and photographed with playwright-core. The checks Slidev's own
// exporter makes are kept: wait until no slide is loading, and for the marker index.html sets once every
// slide is drawn (data-waitfor); the callers count what was written against the deck. Slidev's exporter
// also waits for the network to be idle, which costs 500 ms of nothing each time; from the page's load
// event the marker (slides with their layouts, fonts loaded) and the counts say when it is drawn.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatDate } from '../../components/lib/format.ts'
import { uiText } from '../../components/lib/ui-text.ts'
import { finishPdf, readOutline } from './pdf-finish.ts'

export interface PrintOptions { dark: boolean, withClicks: boolean }

/** The PNGs' size: a 1920×1080 screen's, so a picture of a slide is as sharp as the slide on a projector. */
export const PNG_SIZE = { width: 1920, height: 1080 } as const
/** The deck's canvas (slides.md: canvasWidth 980, aspectRatio 16/9); the print view draws each slide at this width. */
const CANVAS_WIDTH = 980

/** The print view, loaded and drawn: one `.print-slide-container` per slide (or per click step). */
export async function openPrintView(browser: Browser, siteUrl: string, options: PrintOptions, waitMs = 0): Promise<Page> {
  const colorScheme = options.dark ? 'dark' : 'light'
  // As Slidev's exporter: the viewport is one slide wide; the print view stacks the slides under each other.
  // Drawn at the pixel density of a 1920-wide picture: the PDF stays vector, the PNGs come out 1920×1080.
  const page = await browser.newPage({
    colorScheme,
    viewport: { width: CANVAS_WIDTH, height: 552 },
    deviceScaleFactor: PNG_SIZE.width / CANVAS_WIDTH,
  })
  await page.goto(`${siteUrl}/print?print=${options.withClicks ? 'clicks' : 'true'}`, { waitUntil: 'load', timeout: 90_000 })
  await page.locator('.slidev-slide-loading').first().waitFor({ state: 'detached', timeout: 60_000 })
  for (const marker of await page.locator('[data-waitfor]').all()) {
    const child = await marker.getAttribute('data-waitfor')
    if (child)
      await marker.locator(child).waitFor({ state: 'attached', timeout: 60_000 })
  }
  await page.emulateMedia({ media: 'screen', colorScheme })
  // Slidev's empty diagram container sits after the last slide's page break and would print a blank page.
  await page.addStyleTag({ content: '#mermaid-rendering-container { display: none !important }' })
  if (waitMs)
    await page.waitForTimeout(waitMs)
  return page
}

/** The slide number of each container in the print view, in order (several per slide with click steps). */
export async function printedSlideNumbers(page: Page): Promise<number[]> {
  const ids = await page.locator('.print-slide-container').evaluateAll(nodes => nodes.map(node => node.id))
  return ids.map(id => Number(id.split('-')[0]))
}

/** The slide size the print view draws (Slidev rounds the canvas height up to whole pixels). */
async function slideSize(page: Page): Promise<{ width: number, height: number }> {
  return page.locator('.print-slide-container').first().evaluate((node) => {
    const box = node.getBoundingClientRect()
    return {
      width: Math.round(box.width),
      height: Math.round(box.height),
    }
  })
}

/**
 * The slides as a tagged PDF (Chromium's structure tree: headings, paragraphs, lists, figures with their
 * text alternatives), with a bookmark per slide on the page where it starts and the document's metadata.
 */
export async function printSlidesPdf(page: Page, file: string, titles: readonly string[], info: PdfInfo): Promise<number> {
  const size = await slideSize(page)
  const chromiumPdf = await page.pdf({
    width: `${size.width}px`,
    height: `${size.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
  })
  const numbers = await printedSlideNumbers(page)
  const bookmarks: Bookmark[] = titles
    .map((title, index) => ({ title, page: numbers.indexOf(index + 1) + 1 }))
    .filter(bookmark => bookmark.page > 0)
  writeFileSync(file, await finishPdf(chromiumPdf, bookmarks, info))
  return numbers.length
}

/** The style that has the print view draw one slide and its neighbours only (drawOnlyNear), and their mark. */
const ONE_SLIDE_STYLE_ID = 'deck-draw-one-slide'
const DRAWN_MARK = 'data-deck-drawn'

/**
 * Has the print view skip drawing every slide but the `index`th (from 0) and its two neighbours, until drawAllSlides,
 * and returns where that slide is (x, y in the page). A full-page screenshot of the print view, even clipped to one
 * slide, has Chromium restyle the whole view three times and lay it out twice: 26 slides made the PNGs 5 s. Skipped
 * slides keep their size (content-visibility: hidden at the slide's size), so nothing moves; the neighbours are drawn
 * because a slide's picture can take a few pixels that one draws across the edge (slides 7 and 11 of this deck). The
 * pictures come out the same bytes as with every slide drawn (every file of export:all, with and without click steps).
 */
export async function drawOnlyNear(page: Page, index: number): Promise<{ x: number, y: number }> {
  return page.evaluate(({ index, styleId, mark }) => {
    const all = [
      ...document.querySelectorAll('.print-slide-container'),
    ]
    const slide = all[index]!.getBoundingClientRect()
    all.forEach((node, i) => node.toggleAttribute(mark, Math.abs(i - index) <= 1))
    let style = document.getElementById(styleId)
    if (!style) {
      style = document.createElement('style')
      style.id = styleId
      document.head.append(style)
    }
    style.textContent = `.print-slide-container:not([${mark}]) { content-visibility: hidden; contain-intrinsic-size: ${slide.width}px ${slide.height}px; }`
    const rect = all[index]!.getBoundingClientRect()
    if (rect.top !== slide.top || rect.left !== slide.left)
      throw new Error(`print view: slide ${index + 1} moved from (${slide.left}, ${slide.top}) to (${rect.left}, ${rect.top}) when the others were skipped`)
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY }
  }, { index, styleId: ONE_SLIDE_STYLE_ID, mark: DRAWN_MARK })
}

/** Every slide of the print view drawn again (after drawOnlyNear). */
export async function drawAllSlides(page: Page): Promise<void> {
  await page.evaluate(({ styleId, mark }) => {
    document.getElementById(styleId)?.remove()
    document.querySelectorAll(`[${mark}]`).forEach(node => node.removeAttribute(mark))
  }, { styleId: ONE_SLIDE_STYLE_ID, mark: DRAWN_MARK })
}

const CAPTURE_TIMEOUT_MS = 90_000

/** `work`'s result, or an error with `message` when it takes longer than `ms`. */
async function withinTime<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms)
      }),
    ])
  }
  finally {
    clearTimeout(timer)
  }
}

/** A part of the print view, in the page's pixels. */
export interface Region { x: number, y: number, width: number, height: number }
/** A PNG of `region` at `scale` picture pixels a page pixel; `fast`: compressed for speed; `what` names it in an error. */
export type TakePicture = (region: Region, options: { scale: number, fast?: boolean, what: string }) => Promise<Buffer>

/**
 * Runs `use` with a camera on the print view: Chromium's own capture (CDP; Playwright's screenshot adds passes of
 * its own), each with a deadline (a busy machine has taken over 30 s for one slide; a capture that never ends fails
 * the export rather than hanging it). Afterwards every slide is drawn again (callers draw only what they photograph,
 * drawOnlyNear); when Chromium has quit, the error that ended `use` is the one told, not the cleanup's.
 */
export async function photographingPrintView<T>(page: Page, use: (take: TakePicture) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page)
  try {
    return await use(async (region, { scale, fast, what }) => {
      const shot = await withinTime(cdp.send('Page.captureScreenshot', {
        format: 'png',
        optimizeForSpeed: fast,
        captureBeyondViewport: true,
        clip: { ...region, scale },
      }), CAPTURE_TIMEOUT_MS, `Chromium took over ${CAPTURE_TIMEOUT_MS / 1000} s to take ${what}'s picture`)
      return Buffer.from(shot.data, 'base64')
    })
  }
  finally {
    await drawAllSlides(page).catch(() => undefined)
    await cdp.detach().catch(() => undefined)
  }
}

/** One PNG per printed slide (`01.png`, or `01-02.png` for click step 2), as the viewer sees it. */
export async function photographSlides(page: Page, dir: string): Promise<Map<number, Buffer>> {
  const containers = await page.locator('.print-slide-container').evaluateAll(nodes => nodes.map(node => ({ id: node.id, width: node.getBoundingClientRect().width })))
  const finalState = new Map<number, Buffer>()
  await photographingPrintView(page, async (take) => {
    for (const [index, { id, width }] of containers.entries()) {
      const at = await drawOnlyNear(page, index)
      // The container is a whole number of pixels tall (552, the slide 551.25): clipped to the slide's 16:9, so the
      // picture is 1080 pixels tall, not 1081. Compressed for speed: the same pixels in 1.9 s rather than 3.3 s for
      // this deck's 26 slides, files a quarter larger (6.5 MB, not 5.1).
      const png = await take({ ...at, width, height: width * PNG_SIZE.height / PNG_SIZE.width }, {
        scale: PNG_SIZE.width / width,
        fast: true,
        what: `png: slide ${id}`,
      })
      const [no = '', step = ''] = id.split('-')
      writeFileSync(join(dir, `${no.slice(1)}${step && step !== '01'
        ? `-${step}`
        : ''}.png`), png)
      finalState.set(Number(no), png)
    }
  })
  return finalState
}

// Two slides to an A4 page or so: each slide's block (number and title, its picture at half the width, the notes
// beside and under it: no scrolling box here, so they flow around the picture) is kept whole on one page, and the
// next follows on the same page when it fits.
/** The slide pictures' width in the handout, in pixels (printed 47% of an A4 page's width: about 86 mm). */
const HANDOUT_PICTURE_WIDTH = 960
// A click's mark sits on the baseline of its paragraph's first line: raised, text tools read its number as a line of
// its own in the middle of the paragraph.
const HANDOUT_CSS = `
  @page { size: A4; margin: 12mm 14mm; }
  #page-root .m-4 { margin: 0; }
  #page-root .mb-10 { margin-bottom: 5mm; }
  #page-root .break-inside-avoid-page { display: block; break-inside: avoid; padding: 0 0 4mm; margin: 0 0 4mm; border-bottom: 1px solid #c9d1db; }
  #page-root .break-inside-avoid-page:last-child { border-bottom: 0; }
  #page-root .break-inside-avoid-page > div { display: flow-root; }
  #page-root hr { display: none; }
  #page-root h2 { font-size: 13pt; line-height: 1.3; margin: 0 0 2.5mm; }
  #page-root .slidev-note { overflow: visible; }
  #page-root .prose, #page-root .prose p, #page-root .prose li { font-size: 10.5pt; line-height: 1.42; }
  #page-root .prose p { margin: 0 0 1.6mm; }
  #page-root .slidev-note-click-mark:not([data-clicks='0']) { display: inline; font-size: 0.85em; padding: 0 0.2em; margin-right: 0.2em; }
  #page-root .slidev-note-click-mark::before { vertical-align: -0.2em; }
  #page-root .slidev-note-click-mark::after { display: inline; transform: none; }
  #page-root .handout-slide { float: left; width: 47%; margin: 0.8mm 4mm 1.5mm 0; border: 1px solid #c9d1db; border-radius: 3px; }
`

/**
 * The presenter print view (/presenter/print: every slide's notes), drawn. Slidev heads the printed notes with the
 * page's current time: the export's date instead (in UTC), so the same commit prints the same handout.
 */
export async function openNotesView(browser: Browser, siteUrl: string, slideCount: number, date: Date): Promise<Page> {
  const page = await browser.newPage({ colorScheme: 'light', timezoneId: 'UTC', locale: 'en-US' })
  try {
    await page.clock.setFixedTime(date)
    await page.goto(`${siteUrl}/presenter/print`, { waitUntil: 'load', timeout: 90_000 })
    await page.waitForFunction(count => document.querySelectorAll('#page-root h2').length === count, slideCount, { timeout: 30_000 })
    return page
  }
  catch (error) {
    await page.close()
    throw error
  }
}

/**
 * The speaker-notes handout: per slide its number and title, a picture of the slide (raster is fine here:
 * the slide PDF is the vector copy) and its notes; bookmarked by slide like the slides PDF. Printed from a
 * presenter print view of its own, closed afterwards.
 */
export async function printHandout(browser: Browser, siteUrl: string, file: string, pictures: readonly Buffer[], titles: readonly string[], info: PdfInfo): Promise<void> {
  const page = await openNotesView(browser, siteUrl, titles.length, info.date)
  try {
    await page.addStyleTag({ content: HANDOUT_CSS })
    // Slidev heads the notes with the time in the browser's locale ("12/7/2026, 4:12:33 PM"): the export's date as the
    // deck writes dates, in the handout's language, instead.
    const lang: DeckLang = info.lang?.startsWith('zh')
      ? 'zh'
      : 'en'
    const dated = formatDate(info.date.toISOString().slice(0, 10), lang)
    await page.evaluate((dated) => {
      const stamp = document.querySelector('#page-root h1 + div')
      if (stamp)
        stamp.textContent = dated
    }, dated)
    const sources = pictures.map(png => `data:image/png;base64,${png.toString('base64')}`)
    // Each picture's text alternative names its slide by the heading's title ("3/17 Title" -> "Slide 3: Title").
    const alts = (await page.locator('#page-root h2').allTextContents())
      .map((heading, index) => uiText(lang, 'handoutPicture')(index + 1, heading.replace(/^\s*\d+\/\d+\s*/, '')))
    await page.evaluate(async ({ sources, alts, width }) => {
      // The PNGs are 1920 wide; half an A4 page's width needs about half that (still near 300 dpi on paper). All at
      // once, encoded by toBlob off the page's thread: one after another, decoding and encoding them took 1.3 s.
      const smaller = async (source: string) => {
        const image = new Image()
        image.src = source
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = width
        canvas.height = Math.round(image.naturalHeight * width / image.naturalWidth)
        const context = canvas.getContext('2d')!
        context.imageSmoothingQuality = 'high'
        context.drawImage(image, 0, 0, canvas.width, canvas.height)
        const png = await new Promise<Blob | null>(resolve => canvas.toBlob(resolve, 'image/png'))
        return png
          ? URL.createObjectURL(png)
          : ''
      }
      const headings = [
        ...document.querySelectorAll('#page-root h2'),
      ]
      const smallerOnes = await Promise.all(headings.map((_, index) => sources[index]
        ? smaller(sources[index])
        : ''))
      for (const [index, heading] of headings.entries()) {
        const picture = document.createElement('img')
        picture.className = 'handout-slide'
        picture.alt = alts[index] ?? ''
        picture.src = smallerOnes[index]!
        heading.after(picture)
      }
    }, { sources, alts, width: HANDOUT_PICTURE_WIDTH })
    await page.waitForFunction(() => [...document.images].every(image => image.complete))
    await page.evaluate(() => document.fonts.ready)
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    // Chromium's own outline marks the page each slide's heading ("3/17 Title") landed on.
    const chromiumPdf = await page.pdf({
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    })
    const headings = (await readOutline(chromiumPdf)).filter(entry => /^\s*\d+\s*\/\s*\d+/.test(entry.title))
    if (headings.length !== titles.length)
      throw new Error(`handout: found ${headings.length} slide headings in the printed notes; the deck has ${titles.length} slides`)
    const bookmarks = headings.map((entry, index) => ({ title: titles[index] ?? entry.title, page: entry.page }))
    writeFileSync(file, await finishPdf(chromiumPdf, bookmarks, {
      ...info,
      title: uiText(lang, 'handoutTitle')(info.title),
    }))
  }
  finally {
    await page.close()
  }
}
