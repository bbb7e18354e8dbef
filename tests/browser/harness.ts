import type { Browser, BrowserServer, Page } from 'playwright-core'
// What every browser test watches: console errors and warnings, page errors, and any request that
// would leave the machine (blocked, and recorded). The deck is briefed in rooms with no internet.
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts'
import { LESS_MOTION } from './slide-checks.ts'

export interface PageProblems {
  consoleMessages: string[]
  pageErrors: string[]
  offMachineRequests: string[]
}

export function isOnMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || protocol === 'chrome-extension:')
    return true
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

// The presenter and audience windows run side by side, as on two screens: neither may be throttled
// as a background tab (Chromium would slow its timers and animation frames to about one a second).
const SIDE_BY_SIDE_ARGS = ['--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding']

/** The one Chromium every browser test file shares, started by global-setup.ts. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: findChromium(),
    args: [
      ...CHROMIUM_ARGS,
      ...SIDE_BY_SIDE_ARGS,
    ],
  })
}

/**
 * The shared Chromium, for a test file: each file works in its own contexts and `close()` only
 * disconnects it, so starting a browser per file (a second or two each on this machine) is saved.
 */
export function sharedChromium(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'))
}

/**
 * The shared Chromium for the test file that calls this at its top level: connected before its tests, disconnected
 * after them. `const browser = chromiumForFile()`, then `browser()` in a test or hook.
 */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await sharedChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser)
      throw new Error('the shared Chromium is not connected yet: ask for it in a test or a hook')
    return browser
  }
}

/** Opens a page that records problems; off-machine requests are aborted so nothing hangs on a closed network. */
export async function watchedPage(browser: Browser, options: { colorScheme?: 'light' | 'dark', width?: number, height?: number, reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<{ page: Page, problems: PageProblems }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? LESS_MOTION.reducedMotion,
  })
  const page = await context.newPage()
  const problems: PageProblems = { consoleMessages: [], pageErrors: [], offMachineRequests: [] }
  watchPage(page, problems)
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isOnMachine(url))
      return route.continue()
    problems.offMachineRequests.push(url)
    return route.abort('blockedbyclient')
  })
  return { page, problems }
}

/** Records console errors and warnings and page errors of `page` (e.g. a second window of the same context) into `problems`. */
export function watchPage(page: Page, problems: PageProblems, label = ''): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.consoleMessages.push(`${label}${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', error => problems.pageErrors.push(`${label}${error.message}`))
}

/** Everything recorded so far, one line each, and starts afresh. */
export function takeProblems(problems: PageProblems): string[] {
  const found = [
    ...problems.consoleMessages.map(text => `console ${text}`),
    ...problems.pageErrors.map(text => `page error: ${text}`),
    ...problems.offMachineRequests.map(url => `request off the machine: ${url}`),
  ]
  problems.consoleMessages.length = 0
  problems.pageErrors.length = 0
  problems.offMachineRequests.length = 0
  return found
}

/** Waits until slide `no` is on screen (other slides are preloaded, hidden) and the fonts are in. */
export async function settle(page: Page, no: number): Promise<void> {
  await page.locator(`.slidev-page-${no} .slidev-layout`).first().waitFor({ state: 'visible', timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForLoadState('networkidle')
}
