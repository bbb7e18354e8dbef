// npm run build [-- --out DIR] [--base /repo/] [--router-mode hash] [--without-notes] [--lang zh]: the deck as a
// static site (presenter mode included) in dist/, or DIR; in Chinese with --lang zh (notes in both languages). `slidev build` through node/slidev-adapter.ts, so --out
// replaces dist/ instead of being passed to Slidev a second time.
import { resolve } from 'node:path'
import process from 'node:process'
import { langsFromArgs } from '../node/process-lang.ts'
import { buildDeck } from '../node/slidev-adapter.ts'
import { optionValue } from './lib/paths.ts'

const WITH_VALUE = ['--out', '--base', '--router-mode']
const FLAGS = ['--without-notes']

async function main(given: readonly string[]): Promise<number> {
  try {
    const { langs, rest: args } = langsFromArgs(given)
    if (langs.length !== 1)
      throw new Error('--lang is en or zh for one site; build each language into its own --out')
    const unknown = args.filter((arg, i) => !WITH_VALUE.includes(arg) && !FLAGS.includes(arg) && !WITH_VALUE.includes(args[i - 1] ?? ''))
    if (unknown.length) {
      throw new Error(`unknown ${unknown.join(' ')}; it takes ${[
        ...WITH_VALUE,
        ...FLAGS,
      ].join(', ')}`)
    }
    const routerMode = optionValue(args, '--router-mode')
    if (routerMode !== undefined && routerMode !== 'hash' && routerMode !== 'history')
      throw new Error(`--router-mode is hash or history; got "${routerMode}"`)
    await buildDeck({
      outDir: resolve(optionValue(args, '--out') ?? 'dist'),
      base: optionValue(args, '--base'),
      routerMode,
      withoutNotes: args.includes('--without-notes'),
      echo: true,
      lang: langs[0],
    })
    return 0
  }
  catch (error) {
    // Slidev's own messages were shown as they came; its last lines need not be repeated.
    console.error(`build: ${(error as Error).message.split('\n')[0]}`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
