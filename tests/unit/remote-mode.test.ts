// `npm run dev -- --remote[=PASSWORD]`: the command line's side (node/remote-mode.ts).
import { describe, expect, it } from 'vitest'
import { bindOf, passwordInAddresses, phoneHost, remoteBanner, remoteFromArgs, withPassword } from '../../node/remote-mode.ts'

describe('remoteFromArgs', () => {
  it('leaves a command line without --remote alone', () => {
    expect(remoteFromArgs(['--port', '3031'])).toEqual({
      rest: ['--port', '3031'],
    })
  })

  it('takes a password written either way, and makes one for a bare --remote', () => {
    expect(remoteFromArgs(['--remote=correct-horse', '--port', '1'])).toEqual({
      remote: { password: 'correct-horse', generated: false },
      rest: ['--port', '1'],
    })
    expect(remoteFromArgs(['--remote', 'correct-horse'])).toEqual({
      remote: { password: 'correct-horse', generated: false },
      rest: [],
    })
    expect(remoteFromArgs(['--remote', '--port', '1'], () => 'made-for-you')).toEqual({
      remote: { password: 'made-for-you', generated: true },
      rest: ['--port', '1'],
    })
  })

  it('makes passwords of 128 bits or more, different each time', () => {
    const made = new Set(Array.from({ length: 20 }, () => remoteFromArgs(['--remote']).remote!.password))
    expect(made.size).toBe(20)
    for (const password of made)
      expect(password).toMatch(/^[\w-]{22,}$/)
  })

  it('takes the password from DECK_REMOTE_PASSWORD for a bare --remote, out of the process list', () => {
    expect(remoteFromArgs(['--remote'], () => 'made', { DECK_REMOTE_PASSWORD: 'from-the-env' })).toEqual({
      remote: { password: 'from-the-env', generated: false },
      rest: [],
    })
    expect(remoteFromArgs(['--remote=given-here'], () => 'made', { DECK_REMOTE_PASSWORD: 'from-the-env' }).remote!.password).toBe('given-here')
    expect(() => remoteFromArgs(['--remote'], () => 'made', { DECK_REMOTE_PASSWORD: 'short' })).toThrow(/DECK_REMOTE_PASSWORD is 5 characters/)
  })

  it('refuses an empty or short password, naming the rule', () => {
    expect(() => remoteFromArgs(['--remote='])).toThrow(/--remote= is empty: give a password of at least 8 characters/)
    expect(() => remoteFromArgs(['--remote=seven77'])).toThrow(/7 characters; it must have at least 8/)
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
    expect(bindOf(['--bind', '10.0.0.1'])).toBe('10.0.0.1')
    expect(bindOf(['--bind=10.0.0.2'])).toBe('10.0.0.2')
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
