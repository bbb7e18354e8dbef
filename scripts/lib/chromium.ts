import type * as Playwright from 'playwright-core'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
// Finds a Chromium for export, handout and browser tests. Nothing may download a browser here,
// so the order is: what the user names, what Playwright already installed, then the usual system paths.
import process from 'node:process'

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
] as const

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium or Chrome was found. Install one, then try again:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS/Windows: install Google Chrome',
  'or point CHROMIUM_PATH at an existing browser, e.g. CHROMIUM_PATH=/usr/bin/chromium npm run export',
].join('\n')

export interface ChromiumLookup {
  env: Record<string, string | undefined>
  exists: (path: string) => boolean
  playwrightPath: () => string | undefined
}

function playwrightInstalledChromium(): string | undefined {
  try {
    // Loaded when asked, not with this file: the driver takes seconds to load on a busy machine, and a script that
    // refuses its command line should not wait for it first.
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof Playwright
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** This machine: its environment, its files and Playwright's own download folder. */
export const realLookup: ChromiumLookup = {
  env: process.env,
  exists: existsSync,
  playwrightPath: playwrightInstalledChromium,
}

/** Returns the browser to use, or throws an error that says how to get one. */
export function findChromium(lookup: ChromiumLookup = realLookup): string {
  const named = lookup.env.CHROMIUM_PATH?.trim()
  if (named) {
    if (!lookup.exists(named))
      throw new Error(`CHROMIUM_PATH is set to "${named}", but no file is there.\n${HOW_TO_GET_CHROMIUM}`)
    return named
  }
  const fromPlaywright = lookup.playwrightPath()
  if (fromPlaywright && lookup.exists(fromPlaywright))
    return fromPlaywright
  const fromSystem = SYSTEM_CHROMIUM_PATHS.find(path => lookup.exists(path))
  if (fromSystem)
    return fromSystem
  throw new Error(HOW_TO_GET_CHROMIUM)
}

/** Flags for a headless Chromium on a closed network, as root on CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
