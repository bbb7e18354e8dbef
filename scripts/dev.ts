// npm run dev [-- --lang zh] [-- --remote[=PASSWORD]]: present the deck, in English or (--lang zh) in Simplified
// Chinese; the presenter view can show the notes in either language whatever the slides' (its button beside the
// timer). Opens the browser unless running under CI. `--remote` serves it to the network behind a password (one is
// made when none is given) and prints the phone remote's address (node/remote-mode.ts). Other arguments go to
// Slidev (for example `--port 3031`).
import process from 'node:process'
import { langsFromArgs } from '../node/process-lang.ts'
import { remoteFromArgs } from '../node/remote-mode.ts'
import { presentDeck } from '../node/slidev-adapter.ts'

async function main(args: readonly string[]): Promise<number> {
  let chosen: ReturnType<typeof langsFromArgs>
  let remote: ReturnType<typeof remoteFromArgs>
  try {
    chosen = langsFromArgs(args)
    if (chosen.langs.length !== 1)
      throw new Error('--lang is en or zh: one deck is presented at a time')
    remote = remoteFromArgs(chosen.rest, undefined, process.env)
  }
  catch (error) {
    console.error(`dev: ${(error as Error).message}`)
    return 1
  }
  return presentDeck(remote.rest, { open: !process.env.CI, lang: chosen.langs[0], remote: remote.remote })
}

process.exitCode = await main(process.argv.slice(2))
