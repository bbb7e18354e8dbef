// npm run handout [-- --out-dir DIR]: the speaker-notes PDF. `slidev export-notes` cannot be given a browser path,
// so this prints Slidev's presenter print view with playwright-core and the browser found here,
// one page (or more) per slide: slide number, title, notes.
import { join, relative } from 'node:path'
import { mkdirSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { readDeck } from './lib/deck.ts'
import { EXPORT_DIR, exportBaseName, optionValue } from './lib/paths.ts'
import { startDeck } from './lib/slidev-server.ts'

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
 * Each slide in its final state, as JPEG data URLs in slide order, from Slidev's print view. Raster is
 * fine here: the slide PDF is the vector copy, and this is a reminder beside the notes.
 */
async function slidePictures(browser: Browser, url: string, slideCount: number): Promise<string[]> {
  const page = await browser.newPage({ colorScheme: 'light', viewport: { width: 980, height: 552 } })
  try {
    await page.goto(`${url}/print?print=true`, { waitUntil: 'networkidle', timeout: 90_000 })
    // Slidev draws the slides after the page goes network-idle; index.html marks when all are drawn.
    await page.locator('.deck-ready').waitFor({ state: 'attached', timeout: 60_000 })
    const drawn = await page.locator('.print-slide-container').count()
    if (drawn !== slideCount)
      throw new Error(`handout: the print view drew ${drawn} slides; the deck has ${slideCount}`)
    const pictures: string[] = []
    for (const container of await page.locator('.print-slide-container').all()) {
      const jpeg = await container.screenshot({ type: 'jpeg', quality: 85 })
      pictures.push(`data:image/jpeg;base64,${jpeg.toString('base64')}`)
    }
    return pictures
  }
  finally {
    await page.close()
  }
}

export async function writeHandout(output: string): Promise<string> {
  const executablePath = findChromium()
  const deck = await startDeck({ mode: 'export' })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const slideCount = (await readDeck()).length
    const pictures = await slidePictures(browser, deck.url, slideCount)
    const page = await browser.newPage({ colorScheme: 'light' })
    await page.goto(`${deck.url}/presenter/print`, { waitUntil: 'networkidle', timeout: 90_000 })
    await page.waitForFunction(count => document.querySelectorAll('#page-root h2').length === count, slideCount, { timeout: 30_000 })
    await page.addStyleTag({ content: HANDOUT_CSS })
    // Each slide's picture goes between its heading and its notes.
    await page.evaluate((sources) => {
      document.querySelectorAll('#page-root h2').forEach((heading, index) => {
        const picture = document.createElement('img')
        picture.className = 'handout-slide'
        picture.alt = `Slide ${index + 1}`
        picture.src = sources[index] ?? ''
        heading.after(picture)
      })
    }, pictures)
    await page.waitForFunction(() => [...document.images].every(image => image.complete))
    await page.evaluate(() => document.fonts.ready)
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await page.pdf({ path: output, printBackground: true, preferCSSPageSize: true })
    return output
  }
  finally {
    await browser.close()
    await deck.stop()
  }
}

async function main(): Promise<void> {
  const outDir = optionValue(process.argv.slice(2), '--out-dir') ?? EXPORT_DIR
  mkdirSync(outDir, { recursive: true })
  const output = await writeHandout(join(outDir, `${exportBaseName()}-notes.pdf`))
  console.log(`Written: ${relative(process.cwd(), output)}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: Error) => {
    console.error(error.message)
    process.exitCode = 1
  })
}
