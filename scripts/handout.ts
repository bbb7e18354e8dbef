// npm run handout [-- --out-dir DIR]: the speaker-notes PDF. `slidev export-notes` cannot be given a browser path,
// so this prints Slidev's presenter print view with playwright-core and the browser found here,
// one page (or more) per slide: slide number, title, notes.
import { join, relative } from 'node:path'
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { EXPORT_DIR, exportBaseName, optionValue } from './lib/paths.ts'
import { startDeck } from './lib/slidev-server.ts'

// Each slide's notes start on a page of their own, in type that reads well on paper.
const HANDOUT_CSS = `
  #page-root .break-inside-avoid-page { break-before: page; }
  #page-root .mb-10 + .break-inside-avoid-page { break-before: auto; }
  #page-root hr { display: none; }
  #page-root h2 { font-size: 20pt; margin-bottom: 8pt; }
  #page-root .prose, #page-root .prose p, #page-root .prose li { font-size: 13pt; line-height: 1.5; }
`

export async function writeHandout(output: string): Promise<string> {
  const executablePath = findChromium()
  const deck = await startDeck({ mode: 'export' })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.goto(`${deck.url}/presenter/print`, { waitUntil: 'networkidle', timeout: 90_000 })
    await page.waitForSelector('#page-root h2', { timeout: 30_000 })
    await page.addStyleTag({ content: HANDOUT_CSS })
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
