// npm test's preflight (scripts/lib/system-tools.ts, run first by scripts/test.ts): on made-up machines, the message
// names exactly the programs missing and the apt-get line that installs them (tests/unit/npm-test.test.ts runs it).
import type { ChromiumLookup } from '../../scripts/lib/chromium.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { missingTools, missingToolsMessage, SYSTEM_TOOLS } from '../../scripts/lib/system-tools.ts'

const EVERY_COMMAND = SYSTEM_TOOLS.flatMap(tool => tool.commands.map(command => `/usr/bin/${command}`))
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/firefox-esr']

/** A machine with these files and PATH=/usr/bin, unless `env` says otherwise. */
function machine(files: readonly string[], env: Record<string, string> = {}, playwright?: string): ChromiumLookup {
  return {
    env: { PATH: '/usr/bin', ...env },
    exists: path => files.includes(path),
    playwrightPath: () => playwright,
  }
}

const messageOn = (...args: Parameters<typeof machine>) => missingToolsMessage(missingTools(machine(...args)))
const aptLine = (message: string | undefined) => message?.match(/sudo apt-get update && sudo apt-get install -y (.+)$/m)?.[1]

describe('missingToolsMessage', () => {
  it('says nothing when every program is there', () => {
    expect(messageOn([
      ...EVERY_COMMAND,
      ...BROWSERS,
    ])).toBeUndefined()
  })

  it('names exactly the missing programs, and only their packages in the apt-get line', () => {
    const message = messageOn([
      ...EVERY_COMMAND.filter(path => path !== '/usr/bin/pdftoppm' && path !== '/usr/bin/mutool'),
      '/usr/bin/chromium',
    ])
    expect(message?.split('\n').filter(line => line.startsWith('  ') && !line.includes('apt-get'))).toEqual([
      '  Firefox ESR (the second engine\'s tests): No Firefox was found',
      '  poppler (reading the PDFs): pdftoppm not on PATH',
      '  mupdf (the PDF\'s outline): mutool not on PATH',
    ])
    expect(aptLine(message)).toBe('firefox-esr poppler-utils mupdf-tools')
    expect(message).toMatch(/FIREFOX_PATH/)
  })

  it('names every program on a bare machine, with one line that installs them all', () => {
    const message = messageOn([], { PATH: '' })
    for (const tool of SYSTEM_TOOLS)
      expect(message).toContain(`  ${tool.name} (`)
    expect(aptLine(message)).toBe('chromium firefox-esr poppler-utils mupdf-tools libreoffice-impress git procps')
  })

  it('leaves the browser hint out when both browsers are there', () => {
    expect(messageOn([
      ...EVERY_COMMAND.filter(path => path !== '/usr/bin/soffice'),
      ...BROWSERS,
    ])).not.toMatch(/CHROMIUM_PATH|FIREFOX_PATH/)
  })
})

describe('missingTools finds the browsers as the tests do', () => {
  it('takes a Chromium that Playwright downloaded, and Google Chrome', () => {
    const cached = '/root/.cache/ms-playwright/chromium-1/chrome'
    expect(messageOn([...EVERY_COMMAND, cached, '/usr/bin/firefox-esr'], {}, cached)).toBeUndefined()
    expect(messageOn([...EVERY_COMMAND, '/usr/bin/google-chrome', '/usr/bin/firefox'])).toBeUndefined()
  })

  it('counts a browser as missing when its *_PATH names no file, though one is installed', () => {
    const missing = missingTools(machine([
      ...EVERY_COMMAND,
      ...BROWSERS,
    ], { CHROMIUM_PATH: '/opt/none/chrome' }))
    expect(missing.map(({ tool, why }) => [tool.debianPackage, why])).toEqual([
      ['chromium', 'CHROMIUM_PATH is set to "/opt/none/chrome", but no file is there'],
    ])
  })

  it('looks in every folder of PATH', () => {
    const split = [
      '/opt/poppler/pdfinfo',
      ...EVERY_COMMAND.filter(path => path !== '/usr/bin/pdfinfo'),
      ...BROWSERS,
    ]
    expect(messageOn(split, { PATH: '/usr/bin::/opt/poppler' })).toBeUndefined()
    expect(messageOn(split)).toMatch(/poppler .*: pdfinfo not on PATH/)
  })
})

describe('sYSTEM_TOOLS', () => {
  // npm comes with Node, bash and tar with every Debian and Ubuntu (Essential packages); all else must be listed.
  const ALWAYS_THERE = new Set(['npm', 'bash', 'tar'])
  const STARTED_BY_NAME = /(?:\bexecFileSync|\bexecFile|\bspawnSync|\bspawn|\brun|promisify\(execFile\))\(\s*'([\w.-]+)'/g

  it('lists every program the tests and scripts start by name', () => {
    const started = new Set<string>()
    for (const folder of ['tests', 'scripts', 'node']) {
      for (const file of readdirSync(join(PROJECT_ROOT, folder), { recursive: true }) as string[]) {
        if (file.endsWith('.ts')) {
          for (const [, command] of readFileSync(join(PROJECT_ROOT, folder, file), 'utf8').matchAll(STARTED_BY_NAME))
            started.add(command!)
        }
      }
    }
    expect(started.size).toBeGreaterThan(5) // the pattern still finds them
    const listed = new Set(SYSTEM_TOOLS.flatMap(tool => tool.commands))
    expect([...started].filter(command => !listed.has(command) && !ALWAYS_THERE.has(command))).toEqual([])
  })
})
