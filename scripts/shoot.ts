import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
// Screenshots of slides for people to look at:
//   node scripts/shoot.ts [--entry slides.md] [--dark] [--presenter] [--size 1440x900] [--out DIR] [1 2 5 ...]
// Writes PNGs into screenshots/ (ignored by git). Every slide when no numbers are given.
import process from 'node:process'
import { chromium } from 'playwright-core'
import { startDeckServer } from '../node/slidev-adapter.ts'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { readDeck } from './lib/deck.ts'
import { optionValue, PROJECT_ROOT } from './lib/paths.ts'

const args = process.argv.slice(2)
const entry = optionValue(args, '--entry') ?? 'slides.md'
const outDir = optionValue(args, '--out') ?? join(PROJECT_ROOT, 'screenshots')
const dark = args.includes('--dark')
const presenter = args.includes('--presenter')
const size = optionValue(args, '--size') ?? '1280x720'
const [width, height] = size.split('x').map(Number)
if (!width || !height)
  throw new Error(`shoot: --size must look like 1440x900 (got "${size}")`)
const wanted = args.filter(arg => /^\d+$/.test(arg)).map(Number)
const slides = (await readDeck(join(PROJECT_ROOT, entry))).filter(slide => !wanted.length || wanted.includes(slide.no))

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
