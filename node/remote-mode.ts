// `npm run dev -- --remote[=PASSWORD]`: the command line's side of remote mode. There is no open remote mode: a bare
// `--remote` makes a password, and the addresses the command prints carry it. The gate on the server is
// node/remote-gate.ts; the phone's page is components/PhoneRemote.vue at PHONE_REMOTE_PATH.
import { randomBytes } from 'node:crypto'
import { networkInterfaces } from 'node:os'
import { stripVTControlCharacters } from 'node:util'
import { PHONE_REMOTE_PATH } from '../components/lib/remote-protocol.ts'
import { MIN_PASSWORD_LENGTH } from './remote-gate.ts'

/** How the dev server's Vite plugins get the password from scripts/dev.ts (not on the command line, where `ps` shows it). */
export const REMOTE_PASSWORD_ENV = 'DECK_REMOTE_PASSWORD'

export interface RemoteChoice {
  password: string
  /** Made by this command (bare `--remote`), so it must be printed. */
  generated: boolean
}

/** 18 random bytes: 144 bits, 24 URL-safe characters, typed once on a phone at most (the QR code saves that). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url')
}

/**
 * A bare `--remote` (the last argument, or one before another option) taken out of a command line: parseArgs would
 * read the option after it as its password, or refuse it for having none. `--remote=PASSWORD` and
 * `--remote PASSWORD` are left for parseArgs.
 */
export function withoutBareRemote(args: readonly string[]): { args: string[], bare: boolean } {
  const isBare = (arg: string, at: number) => arg === '--remote' && (args[at + 1] ?? '-').startsWith('-')
  return {
    args: args.filter((arg, at) => !isBare(arg, at)),
    bare: args.some(isBare),
  }
}

/**
 * The remote mode a command line asks for: `given` is the password of `--remote=PASSWORD` or `--remote PASSWORD`;
 * a `bare` `--remote` takes the password from REMOTE_PASSWORD_ENV when it is set (a password typed on the command
 * line is visible to the laptop's other users in its process list), else makes one. Refuses an empty password or
 * one shorter than MIN_PASSWORD_LENGTH, naming the rule.
 */
export function remoteChoice(given: string | undefined, bare: boolean, generate = generatePassword, env: Record<string, string | undefined> = {}): RemoteChoice | undefined {
  if (given === undefined && !bare)
    return undefined
  if (given === undefined && env[REMOTE_PASSWORD_ENV] !== undefined) {
    given = env[REMOTE_PASSWORD_ENV]
    if (given.length < MIN_PASSWORD_LENGTH)
      throw new Error(`${REMOTE_PASSWORD_ENV} is ${given.length} characters; it must have at least ${MIN_PASSWORD_LENGTH}`)
  }
  if (given === undefined) {
    return {
      password: generate(),
      generated: true,
    }
  }
  if (given === '')
    throw new Error(`--remote= is empty: give a password of at least ${MIN_PASSWORD_LENGTH} characters (--remote=PASSWORD), or write --remote alone and one is made for you`)
  if (given.length < MIN_PASSWORD_LENGTH)
    throw new Error(`--remote password is ${given.length} characters; it must have at least ${MIN_PASSWORD_LENGTH} (or write --remote alone and one is made for you)`)
  return { password: given, generated: false }
}

/** `url` with the password added to its query, as the gate takes it once. */
export function withPassword(url: string, password: string): string {
  const parsed = new URL(url)
  parsed.searchParams.set('password', password)
  return parsed.toString()
}

/**
 * A line of Slidev's own output with each address of this server (any host, this port) given the password, so the
 * addresses it prints for the deck, the presenter and the overview open past the gate. Slidev colours a part of an
 * address (the port in bold), so a line with an address loses its colours.
 */
export function passwordInAddresses(line: string, port: number, password: string): string {
  const address = new RegExp(`http://[\\w.:\\[\\]-]+:${port}(?:/\\S*)?`, 'g')
  const plain = stripVTControlCharacters(line)
  return address.test(plain)
    ? plain.replace(address, url => withPassword(url, password))
    : line
}

/**
 * The host a phone reaches the laptop at: the address given to `--bind` when it names one, else the laptop's first
 * IPv4 address on a network (the one Slidev also prints); undefined when it is on none.
 */
export function phoneHost(bind: string | undefined, interfaces = networkInterfaces()): string | undefined {
  if (bind && bind !== '0.0.0.0' && bind !== '::')
    return bind
  for (const details of Object.values(interfaces).flat()) {
    if (details && String(details.family).endsWith('4') && !details.internal)
      return details.address
  }
  return undefined
}

/** What `npm run dev -- --remote` prints once the server listens: the phone's address on a line of its own. */
export function remoteBanner(options: { port: number, password: string, generated: boolean, host: string | undefined, qr: (url: string) => string }): string {
  const lines = ['']
  if (options.generated)
    lines.push(`  remote password: ${options.password}  (made for this run; --remote=PASSWORD sets your own)`)
  lines.push(`  on this laptop: audience ${withPassword(`http://localhost:${options.port}/`, options.password)}`)
  lines.push(`                  presenter ${withPassword(`http://localhost:${options.port}/presenter/`, options.password)}`)
  if (!options.host) {
    lines.push('phone remote: none: this laptop is on no network. Join the phone\'s hotspot, then restart.')
    return `${lines.join('\n')}\n`
  }
  const phone = withPassword(`http://${options.host}:${options.port}${PHONE_REMOTE_PATH}`, options.password)
  lines.push(`phone remote: ${phone}`)
  lines.push('  Scan with the phone (same network as this laptop):')
  lines.push(options.qr(phone).split('\n').map(line => `  ${line}`).join('\n'))
  return `${lines.join('\n')}\n`
}
