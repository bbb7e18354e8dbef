// Finds the Firefox ESR the browser tests run as their second engine (tests/browser/firefox.ts) and that npm test's
// preflight looks for (scripts/lib/system-tools.ts): one rule for both, FIREFOX_PATH, else the usual system paths.
import { existsSync } from 'node:fs'
import process from 'node:process'

export const SYSTEM_FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'] as const

export const HOW_TO_GET_FIREFOX = [
  'No Firefox was found. Install Firefox ESR, then try again:',
  '  Debian/Ubuntu: sudo apt-get install -y firefox-esr',
  'or point FIREFOX_PATH at an existing Firefox, e.g. FIREFOX_PATH=/opt/firefox/firefox',
].join('\n')

/** FIREFOX_PATH, else the usual system paths; throws saying how to get one when none is there. */
export function findFirefox(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string {
  const named = env.FIREFOX_PATH?.trim()
  if (named) {
    if (!exists(named))
      throw new Error(`FIREFOX_PATH is set to "${named}", but no file is there.\n${HOW_TO_GET_FIREFOX}`)
    return named
  }
  const fromSystem = SYSTEM_FIREFOX_PATHS.find(path => exists(path))
  if (!fromSystem)
    throw new Error(HOW_TO_GET_FIREFOX)
  return fromSystem
}
