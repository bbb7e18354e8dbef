// The print view every export captures (index.html's readiness marker): it must say "ready" only
// once every slide on the page is drawn, or a PDF page or PPTX slide comes out blank on a busy machine.
import { describe, expect, inject, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { chromiumForFile, watchedPage } from './harness.ts'

interface StateWhenReady { containers: number, drawn: number, loading: number, fontsLoaded: boolean }

const slides = await readDeck()
/** The dev server with the print view the browser files share (global-setup.ts). */
const printUrl = inject('printDeckUrl')
const browser = chromiumForFile()

describe('the print view every export captures', () => {
  it('marks itself ready only when every slide is drawn, with its fonts', async () => {
    const { page, problems } = await watchedPage(browser(), { width: 980, height: 552 })
    // Records the page's state at the moment the ready mark appears, before anything else can change it.
    await page.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('.deck-ready'))
          return
        observer.disconnect()
        const containers = [
          ...document.querySelectorAll('.print-slide-container'),
        ]
        ;(window as unknown as { stateWhenReady: StateWhenReady }).stateWhenReady = {
          containers: containers.length,
          drawn: containers.filter(container => container.querySelector('.slidev-layout h1')?.textContent?.trim()).length,
          loading: document.querySelectorAll('.slidev-slide-loading').length,
          fontsLoaded: document.fonts.status === 'loaded',
        }
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(`${printUrl}/print?print=true`)
    await page.locator('.deck-ready').waitFor({ state: 'attached', timeout: 60_000 })
    const state = await page.evaluate(() => (window as unknown as { stateWhenReady: StateWhenReady }).stateWhenReady)
    expect(state).toEqual({
      containers: slides.length,
      drawn: slides.length,
      loading: 0,
      fontsLoaded: true,
    })
    expect(problems.pageErrors).toEqual([])
    await page.close()
  })

  it('is ready at once outside the print view, where nothing waits for it', async () => {
    const { page } = await watchedPage(browser())
    await page.goto(`${printUrl}/1`)
    await page.locator('.deck-ready').waitFor({ state: 'attached', timeout: 30_000 })
    expect(await page.locator('.print-slide-container').count()).toBe(0)
    await page.close()
  })
})
