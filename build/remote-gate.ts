// The password gate of `npm run dev -- --remote`, on the server. Slidev listens on every interface in remote mode and
// checks its password in the browser only, so without this anyone on the venue's network could read the notes and the
// sources and rewrite slides.md. Every HTTP request and WebSocket upgrade goes through judge() before Vite or Slidev
// sees it, whichever address it comes from:
//   - `?password=` right: a cookie (HttpOnly, SameSite=Strict) carries it from then on, and a page address is
//     answered with a redirect to itself without the password, so it leaves the address bar the audience sees;
//   - `?password=` wrong: 401, and after MAX_WRONG_TRIES in WINDOW_MS from one address, 429 for any password;
//   - the cookie right: passes; anything else: 401.
// Even with the password, nothing sent over the network changes the deck: every request that is not a read (Slidev's
// note and slide saving, POST /__slidev/slides/N.json), but for the talk's shared state, and Vite's open-in-editor
// are refused with 403.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Plugin, ViteDevServer } from 'vite'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { REMOTE_PING, REMOTE_PONG } from './remote-protocol.ts'

export const MAX_WRONG_TRIES = 10
export const WINDOW_MS = 60_000
/** The shortest password `--remote=` takes; a generated one is 24 characters (144 random bits). */
export const MIN_PASSWORD_LENGTH = 8
const READS = new Set(['GET', 'HEAD'])
/** Reads that still act on the laptop: Vite's "open in editor" starts a program there. */
const ACTIONS = ['/__open-in-editor']
/**
 * The writes remote control is made of: Slidev's shared state of the talk (slide, click, timer) and its pen's
 * drawings, which the pages POST to the dev server (vite-plugin-vue-server-ref) and which never touch a file unless
 * `drawings.persist` is set in the headmatter (it is not). Slidev's slide snapshots, written to .slidev/, are not.
 */
export const SHARED_STATE_WRITES = [
  '/@server-reactive/nav',
  '/@server-ref/nav',
  '/@server-reactive/drawings',
  '/@server-ref/drawings',
]

export interface GateRequest {
  method: string
  /** The request target as the server sees it: path and query. */
  url: string
  /** The Cookie header, if any. */
  cookie?: string
  /** Who asks: the socket's remote address. */
  address: string
  /** The port the server listens on: the cookie is named by it, as two decks on one machine share cookies. */
  port: number
  /** A WebSocket upgrade: never redirected. */
  upgrade?: boolean
}

export type GateVerdict
  = | { pass: true, setCookie?: string, redirect?: string }
    | { pass: false, status: 401 | 403 | 429, message: string }

export interface RemoteGate {
  judge: (request: GateRequest) => GateVerdict
  cookieName: (port: number) => string
}

const digest = (text: string) => createHash('sha256').update(text).digest()
/** Equal texts, in a time that does not depend on where they differ (both are hashed to 32 bytes first). */
function sameSecret(given: string, secret: ReturnType<typeof digest>): boolean {
  return timingSafeEqual(digest(given), secret)
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name)
      return part.slice(at + 1).trim()
  }
  return undefined
}

/** The messages a refused request gets: plain text, no byte of the deck. */
export const GATE_MESSAGES = {
  401: 'This deck is served for remote control and needs its password. Open the address `npm run dev -- --remote` printed (it ends in ?password=...).\n',
  403: 'In remote mode the deck cannot be changed or acted on over the network. Edit slides.md and data/ on the laptop.\n',
  429: 'Too many wrong passwords from this address: wait a minute, then open the address `npm run dev -- --remote` printed.\n',
} as const

