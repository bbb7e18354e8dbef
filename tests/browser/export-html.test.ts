import type { Browser, Page } from 'playwright-core'
import type { PageProblems } from './harness.ts'
// npm run export:html as a presenter at a venue PC uses it: one file, opened from disk (file://), no
// server and no network. Every slide and click step is reachable with the keyboard, the charts and the
// map are drawn, the fonts are the deck's, nothing is requested outside the file, nothing is logged; the
// presenter view follows along. And invalid data: refused, with the build's message, no file written.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { exportBaseName } from '../../scripts/lib/paths.ts'
import { sharedChromium, takeProblems, watchPage } from './harness.ts'
import { copyDeckWithInvalidShare } from './invalid-deck.ts'
import { EDITED_ONE_FILE, sharedDeckSteps, sharedEditedDeck, sharedExport, sharedExportDir } from './live-exports.ts'
import { layoutProblems, LESS_MOTION, waitForSlide } from './slide-checks.ts'

const slides = await readDeck()
const root = mkdtempSync(join(tmpdir(), 'deck-html-test-'))
// The run's shared one-file decks (live-exports.ts), written in both languages from the copy with an analyst's
// edit: every-format.test.ts reads what they say, firefox.test.ts opens the English one as well.
const outDir = sharedExportDir(...EDITED_ONE_FILE)
const file = join(outDir, `${exportBaseName()}.html`)
// expect.poll gives up after 1 s by default; a busy machine can need longer to draw.
const WAIT = { timeout: 15_000 }
let printed = ''
let browser: Browser

/** `npm run export:html` (English) in the shared edited copy, into `dir`; what it printed. */
async function exportHtmlInto(dir: string): Promise<string> {
  const copy = (await sharedEditedDeck()).root
  return execFileSync(process.execPath, [
    join(copy, 'scripts/export-html.ts'),
    '--out-dir',
    dir,
  ], {
    cwd: copy,
    encoding: 'utf8',
    env: {
      ...process.env,
      CI: 'true',
      DECK_VITE_CACHE_DIR: mkdtempSync(join(root, 'vite-cache-')),
    },
  })
}

beforeAll(async () => {
  printed = await sharedExport(...EDITED_ONE_FILE)
  browser = await sharedChromium()
})
afterAll(async () => {
  await browser?.close()
  rmSync(root, { recursive: true, force: true })
})

/** Where the file says it is: `#/5?clicks=2` → slide 5, click 2. */
function position(page: Page): { no: number, clicks: number } {
  const match = new URL(page.url()).hash.match(/^#\/(\d+)(?:\?clicks=(\d+))?/)
  return {
    no: Number(match?.[1] ?? 0),
    clicks: Number(match?.[2] ?? 0),
  }
}

/**
 * A page that records console errors, page errors and every request for anything but the file itself
 * or data inside it (those are aborted, as on a PC with no network).
 */
async function filePage(): Promise<{ page: Page, problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    ...LESS_MOTION,
  })
  const page = await context.newPage()
  const problems: PageProblems = { consoleMessages: [], pageErrors: [], offMachineRequests: [] }
  watchPage(page, problems)
  const own = pathToFileURL(file).href
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('data:') || url.split('#')[0] === own)
      return route.continue()
    problems.offMachineRequests.push(url)
    return route.abort('blockedbyclient')
  })
  return { page, problems }
}

