import type { Browser, Page } from 'playwright-core'
// What the gate looks for on the slide that is on screen, read from the page as a viewer would see it:
// where Slidev says the deck is, content that spills off the slide or is cut off, charts with no text
// alternative, and serious or critical axe-core findings inside the slide. And how the walks move and wait: the
// windows' reduced motion (LESS_MOTION), the steps Slidev counts, each slide's text by ↓ (slideTexts).
import { createRequire } from 'node:module'

/**
 * The test windows ask for reduced motion, as a viewer's system can: the deck then changes slides without Slidev's
 * 0.5 s fade (styles/deck.css), so a walk through the deck waits for no fade to end (12 s of 13 on a 26-slide walk,
 * measured). What a slide shows once it stands is the same; slides.test.ts checks the fade itself.
 */
export const LESS_MOTION = { reducedMotion: 'reduce' } as const

export interface NavState { no: number, clicks: number, clicksTotal: number }

/** Slidev exposes its navigation on `window.__slidev__` in the dev server (not in a built site). */
export function navState(page: Page): Promise<NavState> {
  return page.evaluate(() => {
    const nav = (window as unknown as { __slidev__: { nav: { currentSlideNo: number, clicks: number, clicksTotal: number } } }).__slidev__.nav
    return { no: nav.currentSlideNo, clicks: nav.clicks, clicksTotal: nav.clicksTotal }
  })
}

/**
 * Waits until Slidev reports `expected` and the slide is on screen; with `settle`, also until its fonts
 * are in and transitions are over (needed before measuring or running axe).
 */
export async function waitForStep(page: Page, expected: { no: number, clicks: number }, scope = '', settle = true): Promise<void> {
  await page.waitForFunction(({ no, clicks }) => {
    const nav = (window as unknown as { __slidev__?: { nav: { currentSlideNo: number, clicks: number } } }).__slidev__?.nav
    return nav?.currentSlideNo === no && nav.clicks === clicks
  }, expected, { timeout: 15_000, polling: 50 })
  if (settle)
    await waitForSlide(page, expected.no, scope)
  else
    await page.locator(`${scope} .slidev-page-${expected.no} .slidev-layout`.trim()).first().waitFor({ state: 'visible', timeout: 30_000 })
}

