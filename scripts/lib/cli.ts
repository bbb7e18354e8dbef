import type { ParseArgsConfig } from 'node:util'
import type { DeckLang } from '../../components/lib/deck-lang.ts'
// The scripts' command lines, read by Node's own parseArgs with `strict: true`: an unknown option, an option
// without its value or with a wrong one is refused at once, on one line naming it, before anything is built or
// written. The options several scripts share (--lang, --out-dir) and the rule for the languages --lang names
// live here, once.
import { writeSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { DECK_LANGS, isDeckLang } from '../../components/lib/deck-lang.ts'

/** `--lang en|zh|all`: the slides' language, or both; English when not given (dev, build, every export). */
export const LANG_OPTION = {
  lang: { type: 'string' },
} as const
/** `--out-dir DIR`: the folder an export writes into; exports/ when not given. */
export const OUT_DIR_OPTION = {
  'out-dir': { type: 'string' },
} as const

/** The languages `--lang` names, in order; English alone without it. */
export function langsFrom(value: string | undefined): DeckLang[] {
  if (value === undefined)
    return ['en']
  if (value === 'all')
    return [...DECK_LANGS]
  if (!isDeckLang(value))
    throw new Error(`--lang must be one of ${[...DECK_LANGS, 'all'].join(', ')}; got "${value}"`)
  return [value]
}

type CommandLineConfig = Pick<ParseArgsConfig, 'args' | 'options' | 'allowPositionals'>

/** `--name (-n)` for each option, as the refusals list them. */
function optionNames(config: CommandLineConfig): string {
  const names = Object.entries(config.options ?? {}).map(([name, option]) => option.short
    ? `--${name} (-${option.short})`
    : `--${name}`)
  return names.length
    ? `it takes ${names.join(', ')}`
    : 'it takes no options'
}

/**
 * Why parseArgs refused a command line, in one line naming the argument. Read from the command line's tokens
 * (parseArgs again, not strict) rather than from Node's message, whose wording is not an interface.
 */
function refusal(config: CommandLineConfig, error: Error): string {
  const { tokens } = parseArgs({
    ...config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  for (const token of tokens) {
    if (token.kind === 'positional' && !config.allowPositionals)
      return `unexpected argument "${token.value}"; ${optionNames(config)}`
    if (token.kind !== 'option')
      continue
    const option = config.options?.[token.name]
    if (!option)
      return `unknown option ${token.rawName}; ${optionNames(config)}`
    // parseArgs takes the next argument as the value even when it is an option, then refuses it as ambiguous.
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      return `${token.rawName} needs a value`
    if (option.type === 'boolean' && token.inlineValue)
      return `${token.rawName} takes no value; got "${token.value}"`
  }
  return error.message
}

/**
 * The command line read by parseArgs, strictly; a refusal (an Error) names the option or argument and what the
 * command takes. An empty value (`--out-dir=`) is refused as a missing one, unless its option is in `emptyAllowed`.
 */
export function readCommandLine<T extends CommandLineConfig>(config: T, emptyAllowed: readonly string[] = []) {
  let parsed
  try {
    parsed = parseArgs({ ...config, strict: true })
  }
  catch (error) {
    throw new Error(refusal(config, error as Error))
  }
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' && !emptyAllowed.includes(name))
      throw new Error(`--${name} needs a value`)
  }
  return parsed
}

/**
 * What `read` makes of the command line (readCommandLine and the checks of its values), or, when it refuses,
 * `script: why` on stderr and exit code 1, before anything else is done.
 */
export function commandLine<T>(script: string, read: () => T): T {
  try {
    return read()
  }
  catch (error) {
    // Written synchronously: process.exit does not wait for a pipe on every system (macOS).
    writeSync(2, `${script}: ${(error as Error).message}\n`)
    process.exit(1)
  }
}

/** A whole number of at least 1 from `--name`'s value, or a refusal naming it. */
export function countFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined)
    return fallback
  const count = Number(value)
  if (!/^\d+$/.test(value) || count < 1)
    throw new Error(`--${name} is a whole number of 1 or more; got "${value}"`)
  return count
}
