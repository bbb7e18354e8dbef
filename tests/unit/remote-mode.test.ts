// `npm run dev -- --remote[=PASSWORD]`: the command line's side (node/remote-mode.ts).
import { describe, expect, it } from 'vitest'
import { passwordInAddresses, phoneHost, remoteBanner, remoteChoice, withoutBareRemote, withPassword } from '../../node/remote-mode.ts'

describe('withoutBareRemote', () => {
  it('takes out a --remote without a password after it, and leaves the forms with one to parseArgs', () => {
    expect(withoutBareRemote(['--remote', '--port', '1'])).toEqual({
      args: ['--port', '1'],
      bare: true,
    })
    expect(withoutBareRemote(['--lang', 'zh', '--remote'])).toEqual({
      args: ['--lang', 'zh'],
      bare: true,
    })
    expect(withoutBareRemote(['--remote', 'correct-horse'])).toEqual({
      args: ['--remote', 'correct-horse'],
      bare: false,
    })
    expect(withoutBareRemote(['--remote=correct-horse', '--port', '1'])).toEqual({
      args: ['--remote=correct-horse', '--port', '1'],
      bare: false,
    })
    expect(withoutBareRemote(['--port', '3031'])).toEqual({
      args: ['--port', '3031'],
      bare: false,
    })
  })
})

describe('remoteChoice', () => {
  it('is no remote mode without --remote', () => {
    expect(remoteChoice(undefined, false)).toBeUndefined()
  })

  it('takes a password given, and makes one for a bare --remote', () => {
    expect(remoteChoice('correct-horse', false)).toEqual({ password: 'correct-horse', generated: false })
    expect(remoteChoice(undefined, true, () => 'made-for-you')).toEqual({ password: 'made-for-you', generated: true })
  })

  it('makes passwords of 128 bits or more, different each time', () => {
    const made = new Set(Array.from({ length: 20 }, () => remoteChoice(undefined, true)!.password))
    expect(made.size).toBe(20)
    for (const password of made)
      expect(password).toMatch(/^[\w-]{22,}$/)
  })

  it('takes the password from DECK_REMOTE_PASSWORD for a bare --remote, out of the process list', () => {
    expect(remoteChoice(undefined, true, () => 'made', { DECK_REMOTE_PASSWORD: 'from-the-env' })).toEqual({ password: 'from-the-env', generated: false })
    expect(remoteChoice('given-here', false, () => 'made', { DECK_REMOTE_PASSWORD: 'from-the-env' })!.password).toBe('given-here')
    expect(() => remoteChoice(undefined, true, () => 'made', { DECK_REMOTE_PASSWORD: 'short' })).toThrow(/DECK_REMOTE_PASSWORD is 5 characters/)
  })

  it('refuses an empty or short password, naming the rule', () => {
    expect(() => remoteChoice('', false)).toThrow(/--remote= is empty: give a password of at least 8 characters/)
    expect(() => remoteChoice('seven77', false)).toThrow(/7 characters; it must have at least 8/)
  })
})

describe('addresses', () => {
  it('adds the password to an address, keeping its query', () => {
    expect(withPassword('http://localhost:3030/presenter/?clicks=1', 'p w')).toBe('http://localhost:3030/presenter/?clicks=1&password=p+w')
  })

  it('gives the password to every address of this server in Slidev\'s lines, coloured or not, and to no other', () => {
    expect(passwordInAddresses('  presenter mode      > http://localhost:\u001B[1m3030\u001B[22m/presenter/', 3030, 'secret-pw'))
      .toBe('  presenter mode      > http://localhost:3030/presenter/?password=secret-pw')
    expect(passwordInAddresses('  remote control > http://192.0.2.2:3030/entry/', 3030, 'secret-pw')).toBe('  remote control > http://192.0.2.2:3030/entry/?password=secret-pw')
    expect(passwordInAddresses('  mcp > http://localhost:4040/__mcp', 3030, 'secret-pw')).toBe('  mcp > http://localhost:4040/__mcp')
    expect(passwordInAddresses('  \u001B[2mtheme\u001B[22m  default', 3030, 'secret-pw')).toBe('  \u001B[2mtheme\u001B[22m  default')
  })

  it('gives the phone the address --bind names, else the laptop\'s first IPv4 on a network, else none', () => {
    const interfaces = {
      lo: [
        { address: '127.0.0.1', family: 'IPv4', internal: true },
      ],
      wlan0: [
        { address: 'fe80::1', family: 'IPv6', internal: false },
        { address: '192.0.2.40', family: 'IPv4', internal: false },
      ],
    } as unknown as ReturnType<typeof import('node:os').networkInterfaces>
    expect(phoneHost('127.0.0.1', interfaces)).toBe('127.0.0.1')
    expect(phoneHost('0.0.0.0', interfaces)).toBe('192.0.2.40')
    expect(phoneHost(undefined, interfaces)).toBe('192.0.2.40')
    expect(phoneHost(undefined, { lo: interfaces.lo })).toBeUndefined()
  })

  it('prints the phone remote\'s address on a line of its own, with a QR code, and a made password', () => {
    const banner = remoteBanner({
      port: 3030,
      password: 'made-for-you-123',
      generated: true,
      host: '192.0.2.40',
      qr: url => `[QR ${url}]`,
    })
    expect(banner).toMatch(/^phone remote: http:\/\/192\.0\.2\.40:3030\/remote\?password=made-for-you-123$/m)
    expect(banner).toContain('[QR http://192.0.2.40:3030/remote?password=made-for-you-123]')
    expect(banner).toMatch(/remote password: made-for-you-123/)
    expect(remoteBanner({
      port: 3030,
      password: 'given-password',
      generated: false,
      host: undefined,
      qr: () => '',
    }))
      .toMatch(/^phone remote: none: this laptop is on no network/m)
  })
})
