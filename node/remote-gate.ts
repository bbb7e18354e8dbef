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
// are refused with 403; a shared-state write is read whole first and refused (400) unless it is plain data, as the
// library that merges it would let a `__proto__` key into every object of the server; a write or WebSocket from a page
// of another origin (another port of the same laptop) is refused. A request the gate cannot read gets 400.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Plugin, ViteDevServer } from 'vite'
import { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import { PassThrough } from 'node:stream'
import { REMOTE_PING, REMOTE_PONG } from '../components/lib/remote-protocol.ts'
import { isAllowedSocketMessage, isNavWrite } from './remote-messages.ts'

export const MAX_WRONG_TRIES = 10
/** Wrong passwords from all addresses together in a window, so that changing address does not buy more guesses. */
export const MAX_WRONG_TRIES_ALL = 100
export const WINDOW_MS = 60_000
/** The largest shared-state write read (the pen's drawings are the largest). */
export const MAX_STATE_BYTES = 1 << 20
/** The shortest password `--remote=` takes; a generated one is 24 characters (144 random bits). */
export const MIN_PASSWORD_LENGTH = 8
const READS = new Set(['GET', 'HEAD'])
/** Reads that still act on the laptop: Vite's "open in editor" starts a program there. */
const ACTIONS = ['/__open-in-editor']
/**
 * The writes remote control is made of: Slidev's shared state of the talk (slide, click, timer), which the pages POST
 * to the dev server (vite-plugin-vue-server-ref), held to its shape (node/remote-messages.ts). Not the pen's
 * drawings: Slidev puts them into every window as markup, so a drawing could carry script; nor Slidev's slide
 * snapshots, written to .slidev/.
 */
export const SHARED_STATE_WRITES = ['/@server-reactive/nav', '/@server-ref/nav']

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
  /** The Origin and Host headers, if any: a browser's write or WebSocket from another origin is refused. */
  origin?: string
  host?: string
}

export type GateVerdict
  = | { pass: true, setCookie?: string, redirect?: string }
    | { pass: false, status: 400 | 401 | 403 | 429, message: string }

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
  400: 'This request cannot be read.\n',
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
  const refuse = (status: 400 | 401 | 403 | 429): GateVerdict => ({ pass: false, status, message: GATE_MESSAGES[status] })
  const allWrongTries = () => [
    ...wrongTries.keys(),
  ].reduce((sum, address) => sum + recentWrongTries(address).length, 0)
  const allowed = (request: GateRequest, path: string, setCookie?: string, redirect?: string): GateVerdict => {
    const method = request.method.toUpperCase()
    const write = !READS.has(method) && !(method === 'POST' && SHARED_STATE_WRITES.includes(path))
    // Connect matches a middleware's path whatever its case: so is it matched here.
    const lowered = path.toLowerCase()
    if (write || ACTIONS.some(action => lowered.startsWith(action)))
      return refuse(403)
    if ((request.upgrade || !READS.has(method)) && request.origin && !sameOrigin(request.origin, request.host))
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
    const target = readTarget(request.url)
    if (!target)
      return refuse(400)
    const { path, rawPath, query } = target
    const given = query.get('password')
    if (given !== null) {
      // The laptop itself is never held back by guesses from elsewhere: its windows can always be let in.
      const loopback = /^(?:127\.|::1$|::ffff:127\.)/.test(request.address)
      if (recentWrongTries(request.address).length >= MAX_WRONG_TRIES || (!loopback && allWrongTries() >= MAX_WRONG_TRIES_ALL))
        return refuse(429)
      if (!sameSecret(given, password)) {
        wrongTries.set(request.address, [
          ...recentWrongTries(request.address),
          now(),
        ])
        return refuse(401)
      }
      const setCookie = `${cookieName(request.port)}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400`
      query.delete('password')
      const search = query.toString()
      const redirect = request.upgrade || !READS.has(request.method.toUpperCase())
        ? undefined
        // The path as sent (still escaped, so a valid header), one slash at its start: never another host.
        : `/${rawPath.replace(/^[/\\]+/, '')}${search
          ? `?${search}`
          : ''}`
      return allowed(request, path, setCookie, redirect)
    }
    const cookie = cookieValue(request.cookie, cookieName(request.port))
    if (cookie !== undefined && sameSecret(cookie, tokenDigest))
      return allowed(request, path)
    return refuse(401)
  }

  return { judge, cookieName }
}

