// npm run dev [-- --lang zh]: present the deck, in English or (--lang zh) in Simplified Chinese; the presenter
// view can show the notes in either language whatever the slides' (its button beside the timer). Opens the
// browser unless running under CI; other arguments go to Slidev (for example `npm run dev -- --remote` to drive
// the deck from a phone).
import process from 'node:process'
import { langsFromArgs } from '../build/deck-lang.ts'
import { presentDeck } from '../build/slidev-adapter.ts'

async function main(args: readonly string[]): Promise<number> {
  let chosen: ReturnType<typeof langsFromArgs>
  try {
    chosen = langsFromArgs(args)
    if (chosen.langs.length !== 1)
      throw new Error('--lang is en or zh: one deck is presented at a time')
  }
  catch (error) {
    console.error(`dev: ${(error as Error).message}`)
    return 1
  }
  return presentDeck(chosen.rest, { open: !process.env.CI, lang: chosen.langs[0] })
}

process.exitCode = await main(process.argv.slice(2))
