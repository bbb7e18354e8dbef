import type { Page } from 'playwright-core'
// The static site `npm run build` makes (slidev build), built under a sub-path as GitHub Pages hosts a
// repository (/<repo>/) and served by a plain static host: it builds, and the presenter view, the overview and
// links straight to a slide load with nothing logged, thrown or fetched off the machine; stepped through, every slide
// shows what the slide model says (slide-says.ts), in English and in Chinese (firefox.test.ts steps through it too).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { PHONE_REMOTE_PATH } from '../../components/lib/remote-protocol.ts'
import { deckData } from '../../data/index.ts'
import { SLIDEV_COLOR_SCHEME_KEY } from '../../node/slidev-adapter.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { hostStatically } from '../../scripts/lib/static-host.ts'
import { deckEntry } from './entry.ts'
import { chromiumForFile, takeProblems, watchedPage } from './harness.ts'
import { slideNumberProblems, slideTexts, waitForSlide } from './slide-checks.ts'
import { deckDifferences, slideModel } from './slide-says.ts'

const builtUrl = inject('builtUrl')
const buildError = inject('buildError')
const builtDir = inject('builtDir')
const builtBase = inject('builtBase')
const slides = await readDeck(deckEntry().file)
const browser = chromiumForFile()
/** The built site in each language: the English one below its sub-path, the Chinese one at the root. */
const BUILT_SITES = [
  ['en', builtUrl],
  [
    'zh',
    inject('chineseBuiltUrl'),
  ],
] as const

