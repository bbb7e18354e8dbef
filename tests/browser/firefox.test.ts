import type { Browser as ChromiumBrowser } from 'playwright-core'
import type { Browser, Page } from 'puppeteer-core'
import type { PageProblems } from './harness.ts'
// The README says the one-file deck works from disk in Firefox as well as Chromium; this holds it to that,
// in Firefox ESR: every slide and click step by keyboard from file://, the charts and the map drawn, the
// deck's fonts, the presenter view following along, and the built site's slides, by address and by ↓, with
// nothing logged, thrown or fetched off the machine. One Firefox for the whole file, as starting one costs seconds.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { exportBaseName, PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { decodePng } from '../../scripts/lib/png.ts'
import { deckEntry } from './entry.ts'
import { launchFirefox, watchedFirefoxPage, watchFirefoxPage } from './firefox.ts'
import { sharedChromium, takeProblems } from './harness.ts'
import { EDITED_ONE_FILE, sharedDeckSteps, sharedExport, sharedExportDir } from './live-exports.ts'

const slides = await readDeck(deckEntry().file, { expand: true })
const root = mkdtempSync(join(tmpdir(), 'deck-firefox-test-'))
/** The one-file deck under test: the run's shared English one, from the copy with an analyst's edit (live-exports.ts). */
const deckFile = join(sharedExportDir(...EDITED_ONE_FILE), `${exportBaseName()}.html`)
const deckHref = pathToFileURL(deckFile).href
const pictureDir = join(root, 'pictures')
const builtUrl = inject('builtUrl')
const WAIT = { timeout: 15_000 }

/** The components that draw a chart (each in a ChartFrame), and the slides that show them, one entry a chart. */
const chartComponents = readdirSync(join(PROJECT_ROOT, 'components'))
  .filter(name => name.endsWith('.vue') && name !== 'ChartFrame.vue')
  .filter(name => /<ChartFrame\b/.test(readFileSync(join(PROJECT_ROOT, 'components', name), 'utf8')))
  .map(name => basename(name, '.vue'))
const chartSlides = slides
  .map(slide => ({
    no: slide.no,
    charts: chartComponents.flatMap(name => slide.content.match(new RegExp(`<${name}\\b`, 'g'))?.map(() => name) ?? []),
  }))
  .filter(slide => slide.charts.length > 0)

let firefox: Browser
let chromium: ChromiumBrowser
/** Every (slide, click) of the deck in order, as the dev server's Slidev counts them: `5:2`. */
let deckSteps: string[] = []

beforeAll(async () => {
  mkdirSync(pictureDir)
  chromium = await sharedChromium()
  ;[firefox, deckSteps] = await Promise.all([
    launchFirefox(),
    sharedDeckSteps(chromium),
    sharedExport(...EDITED_ONE_FILE),
  ])
})
afterAll(async () => {
  await firefox?.close()
  await chromium?.close()
  rmSync(root, { recursive: true, force: true })
})

/** The file itself and what is inside it; anything else would need a network the venue PC does not have. */
function inTheFile(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:') || url.split('#')[0] === deckHref
}

