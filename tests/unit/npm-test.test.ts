// scripts/test.ts, npm test: on this machine with its PATH emptied and the browsers' *_PATH pointing nowhere, it
// stops in seconds with the preflight's message (scripts/lib/system-tools.ts), before vitest or any check starts.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

const aptLine = (message: string) => message.match(/sudo apt-get update && sudo apt-get install -y (.+)$/m)?.[1]

describe('npm test on a machine without the programs', () => {
  const emptyBin = mkdtempSync(join(tmpdir(), 'no-tools-'))
  afterAll(() => rmSync(emptyBin, { recursive: true, force: true }))

  it('stops within seconds with the message, before vitest or any check starts', () => {
    const started = performance.now()
    const result = spawnSync(process.execPath, [
      join(PROJECT_ROOT, 'scripts/test.ts'),
    ], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: emptyBin,
        HOME: process.env.HOME,
        CHROMIUM_PATH: '/nowhere/chromium',
        FIREFOX_PATH: '/nowhere/firefox',
      },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(performance.now() - started).toBeLessThan(5000)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^npm test stops before testing/)
    expect(result.stderr).not.toMatch(/RUN|vitest|npm run (typecheck|lint)/)
    expect(aptLine(result.stderr)).toBe('chromium firefox-esr poppler-utils mupdf-tools libreoffice-impress git procps')
  }, 20_000)
})
