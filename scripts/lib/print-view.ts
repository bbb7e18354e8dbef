import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-core'
import type { Bookmark, PdfInfo } from './pdf-finish.ts'
// Slidev's print view (/print: every slide, one under the other) and presenter print view (/presenter/print:
// the notes) of the built site, printed and photographed with playwright-core. The checks Slidev's own
// exporter makes are kept: wait until no slide is loading, and for the marker index.html sets once every
// slide is drawn (data-waitfor); the callers count what was written against the deck. Slidev's exporter
// also waits for the network to be idle, which costs 500 ms of nothing each time; from the page's load
// event the marker (slides with their layouts, fonts loaded) and the counts say when it is drawn.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { finishPdf, readOutline } from './pdf-finish.ts'

export interface PrintOptions { dark: boolean, withClicks: boolean }

/** The print view, loaded and drawn: one `.print-slide-container` per slide (or per click step). */
export async function openPrintView(browser: Browser, siteUrl: string, options: PrintOptions, waitMs = 0): Promise<Page> {
  const colorScheme = options.dark ? 'dark' : 'light'
  // As Slidev's exporter: the viewport is one slide wide; the print view stacks the slides under each other.
  const page = await browser.newPage({
    colorScheme,
    viewport: { width: 980, height: 552 },
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

/** One PNG per printed slide (`01.png`, or `01-02.png` for click step 2), as the viewer sees it. */
export async function photographSlides(page: Page, dir: string): Promise<Map<number, Buffer>> {
  const containers = await page.locator('.print-slide-container').all()
  const finalState = new Map<number, Buffer>()
  for (const container of containers) {
    const [no = '', step = ''] = (await container.getAttribute('id') ?? '').split('-')
    const png = await container.screenshot({ type: 'png' })
    writeFileSync(join(dir, `${no.slice(1)}${step && step !== '01'
      ? `-${step}`
      : ''}.png`), png)
    finalState.set(Number(no), png)
  }
  return finalState
}

// Each slide's notes start on a page of their own, in type that reads well on paper.
const HANDOUT_CSS = `
  @page { margin: 12mm 14mm; }
  #page-root .break-inside-avoid-page { break-before: page; }
  #page-root .mb-10 + .break-inside-avoid-page { break-before: auto; }
  #page-root hr { display: none; }
  #page-root h2 { font-size: 16pt; margin-bottom: 6pt; }
  #page-root .prose, #page-root .prose p, #page-root .prose li { font-size: 13pt; line-height: 1.5; }
  #page-root .handout-slide { display: block; width: 100%; margin-bottom: 8pt; border: 1px solid #c9d1db; border-radius: 4px; }
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
 * the slide PDF is the vector copy) and its notes; bookmarked by slide like the slides PDF. Printed from
 * `notesView` when given (the one the PPTX read its notes from: one load fewer), else from a view of its own.
 * Either way the view is closed afterwards: the handout's pictures and type are added to it.
 */
export async function printHandout(browser: Browser, siteUrl: string, file: string, pictures: readonly Buffer[], titles: readonly string[], info: PdfInfo, notesView?: Page): Promise<void> {
  const page = notesView ?? await openNotesView(browser, siteUrl, titles.length, info.date)
  try {
    await page.addStyleTag({ content: HANDOUT_CSS })
    const sources = pictures.map(png => `data:image/png;base64,${png.toString('base64')}`)
    await page.evaluate((sources) => {
      document.querySelectorAll('#page-root h2').forEach((heading, index) => {
        const picture = document.createElement('img')
        picture.className = 'handout-slide'
        picture.alt = `Slide ${index + 1}: ${heading.textContent?.replace(/^\s*\d+\/\d+\s*/, '') ?? ''}`
        picture.src = sources[index] ?? ''
        heading.after(picture)
      })
    }, sources)
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
    writeFileSync(file, await finishPdf(chromiumPdf, bookmarks, { ...info, title: `${info.title}: speaker notes` }))
  }
  finally {
    await page.close()
  }
}
