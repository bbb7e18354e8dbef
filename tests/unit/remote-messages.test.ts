// What a page may send the dev server in remote mode (node/remote-messages.ts).
import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { isAllowedSocketMessage, isNavWrite } from '../../node/remote-messages.ts'

describe('isNavWrite', () => {
  it('takes the talk\'s position as Slidev\'s windows and the phone remote write it', () => {
    expect(isNavWrite(JSON.stringify({
      source: 'abc',
      timestamp: 1,
      patch: {
        page: 3,
        clicks: 1,
        clicksTotal: 3,
        lastUpdate: { id: 'x', type: 'viewer', time: 2 },
      },
    }))).toBe(true)
    expect(isNavWrite(JSON.stringify({
      source: 'abc',
      timestamp: 1,
      patch: {
        timer: {
          status: 'running',
          startedAt: 5,
          slides: {
            3: { start: 5 },
          },
        },
      },
    }))).toBe(true)
  })

  it('refuses a prototype key, a field Slidev does not share, an array, a long text, or no state at all', () => {
    expect(isNavWrite('{"patch":{"__proto__":{"LAUNCH_EDITOR":"node"}}}')).toBe(false)
    expect(isNavWrite('{"patch":{"timer":{"constructor":{"prototype":{}}}}}')).toBe(false)
    expect(isNavWrite('{"patch":{"deckPad":[1]}}')).toBe(false)
    expect(isNavWrite('{"patch":{"page":[1,2]}}')).toBe(false)
    expect(isNavWrite(JSON.stringify({
      patch: {
        lastUpdate: {
          id: 'x'.repeat(500),
        },
      },
    }))).toBe(false)
    expect(isNavWrite('{"source":"x"}')).toBe(false)
    expect(isNavWrite('not json')).toBe(false)
  })
})

describe('isAllowedSocketMessage', () => {
  it('lets through what Vite\'s client and the phone remote send', () => {
    expect(isAllowedSocketMessage('{"type":"ping"}')).toBe(true)
    expect(isAllowedSocketMessage(Buffer.from('{"type":"custom","event":"deck:remote-ping","data":{"id":"p"}}'))).toBe(true)
    expect(isAllowedSocketMessage('{"type":"custom","event":"vite:invalidate","data":{"path":"/x.ts","message":"m"}}')).toBe(true)
  })

  it('drops another event, a null where data belongs, a prototype key, and what is not JSON', () => {
    expect(isAllowedSocketMessage('{"type":"custom","event":"slidev:monaco-write","data":{"file":"slides.md","content":"x"}}')).toBe(false)
    expect(isAllowedSocketMessage('{"type":"custom","event":"vite:invalidate","data":null}')).toBe(false)
    expect(isAllowedSocketMessage('{"type":"custom","event":"deck:remote-ping","data":{"__proto__":{}}}')).toBe(false)
    expect(isAllowedSocketMessage('hello')).toBe(false)
  })
})