/** Where the one-file deck says it is: `#/5?clicks=2` → `5:2`. */
async function position(page: Page): Promise<string> {
  const match = (await page.evaluate(() => location.hash)).match(/^#\/(\d+)(?:\?clicks=(\d+))?/)
  return `${match?.[1] ?? 0}:${match?.[2] ?? 0}`
}

/** Slide `no` is on screen with its layout, fonts are in, transitions are over and the result is painted. */
async function waitForSlideDrawn(page: Page, no: number): Promise<void> {
  await page.waitForSelector(`.slidev-page-${no} .slidev-layout`, { visible: true, timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'
    || !Number.isFinite(animation.effect?.getComputedTiming().iterations ?? 1)), { timeout: 10_000, polling: 50 })
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

interface DrawnChart { width: number, height: number, shapes: number, land: boolean | null, error: string }

/** Each chart SVG on slide `no`: its size on screen, the shapes in it with a size, and whether the map's land outline is drawn. */
function drawnCharts(page: Page, no: number): Promise<DrawnChart[]> {
  return page.evaluate((no) => {
    const slide = document.querySelector(`.slidev-page-${no}`)
    const sized = (element: SVGGraphicsElement) => {
      const box = element.getBBox()
      return box.width > 0 || box.height > 0
    }
    return [
      ...slide?.querySelectorAll<SVGSVGElement>('svg[role="img"]') ?? [],
    ].map((svg) => {
      const { width, height } = svg.getBoundingClientRect()
      const land = svg.querySelector<SVGPathElement>('path.land')
      return {
        width,
        height,
        shapes: [
          ...svg.querySelectorAll<SVGGraphicsElement>('path, rect, circle, line, polyline, polygon, text'),
        ].filter(sized).length,
        land: land
          ? Boolean(land.getAttribute('d')) && sized(land)
          : null,
        error: slide?.querySelector('[role="alert"], .chart-error')?.textContent?.trim() ?? '',
      }
    })
  }, no)
}

function expectDrawn(charts: DrawnChart[], slide: { no: number, charts: string[] }): void {
  expect(charts, `slide ${slide.no}: ${slide.charts.join(', ')}`).toHaveLength(slide.charts.length)
  for (const chart of charts) {
    expect(chart.error, `slide ${slide.no}`).toBe('')
    expect(chart.width * chart.height, `slide ${slide.no}: chart size on screen`).toBeGreaterThan(0)
    expect(chart.shapes, `slide ${slide.no}: shapes drawn`).toBeGreaterThan(5)
  }
  if (slide.charts.includes('FootprintMap'))
    expect(charts.map(chart => chart.land), `slide ${slide.no}: the map's land outline`).toContain(true)
}

/**
 * The share of pixels inside `box` (CSS pixels, device scale 1) that differ clearly from its most common
 * colour: near 0 for a blank or single-colour area, a few percent and more for a drawn chart.
 */
function inkShare(png: Uint8Array, box: { x: number, y: number, width: number, height: number }): number {
  const { width, rgba } = decodePng(png, 'screenshot')
  const pixels: number[] = []
  for (let y = Math.round(box.y); y < Math.round(box.y + box.height); y++) {
    for (let x = Math.round(box.x); x < Math.round(box.x + box.width); x++)
      pixels.push((y * width + x) * 4)
  }
  const counts = new Map<number, number>()
  for (const at of pixels) {
    const colour = (rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!
    counts.set(colour, (counts.get(colour) ?? 0) + 1)
  }
  const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  const differs = (at: number) => [16, 8, 0].some((shift, channel) => Math.abs(rgba[at + channel]! - ((background >> shift) & 0xFF)) > 32)
  return pixels.filter(differs).length / pixels.length
}

describe('the one-file deck from file://, in Firefox ESR', () => {
  let page: Page
  let problems: PageProblems

  beforeAll(async () => {
    ;({ page, problems } = await watchedFirefoxPage(firefox, { allowed: inTheFile }))
    await page.goto(`${deckHref}#/1`)
    await waitForSlideDrawn(page, 1)
  })

  it('sees what it must catch: a console warning and error, an uncaught error and a request off the machine', async () => {
    const { page: probe, problems: caught } = await watchedFirefoxPage(firefox, { allowed: inTheFile })
    await probe.goto(`${deckHref}#/1`)
    await probe.evaluate(async () => {
      console.warn('a warning')
      console.error('an error')
      setTimeout(() => {
        throw new Error('an uncaught error')
      })
      await fetch('https://example.com/font.woff2').catch(() => undefined)
    })
    await expect.poll(() => caught.offMachineRequests, WAIT).toEqual(['https://example.com/font.woff2'])
    expect(caught.consoleMessages).toEqual(['warn: a warning', 'error: an error'])
    await expect.poll(() => caught.pageErrors, WAIT).toEqual([
      expect.stringContaining('an uncaught error'),
    ])
    await probe.close()
  })

  it('steps through every slide and click step with →, as Slidev counts them, nothing logged or fetched', async () => {
    const visited = [await position(page)]
    for (;;) {
      const before = await page.evaluate(() => location.href)
      await page.keyboard.press('ArrowRight')
      // The address changes with each step; at the end of the deck it stays.
      const moved = await page.waitForFunction(url => location.href !== url, { timeout: 3000, polling: 20 }, before).then(() => true, () => false)
      if (!moved)
        break
      visited.push(await position(page))
    }
    expect(visited).toEqual(deckSteps)
    expect(takeProblems(problems)).toEqual([])
  })

  it('draws every chart and the map at its last click step; pictures of them are not blank', async () => {
    expect(chartSlides.length).toBeGreaterThan(0)
    const blank: string[] = []
    for (const slide of chartSlides) {
      const last = deckSteps.filter(step => step.startsWith(`${slide.no}:`)).at(-1)!.split(':')[1]
      await page.evaluate(hash => (location.hash = hash), `#/${slide.no}?clicks=${last}`)
      await waitForSlideDrawn(page, slide.no)
      const charts = await drawnCharts(page, slide.no)
      expectDrawn(charts, slide)
      const png = await page.screenshot({
        path: join(pictureDir, `${String(slide.no).padStart(2, '0')}.png`) as `${string}.png`,
      })
      const boxes = await page.$$eval(`.slidev-page-${slide.no} svg[role="img"]`, svgs => svgs.map((svg) => {
        const { x, y, width, height } = svg.getBoundingClientRect()
        return { x, y, width, height }
      }))
      for (const box of boxes) {
        const share = inkShare(png, box)
        if (share < 0.02)
          blank.push(`slide ${slide.no}: ${(share * 100).toFixed(1)}% of the chart's pixels drawn`)
      }
    }
    expect(blank).toEqual([])
    expect(takeProblems(problems)).toEqual([])
  })

  it('sets the titles in Inter, from the file, not in a fallback font', async () => {
    await page.evaluate(() => (location.hash = '#/2'))
    await waitForSlideDrawn(page, 2)
    const title = await page.$eval('.slidev-page-2 h1', (h1) => {
      const style = getComputedStyle(h1)
      // The title's text set once in its own font stack and once in the fallback alone: were Inter not in use, both would be as wide.
      const widthIn = (family: string) => {
        const probe = document.createElement('span')
        probe.textContent = h1.textContent
        probe.style.cssText = `position: absolute; visibility: hidden; white-space: nowrap; font: ${style.fontWeight} ${style.fontSize} ${family}`
        document.body.append(probe)
        const width = probe.getBoundingClientRect().width
        probe.remove()
        return width
      }
      return {
        family: style.fontFamily,
        weight: style.fontWeight,
        loaded: [...document.fonts].filter(font => font.status === 'loaded').map(font => `${font.family.replace(/"/g, '')} ${font.weight}`),
        inStack: widthIn(style.fontFamily),
        inFallback: widthIn('sans-serif'),
      }
    })
    expect(title.family.split(',')[0]!.trim().replace(/"/g, '')).toBe('Inter')
    expect(title.loaded).toContain(`Inter ${title.weight}`)
    expect(Math.abs(title.inStack - title.inFallback), 'width in Inter against the fallback').toBeGreaterThan(2)
    expect(takeProblems(problems)).toEqual([])
  })

  it('tells, on ?, the keys and how to open the presenter view; Esc closes it', async () => {
    const shown = () => page.$eval('#deck-help', help => help.getBoundingClientRect().width > 0 && getComputedStyle(help).visibility !== 'hidden')
    await expect.poll(shown, WAIT).toBe(false)
    await page.keyboard.press('?')
    await expect.poll(shown, WAIT).toBe(true)
    expect(await page.$eval('#deck-help', help => (help as HTMLElement).innerText)).toContain('#/presenter/1')
    await page.keyboard.press('Escape')
    await expect.poll(shown, WAIT).toBe(false)
    expect(takeProblems(problems)).toEqual([])
  })

  it('runs the presenter view from the same file: notes of slide 1, and → there moves the audience window too', async () => {
    await page.evaluate(() => (location.hash = '#/1'))
    await waitForSlideDrawn(page, 1)
    const presenter = await firefox.newPage()
    await presenter.setViewport({ width: 1280, height: 720 })
    await watchFirefoxPage(presenter, problems, { allowed: inTheFile, label: 'presenter ' })
    await presenter.goto(`${deckHref}#/presenter/1`)
    await presenter.waitForSelector('.slidev-note', { visible: true, timeout: 30_000 })
    const lastParagraph = slides[0]!.note.split(/\n\s*\n/).at(-1)!.replace(/\s+/g, ' ').trim()
    await expect.poll(async () => (await presenter.$eval('.slidev-note', note => (note as HTMLElement).innerText)).replace(/\s+/g, ' '), WAIT)
      .toContain(lastParagraph)
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => presenter.evaluate(() => location.hash), WAIT).toMatch(/^#\/presenter\/2\b/)
    await expect.poll(async () => (await position(page)).split(':')[0], WAIT).toBe('2')
    expect(takeProblems(problems)).toEqual([])
    await presenter.close()
  })
})

describe('the built site, in Firefox ESR', () => {
  // Addresses route the same way for every slide (Slidev's router): three of them are opened, and every slide is reached
  // as a presenter reaches it, with ↓ from the first.
  it('opens slides by their addresses and steps through every slide with ↓, each with its title and charts drawn, nothing logged, thrown or fetched off the machine', async () => {
    expect(builtUrl, 'no built site to load: see built-site.test.ts "builds"').not.toBe('')
    const { page, problems } = await watchedFirefoxPage(firefox)
    const found: string[] = []
    const shows = async (no: number) => {
      await page.waitForSelector(`.slidev-page-${no} .slidev-layout`, { visible: true, timeout: 30_000 })
      const title = await page.$eval(`.slidev-page-${no} h1`, h1 => (h1 as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
      expect(title, `slide ${no}`).toBe(slides[no - 1]!.title)
      const charts = chartSlides.find(chart => chart.no === no)
      if (charts)
        expectDrawn(await drawnCharts(page, no), charts)
    }
    // Its late loads done (a font weight, the drawing layer) before the next address: leaving aborts them, which
    // Firefox reports as failed downloads and imports. A load that fails by itself is still reported.
    const settled = async (where: string) => {
      await page.waitForNetworkIdle({ idleTime: 100, timeout: 15_000 })
      found.push(...takeProblems(problems).map(text => `${where}: ${text}`))
    }
    for (const no of [chartSlides[0]!.no, slides.at(-1)!.no]) {
      await page.goto(`${builtUrl}/${no}`)
      await shows(no)
      await settled(`slide ${no} by its address`)
    }
    await page.goto(`${builtUrl}/1`)
    for (const { no } of slides) {
      if (no > 1) {
        await page.keyboard.press('ArrowDown')
        await page.waitForFunction(no => location.pathname.endsWith(`/${no}`), { timeout: 15_000, polling: 20 }, no)
      }
      await shows(no)
    }
    await settled('stepping through')
    expect(found).toEqual([])
    await page.close()
  })
})
