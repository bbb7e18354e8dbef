import type { Page } from 'playwright-core'
import type { PageProblems } from './harness.ts'
// Every slide stepped through with the arrow key as a presenter would, in the light and the dark theme: nothing
// logged, thrown or fetched off the machine, nothing off the slide or cut off, no serious or critical axe finding (at
// a slide's first and last step), every chart with a text alternative, the slide's number (not on the cover) legible
// and clear of the source line and takeaway. The light walk checks every click step and holds each slide to what the
// slide model says (slide-says.ts, from slides.md and the data alone; built-site.test.ts holds the built sites and
// every-format.test.ts the exports to the same model); the dark theme changes colours, not places, so its walk checks a slide's two ends.
// Each slide's last step is saved to screenshots/slides/ (git-ignored) for people to look at.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { deckData } from '../../data/index.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { takeDevServerTurn } from './dev-server-turn.ts'
import { deckEntry } from './entry.ts'
import { chromiumForFile, takeProblems, watchedPage } from './harness.ts'
import { clicksStart, navState, pressOnTo, stepProblems, waitForStep } from './slide-checks.ts'
import { differences, slideModel } from './slide-says.ts'

const deckUrl = inject('deckUrl')
takeDevServerTurn()
const slides = await readDeck(deckEntry().file)
const says = await slideModel(deckEntry().file, deckData())
const shotsDir = join(PROJECT_ROOT, 'screenshots', 'slides')
const browser = chromiumForFile()

beforeAll(() => {
  mkdirSync(shotsDir, { recursive: true })
})

for (const scheme of ['light', 'dark'] as const) {
  describe(`every slide, ${scheme} theme`, () => {
    let page: Page
    let problems: PageProblems

    beforeAll(async () => {
      ({ page, problems } = await watchedPage(browser(), { colorScheme: scheme }))
      await page.goto(`${deckUrl}/1`)
      await waitForStep(page, {
        no: 1,
        clicks: clicksStart(slides[0]?.frontmatter ?? {}),
      })
    })
    afterAll(async () => {
      await page?.context().close()
    })

    it(`is drawn in the ${scheme} theme`, async () => {
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
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
        if (typeof slide.frontmatter.clicks === 'number')
          expect(clicksTotal, 'click steps Slidev counts vs the slide\'s `clicks`').toBe(slide.frontmatter.clicks)
        if (scheme === 'light') {
          // Hidden click steps are in the page: every step's words count.
          const shown = await page.locator(`.slidev-page-${slide.no}`).first().evaluate(node => node.textContent ?? '')
          expect(differences(says[slide.no - 1]!, shown), 'what the slide model says and the slide lacks').toEqual([])
        }

        // Each problem once, with the click steps it shows at.
        const atClicks = new Map<string, number[]>()
        for (let clicks = start; ; clicks++) {
          const ends = clicks === start || clicks >= clicksTotal
          if (scheme === 'light' || ends) {
            for (const text of await stepProblems(page, slide.no, { axe: ends })) {
              atClicks.set(text, [
                ...atClicks.get(text) ?? [],
                clicks,
              ])
            }
          }
          if (clicks >= clicksTotal)
            break
          await page.keyboard.press('ArrowRight')
          // Settled (fonts in, transitions over) where it is checked.
          await waitForStep(page, { no: slide.no, clicks: clicks + 1 }, '', scheme === 'light' || clicks + 1 >= clicksTotal)
        }
        await page.screenshot({
          path: join(shotsDir, `${String(slide.no).padStart(2, '0')}-${scheme}.png`),
        })
        const found = [...atClicks].map(([text, at]) => `${text} [click ${at.join(', ')} of 0–${clicksTotal}]`)
        found.push(...takeProblems(problems))
        expect(found).toEqual([])

        const next = slides[slide.no]
        if (next)
          await pressOnTo(page, next)
      })
    }
  })
}

describe('moving to the next slide', () => {
  // The other walks ask for reduced motion (slide-checks.ts LESS_MOTION); here the audience's two settings side by side.
  // The page records each time Vue's transition puts a slide into its fade (with the fade's computed length) and each
  // CSS transition that then runs on a slide.
  it.each([
    ['fades the slides over half a second', 'no-preference', '0.5s'],
    ['shows the next slide at once to a viewer whose system asks for less motion', 'reduce', '0s'],
  ] as const)('%s', async (_, reducedMotion, length) => {
    const { page, problems } = await watchedPage(browser(), { reducedMotion })
    await page.goto(`${deckUrl}/2`)
    await waitForStep(page, {
      no: 2,
      clicks: clicksStart(slides[1]!.frontmatter),
    })
    await page.evaluate(() => {
      const seen = {
        fades: new Set<string>(),
        transitions: [] as string[],
      }
      Object.assign(window, { seen })
      const slideNo = (element: Element) => element.className.toString().match(/\bslidev-page-(\d+)\b/)?.[1]
      const look = (element: Element) => {
        const no = slideNo(element)
        for (const phase of ['enter', 'leave']) {
          if (no && element.classList.contains(`fade-${phase}-active`))
            seen.fades.add(`${no} ${phase} ${getComputedStyle(element).transitionDuration}`)
        }
      }
      new MutationObserver(records => records.forEach((record) => {
        look(record.target as Element)
        record.addedNodes.forEach(node => node instanceof Element && look(node))
      })).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['class'],
      })
      document.addEventListener('transitionrun', (event) => {
        const no = slideNo(event.target as Element)
        if (no)
          seen.transitions.push(`${no} ${event.propertyName}`)
      })
    })
    const seen = () => page.evaluate(() => {
      const { fades, transitions } = (window as unknown as { seen: { fades: Set<string>, transitions: string[] } }).seen
      // Slides 2 and 3 only: Slidev also mounts the slide after the next (hidden, ready for it) with an enter fade.
      const ofTheMove = (entry: string) => /^[23] /.test(entry)
      return {
        fades: [...fades].filter(ofTheMove).sort(),
        transitions: [
          ...new Set(transitions.filter(ofTheMove)),
        ].sort(),
      }
    })
    await page.keyboard.press('ArrowDown')
    await waitForStep(page, {
      no: 3,
      clicks: clicksStart(slides[2]!.frontmatter),
    })
    // Slide 2 fades out and slide 3 in, over half a second or none; then slide 3 stands alone, whole.
    await expect.poll(async () => (await seen()).fades).toEqual([`2 leave ${length}`, `3 enter ${length}`])
    await expect.poll(() => page.evaluate(() => ({
      next: getComputedStyle(document.querySelector('.slidev-page-3')!).opacity,
      left: [
        ...document.querySelectorAll<HTMLElement>('.slidev-page-2'),
      ].some(slide => slide.checkVisibility()),
    }))).toEqual({ next: '1', left: false })
    expect((await seen()).transitions).toEqual(length === '0s'
      ? []
      : ['2 opacity', '3 opacity'])
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })
})
