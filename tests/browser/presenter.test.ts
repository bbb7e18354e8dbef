// Presenter mode as used in the room: the presenter window on the laptop and the audience window on
// the projector, two windows of one browser that Slidev keeps in step. Stepping through the whole deck
// from the presenter window: the notes of each slide are shown, the "Next" pane previews what the next
// press brings, and the audience window follows every click step. A press in the audience window moves
// the presenter too. The overview route lists every slide.
import type { Page } from 'playwright-core'
import type { PageProblems } from './harness.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { takeDevServerTurn } from './dev-server-turn.ts'
import { deckEntry } from './entry.ts'
import { chromiumForFile, takeProblems, watchedPage, watchPage } from './harness.ts'
import { clicksStart, navState, pressOnTo, waitForSlide, waitForStep } from './slide-checks.ts'

const deckUrl = inject('deckUrl')
takeDevServerTurn()
// Notes as the presenter reads them: [[fig:...]] tokens filled from the data module.
const slides = await readDeck(deckEntry().file, { expand: true })
const browser = chromiumForFile()

/** Words as a reader sees them, so rendered notes compare with their Markdown source. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

describe('presenter mode', () => {
  let audience: Page
  let presenter: Page
  let problems: PageProblems

  beforeAll(async () => {
    ({ page: audience, problems } = await watchedPage(browser()))
    presenter = await audience.context().newPage()
    watchPage(presenter, problems, 'presenter ')
    await audience.goto(`${deckUrl}/1`)
    await presenter.goto(`${deckUrl}/presenter/1`)
    const start = {
      no: 1,
      clicks: clicksStart(slides[0]?.frontmatter ?? {}),
    }
    await waitForStep(audience, start)
    await waitForStep(presenter, start, '.grid-section.main')
  })
  afterAll(async () => {
    await audience?.context().close()
  })

  it('has speaker notes for every slide', () => {
    expect(slides.filter(slide => !slide.note).map(slide => `slide ${slide.no} "${slide.title}" has no notes`)).toEqual([])
  })

  for (const slide of slides) {
    it(`slide ${slide.no}: notes shown, next step previewed, audience window in step at every click`, async () => {
      const start = clicksStart(slide.frontmatter)
      const here = await navState(presenter)
      if (here.no !== slide.no || here.clicks !== start) {
        // Only after an earlier slide failed: start this one afresh.
        await presenter.goto(`${deckUrl}/presenter/${slide.no}`)
      }
      await waitForStep(presenter, { no: slide.no, clicks: start }, '.grid-section.main')
      const { clicksTotal } = await navState(presenter)

      // The notes pane shows the slide's notes: its words are the notes' words (Markdown aside), and most of them.
      const notes = presenter.locator('.grid-section.note .slidev-note').first()
      const written = new Set(words(slide.note))
      const notShown = async () => {
        const shown = words(await notes.innerText())
        return shown.length >= written.size / 2
          ? shown.filter(word => !written.has(word))
          : [`only ${shown.length} of ${written.size} words shown: ${shown.join(' ')}`]
      }
      await expect.poll(notShown, { message: `slide ${slide.no}: notes pane vs the slide's notes`, timeout: 10_000 }).toEqual([])

      for (let clicks = start; ; clicks++) {
        const step = { no: slide.no, clicks }
        expect(await navState(presenter)).toMatchObject(step)
        await waitForStep(audience, step, '', false)
        const next = clicks < clicksTotal
          ? slide.no
          : slides[slide.no]?.no
        const nextPane = presenter.locator('.grid-section.next')
        if (next)
          await nextPane.locator(`.slidev-page-${next} .slidev-layout`).first().waitFor({ state: 'visible' })
        else
          await nextPane.getByText('End of the presentation').waitFor({ state: 'visible' })
        if (clicks >= clicksTotal)
          break
        await presenter.keyboard.press('ArrowRight')
        await waitForStep(presenter, { no: slide.no, clicks: clicks + 1 }, '.grid-section.main')
      }
      expect(takeProblems(problems)).toEqual([])

      const following = slides[slide.no]
      if (following)
        await pressOnTo(presenter, following, '.grid-section.main')
    })
  }

  it('follows a press in the audience window', async () => {
    const before = await navState(audience)
    await audience.bringToFront()
    await audience.keyboard.press('ArrowLeft')
    await audience.waitForFunction(({ no, clicks }) => {
      const nav = (window as unknown as { __slidev__: { nav: { currentSlideNo: number, clicks: number } } }).__slidev__.nav
      return nav.currentSlideNo !== no || nav.clicks !== clicks
    }, before, { timeout: 15_000 })
    const after = await navState(audience)
    await waitForStep(presenter, after, '.grid-section.main')
    expect(takeProblems(problems)).toEqual([])
  })
})

describe('the overview route', () => {
  it('shows every slide, with nothing logged, thrown or fetched off the machine', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${deckUrl}/overview`)
    await page.locator('.overview-slide-block').first().waitFor({ state: 'visible' })
    await expect.poll(() => page.locator('.overview-slide-block').count()).toBe(slides.length)
    for (const slide of slides)
      await waitForSlide(page, slide.no, `.overview-slide-block:nth-child(${slide.no} of .overview-slide-block)`)
    await page.waitForLoadState('networkidle')
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })
})
