// The static site `npm run build` makes (slidev build), served as anyone would host it: it builds,
// and every slide, the presenter view and the overview load with nothing logged, thrown or fetched
// off the machine.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { deckEntry } from './entry.ts'
import { launchChromium, takeProblems, watchedPage } from './harness.ts'
import { waitForSlide } from './slide-checks.ts'

const builtUrl = inject('builtUrl')
const buildError = inject('buildError')
const slides = await readDeck(deckEntry().file)
let browser: Browser

beforeAll(async () => { browser = await launchChromium() })
afterAll(async () => { await browser?.close() })

describe('the built site (slidev build)', () => {
  it('builds', () => {
    expect(buildError).toBe('')
  })

  it('shows every slide with nothing logged, thrown or fetched off the machine', async () => {
    expect(builtUrl, 'no built site to load: see "builds"').not.toBe('')
    const { page, problems } = await watchedPage(browser)
    const found: string[] = []
    for (const slide of slides) {
      await page.goto(`${builtUrl}/${slide.no}`)
      await waitForSlide(page, slide.no)
      await page.waitForLoadState('networkidle')
      found.push(...takeProblems(problems).map(text => `slide ${slide.no}: ${text}`))
    }
    expect(found).toEqual([])
    await page.context().close()
  })

  it('serves the presenter view with notes and the overview', async () => {
    expect(builtUrl, 'no built site to load: see "builds"').not.toBe('')
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${builtUrl}/presenter/1`)
    await waitForSlide(page, 1, '.grid-section.main')
    await expect.poll(() => page.locator('.grid-section.note .slidev-note').first().innerText()).not.toBe('')
    await page.goto(`${builtUrl}/overview`)
    await expect.poll(() => page.locator('.overview-slide-block').count()).toBe(slides.length)
    await page.waitForLoadState('networkidle')
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })
})
