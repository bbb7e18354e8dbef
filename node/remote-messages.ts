// What a page may send the dev server in remote mode, beyond reading (node/remote-gate.ts refuses the rest): the
// talk's position as Slidev's shared state holds it, and the few WebSocket messages Vite's client and the phone
// remote send. Both are read as data and held to a shape: libraries behind them merge what they get into the
// server's state or hand it to handlers that trust it, so a `__proto__` key, an array where a number belongs or a
// null where an object belongs could take over or end the server, or put markup into every window.
import { Buffer } from 'node:buffer'
import { REMOTE_PING } from '../components/lib/remote-protocol.ts'

/** The state Slidev shares between the windows of a talk (@slidev/client state/shared.ts), field by field. */
type Shape = 'leaf' | { [key: string]: Shape } | { any: Shape }
const LEAF: Shape = 'leaf'
const NAV_SHAPE: Shape = {
  page: LEAF,
  clicks: LEAF,
  clicksTotal: LEAF,
  timer: {
    status: LEAF,
    slides: {
      any: { start: LEAF, end: LEAF },
    },
    startedAt: LEAF,
    pausedAt: LEAF,
  },
  cursor: { x: LEAF, y: LEAF, style: LEAF },
  lastUpdate: { id: LEAF, type: LEAF, time: LEAF },
}
const MAX_TEXT = 200
/** How server-ref writes a field that is undefined (its stringify): a presenter without a cursor sends it. */
const UNDEFINED_MARK = '__UNDEFINED___'

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

function fits(value: unknown, shape: Shape): boolean {
  if (shape === 'leaf')
    return value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value.length <= MAX_TEXT)
  // A part of the state may be left out, or set anew as a whole.
  if (value === null || value === UNDEFINED_MARK)
    return true
  if (!isRecord(value))
    return false
  return Object.entries(value).every(([key, field]) => {
    if ('any' in shape)
      return /^\d{1,4}$/.test(key) && fits(field, shape.any as Shape)
    return Object.hasOwn(shape, key) && fits(field, (shape as Record<string, Shape>)[key]!)
  })
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch {
    return undefined
  }
}

/** A write of the talk's position (server-ref's POST body): `{ source, timestamp, patch | data }`, the state in its shape. */
export function isNavWrite(body: string): boolean {
  const write = parsed(body)
  if (!isRecord(write) || !Object.keys(write).every(key => ['source', 'timestamp', 'patch', 'data'].includes(key)))
    return false
  const state = write.patch ?? write.data
  return isRecord(state) && fits(state, NAV_SHAPE)
    && (write.source === undefined || typeof write.source === 'string')
    && (write.timestamp === undefined || typeof write.timestamp === 'number')
}

/** The custom events a page of this deck sends over Vite's WebSocket, each with the data it takes. */
const SOCKET_EVENTS: Record<string, (data: unknown) => boolean> = {
  [REMOTE_PING]: isRecord,
  'vite:invalidate': data => isRecord(data) && typeof data.path === 'string',
  'vite:client:connect': data => data === undefined || isRecord(data),
  'vite:client:disconnect': data => data === undefined || isRecord(data),
}

/** Whether a message a page sent over the WebSocket is one the deck's pages send, in its shape. */
export function isAllowedSocketMessage(raw: unknown): boolean {
  const text = typeof raw === 'string'
    ? raw
    : Buffer.isBuffer(raw)
      ? raw.toString('utf8')
      : undefined
  const message = text === undefined
    ? undefined
    : parsed(text)
  if (!isRecord(message))
    return false
  if (message.type === 'ping')
    return true
  const check = message.type === 'custom' && typeof message.event === 'string'
    ? SOCKET_EVENTS[message.event]
    : undefined
  return Boolean(check?.(message.data)) && !hasPrototypeKey(message.data)
}

function hasPrototypeKey(value: unknown): boolean {
  if (!value || typeof value !== 'object')
    return false
  return Object.keys(value).some(key => key === '__proto__' || key === 'constructor' || key === 'prototype' || hasPrototypeKey((value as Record<string, unknown>)[key]))
}
