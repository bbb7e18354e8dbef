import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { launchChromium, settle, watchedPage } from './harness.ts'

const deckUrl = inject('deckUrl')
const slides = await readDeck()
let browser: Browser

beforeAll(async () => { browser = await launchChromium() })
afterAll(async () => { await browser?.close() })

describe('every slide loads cleanly', () => {
  for (const view of ['play', 'presenter'] as const) {
    it(`in the ${view} view: no console error or warning, no page error, no request off the machine`, async () => {
      const { page, problems } = await watchedPage(browser)
      const visited: string[] = []
      for (const slide of slides) {
        await page.goto(`${deckUrl}/${view === 'presenter' ? 'presenter/' : ''}${slide.no}`)
        await settle(page, slide.no)
        visited.push(await page.title())
      }
      expect(visited).toHaveLength(slides.length)
      expect(problems).toEqual({ consoleMessages: [], pageErrors: [], offMachineRequests: [] })
      await page.context().close()
    })
  }

  it('shows the deck title on the cover and the local favicon', async () => {
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${deckUrl}/1`)
    await settle(page, 1)
    await expect(page.locator('.slidev-page-1 h1').first().textContent()).resolves.toContain('Equinix')
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(icon).toBe('/favicon.svg')
    const response = await page.request.get(`${deckUrl}${icon}`)
    expect(response.headers()['content-type']).toContain('svg')
    expect(problems.offMachineRequests).toEqual([])
    await page.context().close()
  })
})