/** The slide is visible with its layout (not Slidev's loading placeholder), fonts loaded, no finite animation running. */
export async function waitForSlide(page: Page, no: number, scope = ''): Promise<void> {
  await page.locator(`${scope} .slidev-page-${no} .slidev-layout`.trim()).first().waitFor({ state: 'visible', timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(() => document.getAnimations().every((animation) => {
    const iterations = animation.effect?.getComputedTiming().iterations ?? 1
    return animation.playState !== 'running' || !Number.isFinite(iterations)
  }), undefined, { timeout: 10_000, polling: 50 })
  // Two frames, so whatever the last click step changed has been laid out and painted.
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/**
 * Errors shown in place of content, everything in slide `no` that reaches past the slide's edges, text cut off by a box that hides or
 * scrolls its overflow, and SVG text cut off by its own SVG. Positions in slide canvas units.
 */
export function layoutProblems(page: Page, no: number, scope = ''): Promise<string[]> {
  return page.evaluate(({ no, scope }) => {
    const layout = document.querySelector<HTMLElement>(`${scope} .slidev-page-${no} .slidev-layout`.trim())
    if (!layout)
      return [`slide ${no}: no .slidev-layout on the page`]
    const canvas = layout.closest<HTMLElement>('.slidev-slide-content') ?? layout
    const box = canvas.getBoundingClientRect()
    const scale = box.width / canvas.offsetWidth
    const tolerance = 1 // canvas units: sub-pixel rounding is not overflow
    const describe = (element: Element) => {
      const classes = typeof element.className === 'string' && element.className.trim()
        ? `.${element.className.trim().split(/\s+/).slice(0, 3).join('.')}`
        : ''
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
      return `<${element.tagName.toLowerCase()}${classes}>${text
        ? ` "${text}"`
        : ''}`
    }
    // Clipped away on purpose: screen-reader-only text (`clip`/`clip-path`) and anything inside a clip.
    const clippedAway = (element: Element) => {
      for (let node: Element | null = element; node && node !== layout; node = node.parentElement) {
        const style = getComputedStyle(node)
        if ((style.clip && style.clip !== 'auto') || (style.clipPath && style.clipPath !== 'none'))
          return true
      }
      return false
    }
    const shown = (element: Element) => {
      const style = getComputedStyle(element)
      const rect = element.getBoundingClientRect()
      // v-click content not yet revealed is checked at the step that shows it.
      return style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0
        && !element.closest('.slidev-vclick-hidden') && !clippedAway(element)
    }
    const reported = new Set<Element>()
    const problems: string[] = []
    // A chart that cannot draw its data shows an error in its place (role="alert"): never acceptable on a slide.
    for (const alert of layout.querySelectorAll('[role="alert"], .chart-error'))
      problems.push(`slide ${no}: shows an error to the audience: ${describe(alert)}`)
    for (const element of [
      layout,
      ...layout.querySelectorAll('*'),
    ]) {
      if (!shown(element))
        continue
      const rect = element.getBoundingClientRect()
      const past = {
        left: (box.left - rect.left) / scale,
        top: (box.top - rect.top) / scale,
        right: (rect.right - box.right) / scale,
        bottom: (rect.bottom - box.bottom) / scale,
      }
      const sides = Object.entries(past).filter(([, by]) => by > tolerance).map(([side, by]) => `${side} by ${Math.round(by)}`)
      if (sides.length && element.parentElement && reported.has(element.parentElement)) {
        reported.add(element) // its parent is already named: one line for the whole block
      }
      else if (sides.length) {
        reported.add(element)
        problems.push(`slide ${no}: ${describe(element)} reaches past the slide's edge (${sides.join(', ')})`)
      }
      if (element instanceof HTMLElement) {
        const { overflowX, overflowY } = getComputedStyle(element)
        const cutY = overflowY !== 'visible' && element.scrollHeight > element.clientHeight + tolerance
        const cutX = overflowX !== 'visible' && element.scrollWidth > element.clientWidth + tolerance
        if ((cutY || cutX) && element.textContent?.trim())
          problems.push(`slide ${no}: ${describe(element)} cuts off its content (${element.scrollWidth}×${element.scrollHeight} in a ${element.clientWidth}×${element.clientHeight} box)`)
      }
      if (element instanceof SVGTextElement && element.ownerSVGElement && getComputedStyle(element.ownerSVGElement).overflow !== 'visible') {
        const frame = element.ownerSVGElement.getBoundingClientRect()
        const cut = rect.left < frame.left - tolerance || rect.top < frame.top - tolerance || rect.right > frame.right + tolerance || rect.bottom > frame.bottom + tolerance
        if (cut)
          problems.push(`slide ${no}: SVG text ${describe(element)} is cut off by the edge of its chart`)
      }
    }
    return problems
  }, { no, scope })
}

export interface ChartInfo { slide: number, element: string, alternative: string }

/**
 * The charts on slide `no` and the text a screen reader gets for each. A chart is an element with
 * `data-chart`, an `<svg role="img">`, an SVG inside a `<figure>`, or any SVG drawn at least
 * 80 canvas units wide and tall (icons are smaller). Its text alternative is its accessible name
 * (aria-labelledby, aria-label, or a <title> child) or, when the SVG is hidden from assistive
 * technology, the caption or label of the figure around it.
 */
export function chartsOnSlide(page: Page, no: number, scope = ''): Promise<ChartInfo[]> {
  return page.evaluate(({ no, scope }) => {
    const layout = document.querySelector<HTMLElement>(`${scope} .slidev-page-${no} .slidev-layout`.trim())
    if (!layout)
      return []
    const canvas = layout.closest<HTMLElement>('.slidev-slide-content') ?? layout
    const scale = canvas.getBoundingClientRect().width / canvas.offsetWidth
    const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()
    const labelledBy = (element: Element) => (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => text(document.getElementById(id))).join(' ').trim()
    const ownName = (element: Element) => labelledBy(element) || (element.getAttribute('aria-label') ?? '').trim()
      || (element instanceof SVGSVGElement
        ? text(element.querySelector(':scope > title'))
        : '')
    const hidden = (element: Element) => element.closest('[aria-hidden="true"]') !== null
    const candidates = new Set<Element>(layout.querySelectorAll('[data-chart], svg[role="img"], figure svg'))
    for (const svg of layout.querySelectorAll('svg')) {
      const rect = svg.getBoundingClientRect()
      if (rect.width / scale >= 80 && rect.height / scale >= 80 && !svg.parentElement?.closest('svg'))
        candidates.add(svg)
    }
    // An SVG inside a [data-chart] element is that chart, not a second one.
    const charts = [...candidates].filter(element => ![...candidates].some(other => other !== element && other.contains(element)))
    return charts.map((chart) => {
      const svg = chart instanceof SVGSVGElement
        ? chart
        : chart.querySelector('svg')
      const figure = chart.closest('figure')
      let alternative = ''
      if (!hidden(chart)) {
        alternative = ownName(chart) || (svg && !hidden(svg)
          ? ownName(svg)
          : '')
      }
      if (!alternative && figure)
        alternative = ownName(figure) || text(figure.querySelector(':scope > figcaption'))
      const classes = typeof chart.className === 'string' && chart.className
        ? `.${chart.className.split(/\s+/)[0]}`
        : ''
      const hook = chart.getAttribute('data-chart')
        ? `[data-chart="${chart.getAttribute('data-chart')}"]`
        : ''
      return { slide: no, element: `<${chart.tagName.toLowerCase()}${hook}${classes}>`, alternative }
    })
  }, { no, scope })
}

const require = createRequire(import.meta.url)
const AXE_PATH = require.resolve('axe-core/axe.min.js')

/**
 * Serious and critical axe-core violations inside slide `no` only: Slidev's own controls (nav bar,
 * presenter panes) are not part of what we ship on a slide and are left out by scoping to the slide.
 */
export async function axeProblems(page: Page, no: number, scope = ''): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: AXE_PATH })
  const selector = `${scope} .slidev-page-${no}`.trim()
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string, impact: string | null, help: string, nodes: { target: unknown[], failureSummary?: string }[] }[] }> } }).axe
    const context = document.querySelector(selector)
    if (!context) {
      return [
        {
          id: 'no-slide',
          impact: 'critical',
          help: `${selector} is not on the page`,
          nodes: [],
        },
      ]
    }
    // Slidev lays an empty, transparent drawing layer (<svg class="absolute pointer-events-none">, see
    // DrawingPreview.vue) over every slide. axe cannot see through it and reports the contrast of every
    // text on the slide as "incomplete" instead of testing it (dequelabs/axe-core#3464), so it is set
    // aside while axe runs. It is Slidev's, holds nothing, and is put back straight after.
    const overlays = [
      ...(context.closest('.slidev-slide-content')?.querySelectorAll<SVGSVGElement>('svg.pointer-events-none') ?? []),
    ]
      .filter(svg => !svg.closest('.slidev-page') && svg.childElementCount === 0 && getComputedStyle(svg).position === 'absolute')
    overlays.forEach(svg => svg.style.setProperty('display', 'none'))
    const result = await axe.run(context, {
      resultTypes: ['violations'],
    }).finally(() => overlays.forEach(svg => svg.style.removeProperty('display')))
    return result.violations.map(v => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map(n => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  }, selector)
  return violations
    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap(violation => violation.nodes.length
      ? violation.nodes.map(node => `slide ${no}: axe ${violation.impact} "${violation.id}" (${violation.help}) at ${JSON.stringify(node.target)}`)
      : [`slide ${no}: axe ${violation.impact} "${violation.id}" (${violation.help})`])
}

