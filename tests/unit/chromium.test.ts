import type { ChromiumLookup } from '../../scripts/lib/chromium.ts'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../scripts/lib/chromium.ts'

function lookup(files: string[], env: Record<string, string> = {}, playwright?: string): ChromiumLookup {
  return {
    env,
    exists: path => files.includes(path),
    playwrightPath: () => playwright,
  }
}

describe('findChromium', () => {
  it('uses CHROMIUM_PATH first, even when other browsers exist', () => {
    expect(findChromium(lookup(['/opt/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome' }))).toBe('/opt/chrome')
  })

  it('stops with the path in the message when CHROMIUM_PATH names no file', () => {
    expect(() => findChromium(lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' })))
      .toThrow(/CHROMIUM_PATH is set to "\/nope\/chrome", but no file is there/)
  })

  it('prefers a Chromium that Playwright installed over the system one', () => {
    const cached = '/root/.cache/ms-playwright/chromium-1/chrome'
    expect(findChromium(lookup([cached, '/usr/bin/chromium'], {}, cached))).toBe(cached)
  })

  it('ignores a Playwright path whose browser was never downloaded', () => {
    expect(findChromium(lookup(['/usr/bin/chromium'], {}, '/root/.cache/ms-playwright/missing'))).toBe('/usr/bin/chromium')
  })

  it('falls back to Google Chrome when there is no chromium', () => {
    expect(findChromium(lookup(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome')
  })

  it('says how to get a browser when none is found', () => {
    expect(() => findChromium(lookup([]))).toThrow(/apt-get install -y chromium[\s\S]*CHROMIUM_PATH=/)
  })
})
