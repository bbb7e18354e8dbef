// npm run dev [-- --lang zh] [-- --remote[=PASSWORD]]: present the deck, in English or (--lang zh) in Simplified
// Chinese; the presenter view can show the notes in either language whatever the slides' (its button beside the
// timer). Opens the browser unless running under CI. `--remote` serves it to the network behind a password (one is
// made when none is given) and prints the phone remote's address (node/remote-mode.ts). Slidev's own dev-server
// options go to Slidev (for example `--port 3031`); anything else is refused at once.
import type { PresentOptions } from '../node/slidev-adapter.ts'
import process from 'node:process'
import { remoteChoice, withoutBareRemote } from '../node/remote-mode.ts'
import { presentDeck, SLIDEV_DEV_OPTIONS } from '../node/slidev-adapter.ts'
import { commandLine, LANG_OPTION, langsFrom, readCommandLine } from './lib/cli.ts'

/** Slidev's --log levels. */
const LOG_LEVELS = ['error', 'warn', 'info', 'silent']

/** What the command line asks for: the Slidev arguments passed on, and the deck's own choices. */
function devChoice(given: string[]): { slidevArgs: string[], options: PresentOptions } {
  const { args, bare } = withoutBareRemote(given)
  const { values } = readCommandLine({
    args,
    options: {
      ...LANG_OPTION,
      remote: { type: 'string' },
      port: { type: 'string', short: 'p' },
      bind: { type: 'string' },
      ...SLIDEV_DEV_OPTIONS,
    },
  }, ['remote'])
  const langs = langsFrom(values.lang)
  if (langs.length !== 1)
    throw new Error('--lang is en or zh: one deck is presented at a time')
  const port = values.port === undefined
    ? undefined
    : Number(values.port)
  if (port !== undefined && !(/^\d+$/.test(values.port!) && port > 0 && port < 65536))
    throw new Error(`--port is a port number, 1 to 65535; got "${values.port}"`)
  if (values.log !== undefined && !LOG_LEVELS.includes(values.log))
    throw new Error(`--log is one of ${LOG_LEVELS.join(', ')}; got "${values.log}"`)
  const slidevArgs = Object.entries(values)
    .filter(([name]) => name in SLIDEV_DEV_OPTIONS)
    .flatMap(([name, value]) => typeof value === 'string'
      ? [`--${name}`, value]
      : [`--${name}`])
  return {
    slidevArgs,
    options: {
      open: !process.env.CI,
      lang: langs[0],
      remote: remoteChoice(values.remote, bare, undefined, process.env),
      port,
      bind: values.bind,
    },
  }
}

const { slidevArgs, options } = commandLine('dev', () => devChoice(process.argv.slice(2)))
process.exitCode = await presentDeck(slidevArgs, options)
