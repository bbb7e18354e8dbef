import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
// Screenshots of slides for people to look at:
//   node scripts/shoot.ts [--entry slides.md] [--dark] [--presenter] [--size 1440x900] [--out DIR] [1 2 5 ...]
// Writes PNGs into screenshots/ (ignored by git). Every slide when no numbers are given.
import process from 'node:process'
import { startDeckServer } from '../node/slidev-adapter.ts'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { commandLine, readCommandLine } from './lib/cli.ts'
import { readDeck } from './lib/deck.ts'
import { PROJECT_ROOT } from './lib/paths.ts'

const { entry, outDir, dark, presenter, size, width, height, wanted } = commandLine('shoot', () => {
  const { values, positionals } = readCommandLine({
    args: process.argv.slice(2),
    options: {
      entry: { type: 'string' },
      out: { type: 'string' },
      dark: { type: 'boolean' },
      presenter: { type: 'boolean' },
      size: { type: 'string' },
    },
    allowPositionals: true,
  })
  const entry = values.entry ?? 'slides.md'
  if (!existsSync(join(PROJECT_ROOT, entry)))
    throw new Error(`--entry names no deck: "${entry}" (${join(PROJECT_ROOT, entry)})`)
  const size = values.size ?? '1280x720'
  const [width, height] = /^\d+x\d+$/.test(size)
    ? size.split('x').map(Number)
    : []
  if (!width || !height)
    throw new Error(`--size must look like 1440x900; got "${size}"`)
  const notNumbers = positionals.filter(arg => !/^\d+$/.test(arg))
  if (notNumbers.length)
    throw new Error(`slides are given by number (1 2 5); got "${notNumbers.join(' ')}"`)
  return {
    entry,
    outDir: values.out ?? join(PROJECT_ROOT, 'screenshots'),
    dark: values.dark ?? false,
    presenter: values.presenter ?? false,
    size,
    width,
    height,
    wanted: positionals.map(Number),
  }
})
// The browser driver loads once the command line is understood: a refusal comes at once.
const { chromium } = await import('playwright-core')
const deckSlides = await readDeck(join(PROJECT_ROOT, entry))
commandLine('shoot', () => {
  const missing = wanted.filter(no => no < 1 || no > deckSlides.length)
  if (missing.length)
    throw new Error(`the deck has slides 1 to ${deckSlides.length}; got ${missing.join(' ')}`)
})
const slides = deckSlides.filter(slide => !wanted.length || wanted.includes(slide.no))

mkdirSync(outDir, { recursive: true })
const deck = await startDeckServer({ entry })
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
})
try {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: dark ? 'dark' : 'light',
  })
  page.on('console', message => message.type() === 'error' && console.error(`console error: ${message.text()}`))
  page.on('pageerror', error => console.error(`page error: ${error.message}`))
  for (const slide of slides) {
    // The final click step: the frontmatter count, or past the end for v-click lists (Slidev stops at the last).
    const clicks = typeof slide.frontmatter.clicks === 'number'
      ? slide.frontmatter.clicks
      : 99
    const path = `${deck.url}/${presenter ? 'presenter/' : ''}${slide.no}?clicks=${clicks}`
    await page.goto(path)
    await page.locator(`.slidev-page-${slide.no} .slidev-layout`).first().waitFor({ state: 'visible' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForTimeout(600)
    const file = join(outDir, `${String(slide.no).padStart(2, '0')}${presenter ? '-presenter' : ''}${size === '1280x720'
      ? ''
      : `-${size}`}${dark ? '-dark' : ''}.png`)
    await page.screenshot({ path: file })
    console.log(file)
  }
}
finally {
  await browser.close()
  await deck.stop()
}