/** Where a slide's clicks start (`clicksStart` in its frontmatter), else 0. */
export function clicksStart(frontmatter: Record<string, unknown>): number {
  return typeof frontmatter.clicksStart === 'number'
    ? frontmatter.clicksStart
    : 0
}

/** One more press after a slide's last click step: the deck moves on to `next`, at its first step. */
export async function pressOnTo(page: Page, next: { no: number, frontmatter: Record<string, unknown> }, scope = ''): Promise<void> {
  await page.keyboard.press('ArrowRight')
  await waitForStep(page, {
    no: next.no,
    clicks: clicksStart(next.frontmatter),
  }, scope)
}

/**
 * What the audience would notice wrong on slide `no` at the click step on screen: something off the slide or cut
 * off, the slide's number illegible or in the way, a chart without a text alternative, and, with `axe` (a slide's
 * first and last step: click steps only reveal parts already on the page), axe's serious and critical findings.
 */
export async function stepProblems(page: Page, no: number, options: { axe: boolean }): Promise<string[]> {
  const seen = [
    ...await layoutProblems(page, no),
    ...await slideNumberProblems(page, no),
    ...(options.axe
      ? await axeProblems(page, no)
      : []),
  ]
  for (const chart of await chartsOnSlide(page, no)) {
    if (!chart.alternative)
      seen.push(`slide ${no}: chart ${chart.element} has no text alternative (no accessible name, no figure caption)`)
  }
  return seen
}

/**
 * Every (slide, click) step the deck has, in order, as `slide:click`, counted by Slidev itself in the dev
 * server at `deckUrl` (its `window.__slidev__`): the reference the other formats and engines are held to. Callers
 * pass the print view's server, where no presenter window is open (one on the English server, in another test file,
 * would move this page: dev-server-turn.ts).
 */
export async function stepsInDevServer(browser: Browser, deckUrl: string, slides: readonly { no: number, frontmatter: Record<string, unknown> }[]): Promise<string[]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    ...LESS_MOTION,
  })
  const page = await context.newPage()
  await page.goto(`${deckUrl}/1`)
  await waitForStep(page, {
    no: 1,
    clicks: clicksStart(slides[0]?.frontmatter ?? {}),
  }, '', false)
  const steps: string[] = []
  for (const slide of slides) {
    // One page, moved by Slidev's own navigation: far quicker than loading each slide's address.
    await page.evaluate(no => (window as unknown as { __slidev__: { nav: { go: (no: number) => Promise<void> } } }).__slidev__.nav.go(no), slide.no)
    await waitForStep(page, {
      no: slide.no,
      clicks: clicksStart(slide.frontmatter),
    }, '', false)
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    const { clicksTotal } = await navState(page)
    for (let clicks = clicksStart(slide.frontmatter); clicks <= clicksTotal; clicks++)
      steps.push(`${slide.no}:${clicks}`)
  }
  await context.close()
  return steps
}

