// The password gate of `npm run dev -- --remote` (node/remote-gate.ts), judged request by request with a clock of
// its own. tests/browser/remote.test.ts puts it in front of a real dev server.
import { describe, expect, it } from 'vitest'
import { createRemoteGate, MAX_WRONG_TRIES, MAX_WRONG_TRIES_ALL, WINDOW_MS } from '../../node/remote-gate.ts'

const PASSWORD = 'a-long-enough-one'
const PORT = 3030

function gateAt(start = 1_000_000) {
  let now = start
  const gate = createRemoteGate({
    password: PASSWORD,
    now: () => now,
    token: 'the-token',
  })
  const ask = (url: string, more: { method?: string, cookie?: string, address?: string, upgrade?: boolean, origin?: string } = {}) =>
    gate.judge({
      method: more.method ?? 'GET',
      url,
      cookie: more.cookie,
      address: more.address ?? '192.0.2.7',
      port: PORT,
      upgrade: more.upgrade,
      origin: more.origin,
      host: 'laptop:3030',
    })
  return {
    gate,
    ask,
    wait: (ms: number) => now += ms,
  }
}
function status(verdict: ReturnType<ReturnType<typeof gateAt>['ask']>) {
  return verdict.pass
    ? (verdict.redirect ? 303 : 200)
    : verdict.status
}
const COOKIE = 'deck_remote_3030=the-token'