describe('the built site (slidev build)', () => {
  it('builds', () => {
    expect(buildError).toBe('')
  })

  // The dev server's slides are held to the model in slides.test.ts's walk. The numbers in the light theme only:
  // where a number sits does not change with the theme, and slides.test.ts measures its contrast in both themes.
  it.each(BUILT_SITES)('in %s, shows on every slide what the slide model says (numbered legibly, clear of the source line and takeaway, but the cover), with nothing logged, thrown or fetched off the machine', async (lang, url) => {
    expect(url, 'no built site to load: see "builds"').not.toBe('')
    const says = await slideModel(deckEntry().file, deckData(), lang)
    const { page, problems } = await watchedPage(browser(), { width: 980, height: 552 })
    const numbering: string[] = []
    const texts = await slideTexts(page, `${url}/1`, says.length, async (no) => {
      await waitForSlide(page, no)
      numbering.push(...await slideNumberProblems(page, no))
    })
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
    expect(texts).toHaveLength(says.length)
    expect(deckDifferences(says, texts)).toEqual([])
    expect(numbering).toEqual([])
  })

  it('carries the data as the build validated it, without the validator (zod)', () => {
    expect(builtDir, 'no built site: see "builds"').not.toBe('')
    const scripts = readdirSync(join(builtDir, 'assets'), { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.js'))
      .map(file => readFileSync(join(builtDir, 'assets', file), 'utf8'))
      .join('\n')
    // The records arrive as one JSON text, its quotes escaped or not as the minifier chose.
    for (const figure of deckData().figures)
      expect(scripts).toMatch(new RegExp(`\\\\?"id\\\\?":\\\\?"${figure.id}\\\\?"`))
    expect(scripts).not.toMatch(/ZodError|\$ZodType/)
  })

  it('serves the presenter view with notes and the overview', async () => {
    expect(builtUrl, 'no built site to load: see "builds"').not.toBe('')
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${builtUrl}/presenter/1`)
    await waitForSlide(page, 1, '.grid-section.main')
    await expect.poll(() => page.locator('.grid-section.note .slidev-note').first().innerText(), { timeout: 30_000 }).not.toBe('')
    await page.goto(`${builtUrl}/overview`)
    // Every slide of the overview is drawn: on a loaded machine that takes more than expect.poll's 1 s default.
    await expect.poll(() => page.locator('.overview-slide-block').count(), { timeout: 30_000 }).toBe(slides.length)
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })

  // A presenter may read Chinese notes beside English slides: the font for them is a file of the site's own,
  // fetched only when the notes are switched to Chinese. The audience's window loads none of the presenter's
  // controls (their code, the font).
  it('draws Chinese notes in Noto Sans SC from the site\'s own font file; the audience window loads neither it nor the presenter\'s controls', async () => {
    expect(builtUrl, 'no built site to load: see "builds"').not.toBe('')
    const { page: audience, problems } = await watchedPage(browser())
    const fonts: string[] = []
    const controls: string[] = []
    audience.context().on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (/noto-sans-sc/i.test(path))
        fonts.push(path)
      if (/PresenterNavControls|NotesLanguageSwitch|PacePlan/.test(path))
        controls.push(path)
    })
    await audience.goto(`${builtUrl}/6`)
    await waitForSlide(audience, 6)
    // What is asked for is the point here: a lazy request for the presenter's code could come after the slide is drawn.
    await audience.waitForLoadState('networkidle')
    expect(fonts).toEqual([])
    expect(controls).toEqual([])

    const presenter = await audience.context().newPage()
    await presenter.goto(`${builtUrl}/presenter/6`)
    await waitForSlide(presenter, 6, '.grid-section.main')
    await presenter.getByRole('button', { name: '中文' }).click()
    const notes = presenter.locator('.grid-section.note .deck-notes[lang="zh-CN"]').first()
    await notes.waitFor({ state: 'visible' })
    const sample = (await notes.innerText()).match(/\p{Script=Han}/u)![0]
    await expect.poll(() => presenter.evaluate(char => document.fonts.check('16px "Noto Sans SC"', char), sample), { timeout: 10_000 }).toBe(true)
    expect(await presenter.evaluate(() => [...document.fonts].filter(face => face.family.includes('Noto Sans SC')).map(face => face.status))).toContain('loaded')
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every(path => path.startsWith(`${builtBase}assets/`) && path.endsWith('.woff2'))).toBe(true)
    expect(controls.some(path => path.includes('PresenterNavControls'))).toBe(true)
    expect(takeProblems(problems)).toEqual([])
    await audience.context().close()
  })

  // On a phone on a slow link the slides' script takes seconds to arrive: where a talk starts, the page draws the
  // cover itself meanwhile (index.html), where Slidev will draw it, and takes it away before the slide is painted.
  it.each(BUILT_SITES)('draws the %s cover while the script loads, where the slide will stand, only where a talk starts', async (lang, url) => {
    expect(url, 'no built site to load: see "builds"').not.toBe('')
    const [cover] = await readDeck(deckEntry().file, { lang, expand: true })
    const scripts = '**/assets/**/*.js'
    /** Where each line of the cover stands: the page's own (scripts held back) or Slidev's. */
    const linesOf = (page: Page, scope: string) => page.locator(`${scope} h1, ${scope} p`).evaluateAll(lines => lines.map((line) => {
      const box = line.getBoundingClientRect()
      return {
        text: line.textContent,
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
      }
    }))
    const slideBackground = (page: Page, scope: string) => page.locator(scope).evaluate(box => getComputedStyle(box).backgroundColor)
    // A laptop, and a phone held upright (the slide in a band, black above and below), in light, then dark as the
    // audience chose it in the deck on a system set to light.
    for (const [width, height, dark] of [
      [1280, 720, false],
      [412, 823, false],
      [1280, 720, true],
    ] as const) {
      const { page, problems } = await watchedPage(browser(), { width, height })
      const splash = page.locator('#deck-splash')
      if (dark)
        await page.addInitScript(key => localStorage.setItem(key, 'dark'), SLIDEV_COLOR_SCHEME_KEY)
      await page.route(scripts, route => route.abort())
      for (const route of ['', '1']) {
        await page.goto(`${url}/${route}`)
        await page.locator('#deck-splash .splash-cover.drawn').waitFor({ state: 'visible', timeout: 10_000 })
      }
      expect(await page.locator('#deck-splash h1').innerText()).toBe(cover!.title)
      const drawnByPage = await linesOf(page, '#deck-splash')
      const pageBackground = await slideBackground(page, '#deck-splash .splash-page')
      if (width === 1280 && !dark) {
        for (const route of [
          '5',
          '5/',
          'presenter/1',
          'presenter/',
          'overview',
          'notes',
          `${PHONE_REMOTE_PATH.slice(1)}/`,
          'print',
          'nowhere/',
        ]) {
          await page.goto(`${url}/${route}`)
          expect(await splash.count(), route).toBe(0)
        }
      }
      takeProblems(problems)
      await page.unroute(scripts)
      // Before each frame is painted: a slide's layout drawn while the page's cover still stands over it.
      await page.addInitScript(() => {
        const frames = { over: 0 }
        Object.assign(window, { splashFrames: frames })
        const look = () => {
          if (document.getElementById('deck-splash') && document.querySelector('#app .slidev-layout'))
            frames.over++
          requestAnimationFrame(look)
        }
        requestAnimationFrame(look)
      })
      await page.goto(`${url}/1`)
      await waitForSlide(page, 1)
      expect(await splash.count()).toBe(0)
      expect(await page.evaluate(() => (window as unknown as { splashFrames: { over: number } }).splashFrames.over)).toBe(0)
      // The same words in the same place and size on the same page colour: Slidev's slide takes over without a jump.
      const where = `${width}×${height}${dark ? ', dark' : ''}`
      expect(pageBackground, where).toBe(await slideBackground(page, '#slide-content'))
      const drawnBySlidev = await linesOf(page, '.slidev-page-1 .slidev-layout')
      expect(drawnByPage.map(line => line.text), where).toEqual(drawnBySlidev.map(line => line.text))
      for (const [index, line] of drawnByPage.entries()) {
        const slidev = drawnBySlidev[index]!
        for (const side of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(line[side] - slidev[side]), `${where}: line ${index + 1} "${line.text}": ${side} ${line[side]} on the page's cover, ${slidev[side]} on Slidev's`).toBeLessThanOrEqual(2)
      }
      expect(takeProblems(problems)).toEqual([])
      await page.context().close()
    }
  })

  // A link to slide 5 mailed round, or a reload mid-talk: the host answers /<repo>/5 with index.html.
  it.each(['5', 'presenter/5'])('opens the link /<repo>/%s straight away, below the sub-path', async (route) => {
    expect(builtUrl, 'no built site to load: see "builds"').not.toBe('')
    const { page, problems } = await watchedPage(browser())
    const response = await page.goto(`${builtUrl}/${route}`)
    expect(response?.status()).toBe(200)
    await waitForSlide(page, 5, route.startsWith('presenter')
      ? '.grid-section.main'
      : '')
    expect(new URL(page.url()).pathname).toBe(`${builtBase}${route}`)
    expect(takeProblems(problems)).toEqual([])
    await page.context().close()
  })

  // GitHub Pages has no rewrite rules: it answers an unknown path with the 404.html Slidev writes (a
  // copy of index.html), so the deck still opens on the linked slide; only the status is 404.
  it('opens /<repo>/5 through the 404.html copy on a host without rewrites (GitHub Pages)', async () => {
    expect(builtDir, 'no built site to load: see "builds"').not.toBe('')
    const host = await hostStatically(builtDir, { base: builtBase, missing: '404.html' })
    const { page, problems } = await watchedPage(browser())
    try {
      const failed: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400)
          failed.push(`${response.status()} ${response.url()}`)
      })
      await page.goto(`${host.url}/5`)
      await waitForSlide(page, 5)
      expect(failed).toEqual([`404 ${host.url}/5`])
      const documentStatus = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)'
      expect(takeProblems(problems).filter(problem => problem !== documentStatus)).toEqual([])
    }
    finally {
      await page.context().close()
      await host.stop()
    }
  })
})
