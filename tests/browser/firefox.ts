import type { Browser, Page } from 'puppeteer-core'
import type { PageProblems } from './harness.ts'
// The second engine the deck is checked in: Firefox ESR, driven by puppeteer-core over WebDriver BiDi
// (playwright-core's moz-firefox channel does not start this ESR). Its pages are watched as the
// Chromium ones are (harness.ts): console errors and warnings, page errors, and every request that
// would leave the machine, aborted and recorded (BiDi's network interception sees data: URLs too).
import process from 'node:process'
import puppeteer from 'puppeteer-core'
import { findFirefox } from '../../scripts/lib/firefox.ts'
import { isOnMachine } from './harness.ts'

/**
 * Added to puppeteer's test profile (which already turns off safebrowsing, search and add-on updates,
 * health reports and points remote settings at a dummy): Firefox's own services stay quiet too, and
 * whatever it still sends goes to a proxy on a closed local port, so nothing leaves the machine.
 * Pages on 127.0.0.1 and localhost never go through a proxy in Firefox.
 */
export const QUIET_OFFLINE_PREFS: Record<string, string | number | boolean> = {
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.usage.uploadEnabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'extensions.blocklist.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'security.OCSP.enabled': 0,
  // puppeteer's profile relaxes this for its own tests; a presenter's Firefox keeps the default, under
  // which each file:// page is its own origin, and the presenter view must work from the file all the same.
  'security.fileuri.strict_origin_policy': true,
}

/** One headless Firefox for a test file; pages are cheap, browsers are not (about 4 s to start here). */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Reduced motion, as the Chromium windows ask for (slide-checks.ts LESS_MOTION): no fade to wait for between slides.
    extraPrefsFirefox: { ...QUIET_OFFLINE_PREFS, 'ui.prefersReducedMotion': 1 },
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  })
}

/**
 * Records console errors and warnings, page errors and requests `allowed` refuses (aborted, as on a PC
 * with no network) of `page` into `problems`. Firefox reports over BiDi what the page logs and throws,
 * not its own warnings (CSS it skips, for example), so those are not seen here.
 */
export async function watchFirefoxPage(page: Page, problems: PageProblems, options: { allowed?: (url: string) => boolean, label?: string } = {}): Promise<void> {
  const { allowed = isOnMachine, label = '' } = options
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.consoleMessages.push(`${label}${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', error => problems.pageErrors.push(`${label}${error instanceof Error
    ? error.message
    : String(error)}`))
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    const url = request.url()
    if (allowed(url))
      return request.continue()
    problems.offMachineRequests.push(`${label}${url}`)
    return request.abort('blockedbyclient')
  })
}

/** A new watched page (tab) of `browser`, 1280×720 as the Chromium tests use. */
export async function watchedFirefoxPage(browser: Browser, options: { allowed?: (url: string) => boolean, label?: string } = {}): Promise<{ page: Page, problems: PageProblems }> {
  const page = await browser.newPage()
  await page.setViewport({ width: 1280, height: 720 })
  const problems: PageProblems = { consoleMessages: [], pageErrors: [], offMachineRequests: [] }
  await watchFirefoxPage(page, problems, options)
  return { page, problems }
}
