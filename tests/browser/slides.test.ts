import type { Page } from 'playwright-core'
import type { PageProblems } from './harness.ts'
// Every slide in the dark theme, stepped through with the arrow key as a presenter would: at each slide's first and
// last step nothing off the slide or cut off, no serious or critical axe finding, every chart with a text
// alternative, the slide's number legible and clear of the source line and takeaway; nothing logged, thrown or
// fetched off the machine. The dark theme changes colours, not places, so its walk checks a slide's two ends; the
// light theme's every step is checked in presenter.test.ts's audience window, which follows every click. Each
// slide's last step is saved to screenshots/slides/ (git-ignored) for people to look at.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readDeck } from '../../scripts/lib/deck.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { deckEntry } from './entry.ts'
import { chromiumForFile, takeProblems, watchedPage } from './harness.ts'
import { clicksStart, navState, pressOnTo, stepProblems, waitForStep } from './slide-checks.ts'

const deckUrl = inject('deckUrl')
const slides = await readDeck(deckEntry().file)
const SHOTS_DIR = join(PROJECT_ROOT, 'screenshots', 'slides')
const browser = chromiumForFile()
let page: Page
let problems: PageProblems

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true })
  ;({ page, problems } = await watchedPage(browser(), { colorScheme: 'dark' }))
  await page.goto(`${deckUrl}/1`)
  await waitForStep(page, {
    no: 1,
    clicks: clicksStart(slides[0]?.frontmatter ?? {}),
  })
})
afterAll(async () => {
  await page?.context().close()
})

describe('every slide, dark theme', () => {
  it('is drawn in the dark theme', async () => {
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
  })

  for (const slide of slides) {
    it(`slide ${slide.no} "${slide.title}"`, async () => {
      const start = clicksStart(slide.frontmatter)
      const here = await navState(page)
      if (here.no !== slide.no || here.clicks !== start) {
        // Only after an earlier slide failed: start this one afresh.
        await page.goto(`${deckUrl}/${slide.no}`)
      }
      await waitForStep(page, { no: slide.no, clicks: start })
      const { clicksTotal } = await navState(page)
      const found = (await stepProblems(page, slide.no, { axe: true })).map(text => `${text} [click ${start}]`)
      for (let clicks = start + 1; clicks <= clicksTotal; clicks++) {
        await page.keyboard.press('ArrowRight')
        // Settled (fonts in, transitions over) only where it is checked: the last step.
        await waitForStep(page, { no: slide.no, clicks }, '', clicks === clicksTotal)
      }
      if (clicksTotal > start)
        found.push(...(await stepProblems(page, slide.no, { axe: true })).map(text => `${text} [click ${clicksTotal}]`))
      await page.screenshot({
        path: join(SHOTS_DIR, `${String(slide.no).padStart(2, '0')}-dark.png`),
      })
      found.push(...takeProblems(problems))
      expect(found).toEqual([])

      const next = slides[slide.no]
      if (next)
        await pressOnTo(page, next)
    })
  }
})
