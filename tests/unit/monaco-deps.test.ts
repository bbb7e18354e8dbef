import type { UserConfig } from 'vite'
// The dev server leaves TypeScript out of Slidev's pre-bundled dependencies unless a slide shows Monaco
// (setup/vite-plugins.ts): that bundle is most of a cold start's wait before slide 1. Left out while a page
// still imported it, Vite would find it mid-talk, re-bundle and reload the presenter's page; so the installed
// Slidev is checked too: its client must import it only for Monaco.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { devUsesMonaco, MONACO_ONLY_DEPS, monacoDepsOnlyWhenUsed } from '../../setup/vite-plugins.ts'

const require = createRequire(import.meta.url)
const root = mkdtempSync(join(tmpdir(), 'monaco-deps-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** The include list after the plugin's config hook, given one written the way Slidev writes its own. */
function includeAfter(usesMonaco: boolean, include: string[]): string[] | undefined {
  const config: UserConfig = {
    optimizeDeps: {
      include: [...include],
    },
  }
  const hook = monacoDepsOnlyWhenUsed(usesMonaco).config as (config: UserConfig) => void
  hook(config)
  return config.optimizeDeps?.include
}

const SLIDEV_STYLE = [
  'd3-geo',
  '@slidev/cli > @slidev/client > typescript',
  '@slidev/cli > @slidev/client > @typescript/ata',
  '@slidev/cli > @slidev/client > yaml',
  'typescript',
]

describe('monacoDepsOnlyWhenUsed', () => {
  it('takes TypeScript and its type loader out of the list when no slide shows Monaco, and nothing else', () => {
    expect(includeAfter(false, SLIDEV_STYLE)).toEqual(['d3-geo', '@slidev/cli > @slidev/client > yaml'])
  })

  it('keeps the list as it is when a slide shows Monaco', () => {
    expect(includeAfter(true, SLIDEV_STYLE)).toEqual(SLIDEV_STYLE)
  })
})

describe('devUsesMonaco, on decks Slidev has read', () => {
  async function devOptions(name: string, headmatter: string, body: string) {
    const entry = join(root, `${name}.md`)
    writeFileSync(entry, `---\n${headmatter}\n---\n\n# One\n\n${body}\n`)
    const { resolveOptions } = await import('@slidev/cli')
    return resolveOptions({ entry }, 'dev')
  }
  const monacoBlock = '```ts {monaco}\nconst x = 1\n```'

  it('is true for a Monaco block with monaco on (Slidev\'s default) or on in dev only', async () => {
    expect(devUsesMonaco(await devOptions('default', 'title: x', monacoBlock))).toBe(true)
    expect(devUsesMonaco(await devOptions('dev', 'monaco: dev', monacoBlock))).toBe(true)
  }, 30_000)

  it('is false without a Monaco block, or with monaco off or on for builds only', async () => {
    expect(devUsesMonaco(await devOptions('plain', 'title: x', '```ts\nconst x = 1\n```'))).toBe(false)
    expect(devUsesMonaco(await devOptions('off', 'monaco: false', monacoBlock))).toBe(false)
    expect(devUsesMonaco(await devOptions('build', 'monaco: build', monacoBlock))).toBe(false)
  }, 30_000)
})

describe('the installed Slidev, as the dev server relies on it', () => {
  const clientRoot = dirname(require.resolve('@slidev/client/package.json'))

  it('imports TypeScript and @typescript/ata only in its Monaco setup and code runners', () => {
    const sources = (readdirSync(clientRoot, { recursive: true }) as string[])
      .filter(file => /\.(?:ts|vue|js|mjs)$/.test(file) && !file.includes('node_modules'))
    const importers = sources.filter((file) => {
      const text = readFileSync(join(clientRoot, file), 'utf8')
      return MONACO_ONLY_DEPS.some(dep => new RegExp(`(?:from|import\\()\\s*'${dep}'`).test(text))
    }).sort()
    expect(importers, 'a file of @slidev/client other than its Monaco setup imports TypeScript: left out of the pre-bundle (setup/vite-plugins.ts), it would make Vite re-bundle and reload the page when that file loads')
      .toEqual(['setup/code-runners.ts', 'setup/monaco.ts'])
  })
})