describe('createRemoteGate', () => {
  it('refuses a request with no password and no cookie, or a wrong or forged one', () => {
    const { ask } = gateAt()
    expect(status(ask('/'))).toBe(401)
    expect(status(ask('/presenter/?password=a-long-enough-on'))).toBe(401)
    expect(status(ask('/', { cookie: 'deck_remote_3030=guess' }))).toBe(401)
    // Another server's cookie on the same host.
    expect(status(ask('/', { cookie: 'deck_remote_3031=the-token' }))).toBe(401)
  })

  it('takes the password once, sets an HttpOnly SameSite=Strict cookie and sends the page to its address without it', () => {
    const verdict = gateAt().ask('/presenter/3?clicks=1&password=a-long-enough-one')
    expect(verdict).toEqual({
      pass: true,
      setCookie: 'deck_remote_3030=the-token; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400',
      redirect: '/presenter/3?clicks=1',
    })
  })

  it('lets the cookie through, WebSocket upgrades included, and never redirects an upgrade', () => {
    const { ask } = gateAt()
    expect(status(ask('/@fs/deck/slides.md', { cookie: `other=1; ${COOKIE}` }))).toBe(200)
    expect(status(ask('/', { cookie: COOKIE, upgrade: true }))).toBe(200)
    const upgrade = ask('/?password=a-long-enough-one', { upgrade: true })
    expect(upgrade.pass).toBe(true)
    expect(upgrade).not.toHaveProperty('redirect')
  })

  it('refuses every change even with the password: saves, deletes, opening an editor; lets the talk\'s position through', () => {
    const { ask } = gateAt()
    expect(status(ask('/__slidev/slides/2.json', { method: 'POST', cookie: COOKIE }))).toBe(403)
    expect(status(ask('/x', { method: 'PUT', cookie: COOKIE }))).toBe(403)
    expect(status(ask('/__open-in-editor?file=slides.md', { cookie: COOKIE }))).toBe(403)
    expect(status(ask('/@server-reactive/snapshots', { method: 'POST', cookie: COOKIE }))).toBe(403)
    expect(status(ask('/@server-reactive/drawings', { method: 'POST', cookie: COOKIE }))).toBe(403)
    expect(status(ask('/@server-reactive/nav', { method: 'POST', cookie: COOKIE }))).toBe(200)
    expect(status(ask('/@server-reactive/nav', { method: 'POST' }))).toBe(401)
  })

  it(`answers 429 after ${MAX_WRONG_TRIES} wrong passwords from one address in a minute, the right one included, until the minute has passed`, () => {
    const { ask, wait } = gateAt()
    for (let i = 0; i < MAX_WRONG_TRIES; i++)
      expect(status(ask(`/?password=guess-${i}`))).toBe(401)
    expect(status(ask(`/?password=${PASSWORD}`))).toBe(429)
    // Someone else, and the holder of the cookie, are not held back.
    expect(status(ask(`/?password=${PASSWORD}`, { address: '192.0.2.8' }))).toBe(303)
    expect(status(ask('/', { cookie: COOKIE }))).toBe(200)
    wait(WINDOW_MS + 1)
    expect(status(ask(`/?password=${PASSWORD}`))).toBe(303)
  })

  it('counts wrong tries over a sliding minute', () => {
    const { ask, wait } = gateAt()
    for (let i = 0; i < MAX_WRONG_TRIES - 1; i++)
      ask(`/?password=guess-${i}`)
    wait(WINDOW_MS / 2)
    expect(status(ask('/?password=one-more'))).toBe(401)
    expect(status(ask(`/?password=${PASSWORD}`))).toBe(429)
    wait(WINDOW_MS / 2 + 1)
    expect(status(ask(`/?password=${PASSWORD}`))).toBe(303)
  })

  it('matches paths as the server does, whatever their case or escapes, and never redirects off the site', () => {
    const { ask } = gateAt()
    for (const path of ['/__OPEN-IN-EDITOR?file=x', '/%5f%5fopen-in-editor?file=x', '//__open-in-editor?file=x'])
      expect(status(ask(path, { cookie: COOKIE })), path).toBe(403)
    expect(ask('/a/..//evil.example/?password=a-long-enough-one')).toMatchObject({ redirect: '/a/..//evil.example/' })
    expect(ask('//evil.example/?password=a-long-enough-one')).toMatchObject({ redirect: '/evil.example/' })
    expect(ask('/\\evil.example/?password=a-long-enough-one')).toMatchObject({ redirect: '/evil.example/' })
    // Still escaped, so the Location header is one the server can send.
    expect(ask('/%E2%82%AC?password=a-long-enough-one')).toMatchObject({ redirect: '/%E2%82%AC' })
    expect(ask('/%5C127.0.0.2:3999/?password=a-long-enough-one')).toMatchObject({ redirect: '/%5C127.0.0.2:3999/' })
  })

  it('answers a request it cannot read with 400, not an exception', () => {
    const { ask } = gateAt()
    expect(status(ask('//x:99999/'.slice(1)))).toBe(401)
    expect(status(ask('http://x:99999/'))).toBe(400)
    expect(status(ask('/%E0%A4%A?password=x'))).toBe(400)
  })

  it('refuses a write or a WebSocket that a page of another origin sends, even with the cookie', () => {
    const { ask } = gateAt()
    expect(status(ask('/', { cookie: COOKIE, upgrade: true, origin: 'http://laptop:8080' }))).toBe(403)
    expect(status(ask('/@server-reactive/nav', { method: 'POST', cookie: COOKIE, origin: 'http://laptop:8080' }))).toBe(403)
    expect(status(ask('/@server-reactive/nav', { method: 'POST', cookie: COOKIE, origin: 'http://laptop:3030' }))).toBe(200)
    expect(status(ask('/', { cookie: COOKIE, origin: 'http://laptop:8080' }))).toBe(200)
  })

  it(`stops guesses from many addresses too: ${MAX_WRONG_TRIES_ALL} wrong passwords a minute in all`, () => {
    const { ask } = gateAt()
    for (let i = 0; i < MAX_WRONG_TRIES_ALL; i++)
      expect(status(ask(`/?password=guess-${i}`, { address: `198.51.100.${i % 200}` }))).toBe(401)
    expect(status(ask(`/?password=${PASSWORD}`, { address: '203.0.113.9' }))).toBe(429)
    expect(status(ask('/', { cookie: COOKIE, address: '203.0.113.9' }))).toBe(200)
    // The laptop's own windows are let in all the same.
    expect(status(ask(`/?password=${PASSWORD}`, { address: '127.0.0.1' }))).toBe(303)
  })

  it('refuses to guard with a password under 8 characters', () => {
    expect(() => createRemoteGate({ password: 'short' })).toThrow(/at least 8 characters/)
  })
})
