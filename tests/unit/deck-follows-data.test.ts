import type { HmrContext, ModuleNode } from 'vite'
// The dev server re-reads slides.md when data/ changes, so notes filled from the data module
// ([[fig:...]] tokens) never show a stale figure. Checked against a stand-in for Slidev's loader.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deckFollowsData } from '../../setup/vite-plugins.ts'

const root = mkdtempSync(join(tmpdir(), 'deck-follows-data-'))
const entry = join(root, 'slides.md')
writeFileSync(entry, '# Slide\n\n<!--\nSay [[fig:x]].\n-->\n')
afterAll(() => rmSync(root, { recursive: true, force: true }))

function devServer(reload: (ctx: HmrContext) => Promise<string> = async ctx => ctx.read()) {
  const reads: { file: string, text: string }[] = []
  const errors: string[] = []
  const invalidated: string[] = []
  const slideModule = { id: `${entry}__slidev_3.frontmatter` } as ModuleNode
  const chart = {
    id: join(root, 'components/Chart.vue'),
  } as ModuleNode
  const loader = {
    name: 'slidev:loader',
    async handleHotUpdate(ctx: HmrContext) {
      reads.push({ file: ctx.file, text: await reload(ctx) })
      return [slideModule]
    },
  }
  const server = {
    config: {
      plugins: [loader],
      logger: {
        warn: () => {},
        error: (message: string) => errors.push(message),
      },
    },
    moduleGraph: {
      idToModuleMap: new Map([
        [slideModule.id, slideModule],
        [chart.id, chart],
      ]),
      invalidateModule: (module: ModuleNode) => invalidated.push(module.id!),
    },
  }
  return {
    server,
    reads,
    errors,
    invalidated,
    slideModule,
  }
}

async function change(file: string, dev: ReturnType<typeof devServer>, dataModule = { id: file } as ModuleNode) {
  const plugin = deckFollowsData(root, entry)
  const hook = plugin.handleHotUpdate as (ctx: HmrContext) => Promise<ModuleNode[] | void>
  const ctx = {
    file,
    timestamp: 1,
    modules: [dataModule],
    read: async () => 'changed data',
    server: dev.server,
  } as unknown as HmrContext
  return hook.call({}, ctx)
}

describe('deckFollowsData (setup/vite-plugins.ts)', () => {
  it('has Slidev re-read the deck file when a data file changes, and marks the slides stale', async () => {
    const dev = devServer()
    const dataModule = {
      id: join(root, 'data/figures.ts'),
    } as ModuleNode
    const updated = await change(join(root, 'data/figures.ts'), dev, dataModule)
    expect(dev.reads).toEqual([
      { file: entry, text: '# Slide\n\n<!--\nSay [[fig:x]].\n-->\n' },
    ])
    expect(dev.invalidated).toEqual([dev.slideModule.id])
    expect(updated).toEqual([dataModule, dev.slideModule])
  })

  it('still updates the data module when the notes cannot be filled, and says why in the terminal', async () => {
    const dev = devServer(async () => {
      throw new Error('slides.md, slide 1, in the speaker notes: a token the data module cannot fill')
    })
    const dataModule = { id: '\0virtual:deck-data' } as ModuleNode
    expect(await change(join(root, 'data/figures.ts'), dev, dataModule)).toEqual([dataModule])
    expect(dev.errors).toEqual([
      expect.stringContaining('a token the data module cannot fill'),
    ])
    expect(dev.invalidated).toEqual([])
  })

  it('leaves other changes to Vite and Slidev', async () => {
    const dev = devServer()
    expect(await change(join(root, 'components/Chart.vue'), dev)).toBeUndefined()
    expect(await change('/deck/database/notes.ts', dev)).toBeUndefined()
    expect(dev.reads).toEqual([])
  })

  it('runs only in the dev server', () => {
    expect(deckFollowsData(root, entry).apply).toBe('serve')
  })
})