/**
 * The slide's number as the audience sees it: none on the cover; on every other slide one `.slide-number` reading
 * `no`, inside the slide, clear of its source lines and takeaways, in type of 10 canvas units or more with a
 * contrast of 4.5:1 or more against what is behind it.
 */
export function slideNumberProblems(page: Page, no: number, scope = ''): Promise<string[]> {
  return page.evaluate(({ no, scope }) => {
    const slide = document.querySelector<HTMLElement>(`${scope} .slidev-page-${no}`.trim())
    const layout = slide?.querySelector('.slidev-layout')
    if (!slide || !layout)
      return [`slide ${no}: not on the page`]
    const numbers = [
      ...slide.querySelectorAll<HTMLElement>('.slide-number'),
    ]
    if (layout.classList.contains('cover')) {
      return numbers.length
        ? [`slide ${no}: the cover shows a slide number "${numbers[0]!.textContent}"`]
        : []
    }
    if (numbers.length !== 1)
      return [`slide ${no}: ${numbers.length} slide numbers (one expected)`]
    const number = numbers[0]!
    const problems: string[] = []
    if (number.textContent?.trim() !== String(no))
      problems.push(`slide ${no}: its number reads "${number.textContent?.trim()}"`)
    const box = slide.getBoundingClientRect()
    const rect = number.getBoundingClientRect()
    if (rect.width === 0 || rect.left < box.left || rect.right > box.right || rect.top < box.top || rect.bottom > box.bottom)
      problems.push(`slide ${no}: its number is not inside the slide`)
    for (const other of slide.querySelectorAll('.source-line, .takeaway')) {
      const r = other.getBoundingClientRect()
      if (r.left < rect.right && rect.left < r.right && r.top < rect.bottom && rect.top < r.bottom)
        problems.push(`slide ${no}: its number overlaps ${other.className.split(' ')[0]} "${other.textContent?.trim().slice(0, 40)}"`)
    }
    const style = getComputedStyle(number)
    // Computed sizes are in canvas units: the slide is scaled as a whole.
    if (Number.parseFloat(style.fontSize) < 10)
      problems.push(`slide ${no}: its number is ${style.fontSize} type`)
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number)
    let background: number[] = []
    for (let node: Element | null = number; node && !background.length; node = node.parentElement) {
      const [r = 0, g = 0, b = 0, a = 1] = rgb(getComputedStyle(node).backgroundColor)
      if (a > 0.99)
        background = [r, g, b]
    }
    const luminance = (channels: number[]) => {
      const [r, g, b] = channels.map(c => c / 255).map(c => c <= 0.04045
        ? c / 12.92
        : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const [hi, lo] = [
      luminance(rgb(style.color).slice(0, 3)),
      luminance(background.length
        ? background
        : [255, 255, 255]),
    ].sort((a, b) => b - a)
    const ratio = (hi! + 0.05) / (lo! + 0.05)
    if (ratio < 4.5)
      problems.push(`slide ${no}: its number has a contrast of ${ratio.toFixed(2)}:1 (${style.color} on rgb(${background.join(', ')}))`)
    return problems
  }, { no, scope })
}

/**
 * Each slide's text as the deck shows it: slide 1 from `first` (its address), then ↓ (next slide, skipping click
 * steps) as a presenter steps through; hidden click steps are in the page, so every step's words count. Works where
 * Slidev's navigation is not exposed (a built site, the one-file deck). `atSlide` runs at each slide once it is drawn.
 */
export async function slideTexts(page: Page, first: string, slides: number, atSlide?: (no: number) => Promise<void>): Promise<string[]> {
  const texts: string[] = []
  await page.goto(first, { waitUntil: 'load' })
  for (let no = 1; no <= slides; no++) {
    if (no > 1)
      await page.keyboard.press('ArrowDown')
    await page.waitForFunction(n => (location.hash || location.pathname).match(/\/(\d+)(?:\?.*)?$/)?.[1] === String(n), no)
    const slide = page.locator(`.slidev-page-${no}`).first()
    await slide.locator('.slidev-layout').waitFor()
    await page.waitForFunction(n => !document.querySelector(`.slidev-page-${n} .slidev-slide-loading`), no)
    texts.push(await slide.evaluate(node => node.textContent ?? ''))
    await atSlide?.(no)
  }
  return texts
}