export function createRemoteGate(options: { password: string, now?: () => number, token?: string }): RemoteGate {
  if (options.password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`the remote password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  const now = options.now ?? Date.now
  const password = digest(options.password)
  // What the cookie holds: random for each server, so it says nothing of the password and dies with the server.
  const token = options.token ?? randomBytes(32).toString('base64url')
  const tokenDigest = digest(token)
  const wrongTries = new Map<string, number[]>()
  const cookieName = (port: number) => `deck_remote_${port}`

  const recentWrongTries = (address: string) => {
    const since = now() - WINDOW_MS
    const tries = (wrongTries.get(address) ?? []).filter(time => time > since)
    if (tries.length)
      wrongTries.set(address, tries)
    else
      wrongTries.delete(address)
    return tries
  }
  const refuse = (status: 401 | 403 | 429): GateVerdict => ({ pass: false, status, message: GATE_MESSAGES[status] })
  const allowed = (request: GateRequest, setCookie?: string, redirect?: string): GateVerdict => {
    const path = request.url.split('?')[0]!
    const method = request.method.toUpperCase()
    const write = !READS.has(method) && !(method === 'POST' && SHARED_STATE_WRITES.includes(path))
    if (write || ACTIONS.some(action => path.startsWith(action)))
      return refuse(403)
    return {
      pass: true,
      ...(setCookie
        ? { setCookie }
        : {}),
      ...(redirect
        ? { redirect }
        : {}),
    }
  }

  function judge(request: GateRequest): GateVerdict {
    const url = new URL(request.url, 'http://deck.invalid')
    const given = url.searchParams.get('password')
    if (given !== null) {
      if (recentWrongTries(request.address).length >= MAX_WRONG_TRIES)
        return refuse(429)
      if (!sameSecret(given, password)) {
        wrongTries.set(request.address, [
          ...recentWrongTries(request.address),
          now(),
        ])
        return refuse(401)
      }
      const setCookie = `${cookieName(request.port)}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400`
      url.searchParams.delete('password')
      const redirect = request.upgrade || !READS.has(request.method.toUpperCase())
        ? undefined
        : `${url.pathname}${url.search}`
      return allowed(request, setCookie, redirect)
    }
    const cookie = cookieValue(request.cookie, cookieName(request.port))
    if (cookie !== undefined && sameSecret(cookie, tokenDigest))
      return allowed(request)
    return refuse(401)
  }

  return { judge, cookieName }
}

function gateRequestOf(req: IncomingMessage, upgrade: boolean): GateRequest {
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    cookie: req.headers.cookie,
    address: req.socket.remoteAddress ?? '',
    port: req.socket.localPort ?? 0,
    upgrade,
  }
}

function answer(res: ServerResponse, verdict: GateVerdict): boolean {
  if (verdict.pass && !verdict.redirect) {
    if (verdict.setCookie)
      res.appendHeader('Set-Cookie', verdict.setCookie)
    return true
  }
  if (verdict.pass) {
    res.writeHead(303, { 'Set-Cookie': verdict.setCookie ?? '', 'Location': verdict.redirect!, 'Cache-Control': 'no-store' })
    res.end()
    return false
  }
  res.writeHead(verdict.status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(verdict.status === 429
      ? {
          'Retry-After': String(WINDOW_MS / 1000),
        }
      : {}),
  })
  res.end(verdict.message)
  return false
}

function refuseUpgrade(socket: Duplex, verdict: GateVerdict & { pass: false }): void {
  socket.end(`HTTP/1.1 ${verdict.status} ${verdict.status === 429
    ? 'Too Many Requests'
    : verdict.status === 403
      ? 'Forbidden'
      : 'Unauthorized'}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${verdict.message}`)
}

/**
 * Puts the gate in front of everything `httpServer` answers: requests and WebSocket upgrades are judged before any
 * listener (Vite's middlewares, its HMR socket, Slidev's) gets them. Node's own event API, so no Vite internal.
 */
export function gateServer(httpServer: Server, gate: RemoteGate): void {
  const emit = httpServer.emit.bind(httpServer) as (event: string, ...args: unknown[]) => boolean
  httpServer.emit = ((event: string, ...args: unknown[]) => {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse]
      if (!answer(res, gate.judge(gateRequestOf(req, false))))
        return true
    }
    else if (event === 'upgrade') {
      const [req, socket] = args as [IncomingMessage, Duplex]
      const verdict = gate.judge(gateRequestOf(req, true))
      if (!verdict.pass) {
        refuseUpgrade(socket, verdict)
        return true
      }
    }
    return emit(event, ...args)
  }) as typeof httpServer.emit
}

/**
 * The dev server's side of remote mode: the gate, and an answer to the phone remote's pings. `clientDefines` are
 * what the pages are told (remote mode on, Slidev's editors off: build/slidev-adapter.ts).
 */
export function remoteGatePlugin(password: string, clientDefines: Record<string, string>): Plugin {
  const gate = createRemoteGate({ password })
  return {
    name: 'deck-remote-gate',
    apply: 'serve',
    config: () => ({ define: clientDefines }),
    configureServer(server: ViteDevServer) {
      if (server.httpServer && 'listen' in server.httpServer)
        gateServer(server.httpServer as Server, gate)
      server.ws.on(REMOTE_PING, (data: unknown, client) => client.send(REMOTE_PONG, data))
    },
  }
}
