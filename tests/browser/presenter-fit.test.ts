// The presenter view on the laptops it is used on: at 1440×900 and 1920×1080 every slide's notes fit
// their pane without scrolling, in type big enough to read at arm's length; the bottom bar shows the
// pace against the notes' time budgets. (No audience window here: one opened and closed beside the
// presenter left the next test file's presenter unable to step through clicks.)
import type { Page } from 'playwright-core'
import type { PageProblems } from './harness.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { clock } from '../../components/lib/notes-timing.ts'
import { noteBudget } from '../../components/lib/slide-markdown.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { takeDevServerTurn } from './dev-server-turn.ts'
import { deckEntry } from './entry.ts'
import { chromiumForFile, takeProblems, watchedPage } from './harness.ts'
import { waitForStep } from './slide-checks.ts'

const deckUrl = inject('deckUrl')
takeDevServerTurn()
const slides = await readDeck(deckEntry().file, { expand: true })
/** Smallest notes type, in CSS pixels, that reads comfortably on a laptop at arm's length. */
const READABLE_PX = 16
const browser = chromiumForFile()

async function goToSlide(page: Page, no: number): Promise<void> {
  await page.evaluate(no => (window as unknown as { __slidev__: { nav: { go: (no: number) => Promise<void> } } }).__slidev__.nav.go(no), no)
  await waitForStep(page, { no, clicks: 0 }, '.grid-section.main', false)
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/** How the notes pane holds the current slide's notes. */
function notesFit(page: Page): Promise<{ text: string, scrollHeight: number, clientHeight: number, fontPx: number }> {
  return page.locator('.grid-section.note .slidev-note').first().evaluate(notes => ({
    text: (notes as HTMLElement).innerText,
    scrollHeight: notes.scrollHeight,
    clientHeight: notes.clientHeight,
    // The script's type: its paragraphs after the budget line (which is small on purpose), else the notes'.
    fontPx: Math.min(...[
      ...notes.querySelectorAll(':scope > p:not(:first-child)'),
      notes,
    ].map(element => Number.parseFloat(getComputedStyle(element).fontSize))),
  }))
}

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
] as const) {
  describe(`presenter view at ${width}×${height}`, () => {
    let page: Page
    let problems: PageProblems

    beforeAll(async () => {
      // A fresh browser profile: nothing remembered from an earlier visit (notes width, font zoom).
      ({ page, problems } = await watchedPage(browser(), { width, height }))
      await page.goto(`${deckUrl}/presenter/1`)
      await waitForStep(page, { no: 1, clicks: 0 }, '.grid-section.main')
    })
    afterAll(async () => {
      await page?.context().close()
    })

    it('shows every slide\'s notes whole, without scrolling, in readable type', async () => {
      const misfits: string[] = []
      for (const slide of slides) {
        await goToSlide(page, slide.no)
        const firstWords = slide.note.split(/\s+/).slice(0, 2).join(' ')
        await expect.poll(async () => (await notesFit(page)).text.replace(/\s+/g, ' ').startsWith(firstWords), { timeout: 10_000 }).toBe(true)
        const fit = await notesFit(page)
        if (fit.scrollHeight > fit.clientHeight + 1)
          misfits.push(`slide ${slide.no} "${slide.title}": notes need ${fit.scrollHeight}px, the pane shows ${fit.clientHeight}px (${slide.note.split(/\s+/).length} words)`)
        if (fit.fontPx < READABLE_PX)
          misfits.push(`slide ${slide.no} "${slide.title}": notes in ${fit.fontPx}px type, under ${READABLE_PX}px`)
      }
      expect(misfits).toEqual([])
      expect(takeProblems(problems)).toEqual([])
    })

    it('gives the current slide the width of its column, left of the notes', async () => {
      await goToSlide(page, 1)
      const widths = await page.evaluate(() => ({
        column: document.querySelector('.slidev-presenter .grid-section.main')!.getBoundingClientRect().width,
        slide: document.querySelector('.slidev-presenter .grid-section.main .slidev-slide-content')!.getBoundingClientRect().width,
      }))
      // Slidev's padding around the slide is 16px a side; the rest of the column is the slide's.
      expect(widths.slide).toBeGreaterThanOrEqual(0.9 * widths.column)
    })

    if (width === 1440)
      it('shows the presenter when the slide is planned and whether they are ahead or behind', () => checkPace(page, problems))
  })
}

/** The bottom bar's pace on slide 1, then, with Slidev's timer running, on a later slide reached early. */
async function checkPace(page: Page, problems: PageProblems): Promise<void> {
  const budgets = slides.map(slide => noteBudget(slide.note) ?? 0)
  const planned = (no: number) => {
    const start = budgets.slice(0, no - 1).reduce((sum, budget) => sum + budget, 0)
    return `Plan ${clock(start)}–${clock(start + budgets[no - 1]!)}`
  }
  const paceLine = async () => ((await page.locator('.slidev-presenter .pace-plan').textContent()) ?? '').replace(/\s+/g, ' ').trim()
  await goToSlide(page, 1)
  await expect.poll(paceLine).toBe(`${planned(1)} · timer not started`)

  // Start the timer (its play button shows on hover), then jump ahead: reached early, so "ahead".
  const timer = page.locator('.slidev-presenter .grid-section.bottom .group').last()
  await timer.hover()
  await timer.locator('.i-carbon\\:play').click()
  await expect.poll(paceLine).toBe(`${planned(1)} · on plan`)
  const later = Math.min(5, slides.length)
  await goToSlide(page, later)
  await expect.poll(paceLine).toMatch(new RegExp(`^${planned(later)} · \\d+:\\d{2} ahead$`))

  // The timer is shared by every window of the server: stop it for whoever comes next.
  await timer.hover()
  await timer.locator('.i-carbon\\:renew').click()
  await expect.poll(paceLine).toMatch(/timer not started$/)

  expect(takeProblems(problems)).toEqual([])
}
