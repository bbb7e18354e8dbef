// npm run build [-- --out DIR] [--base /repo/] [--router-mode hash] [--without-notes] [--lang zh]: the deck as a
// static site (presenter mode included) in dist/, or DIR; in Chinese with --lang zh (notes in both languages).
// `slidev build` through node/slidev-adapter.ts, so --out replaces dist/ instead of being passed to Slidev a second
// time.
import type { DeckBuild } from '../node/slidev-adapter.ts'
import { resolve } from 'node:path'
import process from 'node:process'
import { buildDeck } from '../node/slidev-adapter.ts'
import { commandLine, LANG_OPTION, langsFrom, readCommandLine } from './lib/cli.ts'

const ROUTER_MODES = ['hash', 'history'] as const

/** The build the command line asks for; refused at once when it is not understood. */
function buildChoice(args: string[]): DeckBuild {
  const { values } = readCommandLine({
    args,
    options: {
      ...LANG_OPTION,
      'out': { type: 'string' },
      'base': { type: 'string' },
      'router-mode': { type: 'string' },
      'without-notes': { type: 'boolean' },
    },
  })
  const langs = langsFrom(values.lang)
  if (langs.length !== 1)
    throw new Error('--lang is en or zh for one site; build each language into its own --out')
  const routerMode = ROUTER_MODES.find(mode => mode === values['router-mode'])
  if (values['router-mode'] !== undefined && !routerMode)
    throw new Error(`--router-mode is hash or history; got "${values['router-mode']}"`)
  return {
    outDir: resolve(values.out ?? 'dist'),
    base: values.base,
    routerMode,
    withoutNotes: values['without-notes'] ?? false,
    lang: langs[0],
  }
}

async function main(build: DeckBuild): Promise<number> {
  try {
    await buildDeck({ ...build, echo: true })
    return 0
  }
  catch (error) {
    // Slidev's own messages were shown as they came; its last lines need not be repeated.
    console.error(`build: ${(error as Error).message.split('\n')[0]}`)
    return 1
  }
}

process.exitCode = await main(commandLine('build', () => buildChoice(process.argv.slice(2))))
