import type { HmrContext, ModuleNode, Plugin } from 'vite'
import type { ServedDeckData } from '../../data/lookup.ts'
import type { DeckDataPluginOptions } from '../../node/deck-data-plugin.ts'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateDeckData } from '../../data/validate.ts'
import { readDeckMarkdown } from '../../node/deck-check.ts'
import { DECK_DATA_ID, deckDataPlugin } from '../../node/deck-data-plugin.ts'
import { claimsDeck } from '../fixtures/claims-deck.ts'
import { fixtureDeck, withValue } from '../fixtures/deck.ts'

type Hook = (this: unknown, ...args: unknown[]) => unknown
const hook = (plugin: Plugin, name: keyof Plugin) => plugin[name] as Hook
const context = {
  error: (message: string): never => { throw new Error(message) },
}

/** The plugin as Vite runs it for `slidev build` (buildStart, then load) or the dev server. */
async function started(command: 'build' | 'serve', options: DeckDataPluginOptions): Promise<Plugin> {
  const plugin = deckDataPlugin(options)
  hook(plugin, 'configResolved').call(plugin, { command })
  await hook(plugin, 'buildStart').call(context)
  return plugin
}

/** The virtual module run as a page runs it. */
async function served(plugin: Plugin): Promise<ServedDeckData> {
  const id = hook(plugin, 'resolveId')(DECK_DATA_ID) as string
  const code = await hook(plugin, 'load')(id) as string
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`) as { default: ServedDeckData }).default
}

const slides = (file: string) => () => readDeckMarkdown(process.cwd(), file)

/** A deck folder whose data/raw.ts holds `records`, as an analyst's copy would. */
function deckFolder(records: unknown): { root: string, write: (records: unknown) => void } {
  const root = mkdtempSync(join(tmpdir(), 'deck-data-'))
  mkdirSync(join(root, 'data'))
  const write = (next: unknown) => writeFileSync(join(root, 'data', 'raw.ts'), `export const rawDeckData = ${JSON.stringify(next)}\n`)
  write(records)
  return { root, write }
}

describe('the deck data plugin in `slidev build`', () => {
  it('stops the build before bundling, naming record, field and value', async () => {
    await expect(started('build', {
      root: process.cwd(),
      input: withValue('south-cloud', 144),
    }))
      .rejects
      .toThrow(/"south-cloud": field "value" must be a share between 0 and 100 percent \(got 144\)/)
  })

  it('stops the build on an id a slide asks for that the data does not have, in the notes too', async () => {
    for (const [file, line] of [
      ['unknown-figure.md', 3],
      ['unknown-token.md', 7],
    ] as const) {
      await expect(started('build', {
        root: process.cwd(),
        input: fixtureDeck(),
        markdown: slides(`tests/fixtures/${file}`),
      }))
        .rejects
        .toThrow(`${file} line ${line}: asks for figure id "no-such-figure"`)
    }
  })

  it('reads the records of the deck it builds, from its own data/raw.ts', async () => {
    const { root } = deckFolder(withValue('south-cloud', 144))
    await expect(started('build', { root })).rejects.toThrow(/\(got 144\)/)
  })

  it('serves the pages the data it validated, defaults filled in', async () => {
    const deck = claimsDeck()
    deck.claims![2]!.backupOnly = true
    const plugin = await started('build', {
      root: process.cwd(),
      input: deck,
      markdown: slides('tests/fixtures/claims-slides.md'),
    })
    const module = await served(plugin)
    expect(module).toEqual({
      data: {
        ...validateDeckData(deck),
        lang: 'en',
      },
    })
    expect(module.data!.claims.map(claim => claim.backupOnly)).toEqual([false, true, true])
  })

  it('serves a Chinese deck its records\' Chinese text, and says the language', async () => {
    const deck = claimsDeck()
    deck.claims![2]!.backupOnly = true
    deck.claims![0]!.zh = { text: '中文的论断。' }
    const plugin = await started('build', {
      root: process.cwd(),
      input: deck,
      markdown: slides('tests/fixtures/claims-slides.md'),
      lang: 'zh',
    })
    const module = await served(plugin)
    expect(module.data!.lang).toBe('zh')
    expect(module.data!.claims[0]!.text).toBe('中文的论断。')
    expect(module.data!.claims[1]!.text).toBe(validateDeckData(deck).claims[1]!.text)
  })

  // A page shows one language's records: the other's would only add to what every window downloads.
  it('serves each deck its own language alone, without the translations beside the texts', async () => {
    const deck = claimsDeck()
    deck.claims![2]!.backupOnly = true
    deck.claims![0]!.zh = { text: '中文的论断。' }
    for (const lang of ['en', 'zh'] as const) {
      const module = await served(await started('build', {
        root: process.cwd(),
        input: deck,
        markdown: slides('tests/fixtures/claims-slides.md'),
        lang,
      }))
      const json = JSON.stringify(module.data)
      expect(json).not.toMatch(/"zh":/)
      expect(module.data!.claims[0]!.text).toBe(lang === 'zh'
        ? '中文的论断。'
        : deck.claims![0]!.text)
      expect(json.includes('中文的论断。')).toBe(lang === 'zh')
    }
  })
})

describe('the deck data plugin in the dev server', () => {
  it('keeps running on invalid data and serves the problems instead', async () => {
    const { root } = deckFolder(withValue('south-cloud', 144))
    const plugin = await started('serve', { root })
    const module = await served(plugin)
    expect(module.data).toBeUndefined()
    expect(module.problems).toEqual([
      expect.stringMatching(/"south-cloud": field "value" .*\(got 144\)/),
    ])
  })

  it('serves an edit under data/ at once: the module is updated and loaded afresh', async () => {
    const { root, write } = deckFolder(withValue('south-cloud', 144))
    const plugin = await started('serve', { root })
    expect((await served(plugin)).problems).toHaveLength(1)

    write(withValue('south-cloud', 31))
    const virtual = { id: `\0${DECK_DATA_ID}` } as ModuleNode
    const invalidated: ModuleNode[] = []
    const server = {
      moduleGraph: {
        getModuleById: (id: string) => id === virtual.id
          ? virtual
          : undefined,
        invalidateModule: (module: ModuleNode) => invalidated.push(module),
      },
    }
    const update = (file: string) => hook(plugin, 'handleHotUpdate')({ file, modules: [], server } as unknown as HmrContext)
    expect(update(join(root, 'slides.md'))).toBeUndefined()
    expect(update(join(root, 'data', 'raw.ts'))).toEqual([virtual])
    expect(invalidated).toEqual([virtual])

    const module = await served(plugin)
    expect(module.problems).toBeUndefined()
    expect(module.data!.figures.find(figure => figure.id === 'south-cloud')).toMatchObject({ value: 31 })
  })
})