describe('npm run export:html (one file for a venue PC)', () => {
  it('writes one file a language and says where', () => {
    expect(printed.match(/^Written: /gm)).toHaveLength(2)
    expect(readdirSync(outDir).sort()).toEqual([`${exportBaseName()}-zh.html`, `${exportBaseName()}.html`])
  })

  it('writes the same bytes when run again on the same commit, for one language alone', async () => {
    const again = join(root, 'again')
    await exportHtmlInto(again)
    expect(readFileSync(join(again, `${exportBaseName()}.html`)).equals(readFileSync(file))).toBe(true)
  })

  it('steps through every slide and click step with the keyboard from file://, nothing fetched or logged', async () => {
    const { page, problems } = await filePage()
    await page.goto(pathToFileURL(file).href)
    await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ state: 'visible' })
    const visited: string[] = []
    const chartSlides = new Set<number>()
    // Laid out as in the dev server: one bundle orders the stylesheets differently, and a rule that lost in the dev
    // server once won here and pushed a source line off the slide.
    const offSlide: string[] = []
    for (;;) {
      const { no, clicks } = position(page)
      if (visited.at(-1)?.startsWith(`${no}:`) !== true && await page.locator(`.slidev-page-${no} svg[role="img"]`).count())
        chartSlides.add(no)
      // At each slide's first step: its later steps are in the page already (hidden, not absent), in their places.
      if (visited.at(-1)?.startsWith(`${no}:`) !== true) {
        await waitForSlide(page, no)
        offSlide.push(...await layoutProblems(page, no))
      }
      visited.push(`${no}:${clicks}`)
      const before = page.url()
      await page.keyboard.press('ArrowRight')
      // The address changes with each step; at the end of the deck it stays.
      const moved = await page.waitForFunction(url => location.href !== url, before, { timeout: 3000, polling: 20 }).then(() => true, () => false)
      if (!moved)
        break
    }
    expect(visited).toEqual(await sharedDeckSteps(browser))
    expect(offSlide).toEqual([])
    // The deck's own fonts, from inside the file.
    const fonts = await page.evaluate(() => [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family))
    expect(fonts).toContain('Inter')
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })

  it('draws the map with its land outline and hubs on its slide', async () => {
    const mapSlide = slides.find(slide => /<FootprintMap\b/.test(slide.content))!
    const { page, problems } = await filePage()
    await page.goto(`${pathToFileURL(file).href}#/${mapSlide.no}`)
    const map = page.locator(`.slidev-page-${mapSlide.no} svg[role="img"]`).first()
    await map.waitFor({ state: 'visible' })
    expect(await map.locator('path').count()).toBeGreaterThan(0)
    expect(await map.getAttribute('aria-label') ?? await map.locator('title').first().textContent()).toMatch(/\w/)
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })

  it('runs the presenter view from the file, and the audience window follows it', async () => {
    const { page: audience, problems } = await filePage()
    await audience.goto(`${pathToFileURL(file).href}#/1`)
    await audience.locator('.slidev-page-1 .slidev-layout').first().waitFor({ state: 'visible' })
    const presenter = await audience.context().newPage()
    watchPage(presenter, problems, 'presenter ')
    await presenter.goto(`${pathToFileURL(file).href}#/presenter/1`)
    await expect.poll(() => presenter.locator('.slidev-note').first().innerText(), WAIT).not.toBe('')
    await presenter.keyboard.press('ArrowDown')
    await expect.poll(() => position(audience).no, WAIT).toBe(2)
    expect(takeProblems(problems)).toEqual([])
    await audience.context().close()
  })

  it('shows each slide\'s number but the cover\'s, and a source line\'s citation opens the backup slide listing it', async () => {
    const { page, problems } = await filePage()
    const talk = slides.find(slide => slide.frontmatter.layout === 'cards' && Array.isArray(slide.frontmatter.sources))!
    await page.goto(`${pathToFileURL(file).href}#/1`)
    await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ state: 'visible' })
    expect(await page.locator('.slidev-page-1 .slide-number').count()).toBe(0)
    await page.goto(`${pathToFileURL(file).href}#/${talk.no}`)
    await expect.poll(() => page.locator(`.slidev-page-${talk.no} .slide-number`).innerText(), WAIT).toBe(String(talk.no))
    const citation = page.locator(`.slidev-page-${talk.no} .source-line a[data-slide]`).first()
    const text = await citation.innerText()
    const target = Number(await citation.getAttribute('data-slide'))
    expect(target).toBeGreaterThan(talk.no)
    expect(await citation.getAttribute('href')).toBe(`#/${target}`)
    await citation.click()
    await expect.poll(() => position(page).no, WAIT).toBe(target)
    const landed = page.locator(`.slidev-page-${target}`)
    await expect.poll(() => landed.locator('.slide-number').innerText(), WAIT).toBe(String(target))
    // The backup slide lists the source clicked, and from there its address is one more click away.
    const row = landed.locator('tbody a[href^="http"]', { hasText: text })
    expect(await row.count()).toBeGreaterThan(0)
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })

  it('tells, on ?, the keys and how to open the presenter view', async () => {
    const { page } = await filePage()
    await page.goto(pathToFileURL(file).href)
    await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ state: 'visible' })
    const help = page.getByRole('dialog', { name: 'This deck in one file' })
    await expect.poll(() => help.isVisible(), WAIT).toBe(false)
    await page.keyboard.press('?')
    await expect.poll(() => help.isVisible(), WAIT).toBe(true)
    expect(await help.innerText()).toContain('#/presenter/1')
    await page.keyboard.press('Escape')
    await expect.poll(() => help.isVisible(), WAIT).toBe(false)
    await page.context().close()
  })
})

describe('npm run export:html with invalid data', () => {
  it('exits non-zero with the build\'s message and writes no file', () => {
    const invalid = copyDeckWithInvalidShare(root)
    const refusedDir = join(root, 'refused')
    const result = spawnSync(process.execPath, [
      join(invalid.root, 'scripts/export-html.ts'),
      '--out-dir',
      refusedDir,
    ], { cwd: invalid.root, encoding: 'utf8' })
    expect(invalid.problems.length).toBeGreaterThan(0)
    expect(result.status).not.toBe(0)
    for (const problem of invalid.problems)
      expect(result.stderr).toContain(problem)
    expect(existsSync(refusedDir)
      ? readdirSync(refusedDir)
      : []).toEqual([])
  })
})