/**
 * The path (decoded, one slash where several stand, so it names what the server will serve) and query of a request
 * target; undefined for one that is not a path (`//host:99999/`, a bad escape).
 */
export function readTarget(url: string): { path: string, rawPath: string, query: URLSearchParams } | undefined {
  if (!url.startsWith('/'))
    return undefined
  const at = url.indexOf('?')
  const rawPath = at < 0
    ? url
    : url.slice(0, at)
  try {
    const path = `/${decodeURIComponent(rawPath).replace(/^\/+/, '').replace(/\/{2,}/g, '/')}`
    return {
      path,
      rawPath,
      query: new URLSearchParams(at < 0
        ? ''
        : url.slice(at + 1)),
    }
  }
  catch {
    return undefined
  }
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host
  }
  catch {
    return false
  }
}

function gateRequestOf(req: IncomingMessage, upgrade: boolean): GateRequest {
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    cookie: req.headers.cookie,
    address: req.socket.remoteAddress ?? '',
    port: req.socket.localPort ?? 0,
    upgrade,
    origin: req.headers.origin,
    host: req.headers.host,
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
  socket.end(`HTTP/1.1 ${verdict.status} ${STATUS_CODES[verdict.status]}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${verdict.message}`)
}

/**
 * A shared-state write, read whole and checked, then handed on as the request it was (its body replayed): the library
 * that merges it into the server's state takes a `__proto__` key as an order to change every object's prototype.
 */
function passStateWrite(req: IncomingMessage, res: ServerResponse, handOn: (req: IncomingMessage) => void): void {
  const chunks: Buffer[] = []
  let size = 0
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_STATE_BYTES)
      req.destroy()
    else
      chunks.push(chunk)
  })
  req.on('error', () => res.destroy())
  req.on('end', () => {
    const body = Buffer.concat(chunks)
    if (!isNavWrite(body.toString('utf8'))) {
      answer(res, { pass: false, status: 400, message: GATE_MESSAGES[400] })
      return
    }
    const replay = Object.assign(new PassThrough(), {
      method: req.method,
      url: req.url,
      headers: req.headers,
      rawHeaders: req.rawHeaders,
      httpVersion: req.httpVersion,
      socket: req.socket,
      connection: req.socket,
    })
    handOn(replay as unknown as IncomingMessage)
    replay.end(body)
  })
}

/**
 * Puts the gate in front of everything `httpServer` answers: requests and WebSocket upgrades are judged before any
 * listener (Vite's middlewares, its HMR socket, Slidev's) gets them. Node's own event API, so no Vite internal.
 */
export function gateServer(httpServer: Server, gate: RemoteGate): void {
  const emit = httpServer.emit.bind(httpServer) as (event: string, ...args: unknown[]) => boolean
  const unreadable: GateVerdict & { pass: false } = { pass: false, status: 400, message: GATE_MESSAGES[400] }
  // Whatever a request holds, the gate answers it: an exception here would end the server, and the talk with it.
  const judged = (req: IncomingMessage, upgrade: boolean): GateVerdict => {
    try {
      return gate.judge(gateRequestOf(req, upgrade))
    }
    catch {
      return unreadable
    }
  }
  const answered = (res: ServerResponse, verdict: GateVerdict): boolean => {
    try {
      return answer(res, verdict)
    }
    catch {
      res.destroy()
      return false
    }
  }
  httpServer.emit = ((event: string, ...args: unknown[]) => {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse]
      if (!answered(res, judged(req, false)))
        return true
      if (req.method?.toUpperCase() === 'POST') {
        passStateWrite(req, res, replay => emit('request', replay, res))
        return true
      }
    }
    else if (event === 'upgrade') {
      const [req, socket] = args as [IncomingMessage, Duplex]
      const verdict = judged(req, true)
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
 * what the pages are told (remote mode on: node/slidev-adapter.ts).
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
      // Every message a page sends over the WebSocket is dropped unless it is one the deck's pages send, in its shape:
      // Vite's and Slidev's handlers take what they get on trust, and one bad message could end the server.
      server.ws.on('connection', (socket: { emit: (event: string, ...args: unknown[]) => boolean }) => {
        const emit = socket.emit.bind(socket)
        socket.emit = (event, ...args) => event === 'message' && !isAllowedSocketMessage(args[0])
          ? false
          : emit(event, ...args)
      })
    },
  }
}
