import { describe, expect, inject, it } from 'vitest'
import { takeDevServerTurn } from './dev-server-turn.ts'
import { chromiumForFile, settle, watchedPage } from './harness.ts'

const deckUrl = inject('deckUrl')
takeDevServerTurn()
const browser = chromiumForFile()

// Every slide and click step, the presenter view and the overview are checked for errors and
// off-machine requests in slides.test.ts and presenter.test.ts; this file checks what a fresh visit shows first.
describe('opening the deck', () => {
  it('shows the deck title on the cover and the local favicon', async () => {
    const { page, problems } = await watchedPage(browser())
    await page.goto(`${deckUrl}/1`)
    await settle(page, 1)
    await expect(page.locator('.slidev-page-1 h1').first().textContent()).resolves.toContain('Equinix')
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(icon).toBe('/favicon.svg')
    const response = await page.request.get(`${deckUrl}${icon}`)
    expect(response.headers()['content-type']).toContain('svg')
    expect(problems.offMachineRequests).toEqual([])
    await page.context().close()
  })
})
