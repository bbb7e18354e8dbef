// `npm run dev -- --remote` as a presenter uses it at a venue, and as a stranger on the venue's network tries it.
// Two dev servers of their own (the behaviour needs a server in remote mode): English with a password given, and
// Chinese with a bare --remote, whose password the command makes and prints. Both listen on 127.0.0.1 only
// (--bind), so the test reaches nothing beyond this machine; the gate judges loopback requests like any other.
import type { ChildProcess } from 'node:child_process'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { DeckSlide } from '../../scripts/lib/deck.ts'
import type { PageProblems } from './harness.ts'
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { createServer as createTcpServer, connect as tcpConnect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../node/child-process.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { isOnMachine, sharedChromium, takeProblems, watchPage } from './harness.ts'
import { LESS_MOTION, waitForStep } from './slide-checks.ts'

const PASSWORD = 'venue-wifi-is-not-private'
/** Where the stranger's and the guesser's requests come from: other loopback addresses than the browsers'. */
const STRANGER = '127.0.0.2'
const GUESSER = '127.0.0.3'
const DEV = join(PROJECT_ROOT, 'scripts', 'dev.ts')
const deckFiles = ['slides.md', 'data/claims.ts', 'data/figures.ts'].map(file => join(PROJECT_ROOT, file))
const hashes = () => deckFiles.map(file => createHash('sha256').update(readFileSync(file)).digest('hex'))
const hashesBefore = hashes()

interface RemoteServer {
  url: string
  /** The address printed as "phone remote: ...". */
  phone: string
  output: () => string
  stop: () => Promise<void>
}

/** `npm run dev -- ARGS` as a presenter starts it (CI set, so no browser opens), once it has printed the phone's address. */
async function startRemote(args: string[]): Promise<RemoteServer> {
  const port = await freePort()
  const cache = mkdtempSync(join(tmpdir(), 'deck-remote-vite-'))
  const child: ChildProcess = spawn(process.execPath, [
    DEV,
    ...args,
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
  ], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CI: 'true', DECK_VITE_CACHE_DIR: cache },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', chunk => output += chunk)
  child.stderr!.on('data', chunk => output += chunk)
  const exited = new Promise(resolve => child.once('exit', resolve))
  const stop = async () => {
    child.kill('SIGTERM')
    await exited
    rmSync(cache, { recursive: true, force: true })
  }
  const deadline = Date.now() + 120_000
  const printedPhone = () => /^phone remote: (\S+)$/m.exec(output)?.[1]
  while (!printedPhone()) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop()
      throw new Error(`npm run dev ${args.join(' ')} printed no phone remote address:\n${output}`)
    }
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  const phone = printedPhone()!
  return {
    url: `http://127.0.0.1:${port}`,
    phone,
    output: () => output,
    stop,
  }
}

interface Answer { status: number, body: string, headers: Record<string, string | string[] | undefined> }

/**
 * One request as a stranger's script sends it: no redirects followed, no cookie unless given; `from` another loopback
 * address (127.0.0.2, ...), so its wrong passwords count against that address and not the browsers' 127.0.0.1.
 */
function ask(url: string, options: { method?: string, cookie?: string, body?: string, from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: options.method ?? 'GET',
      localAddress: options.from,
      headers: {
        ...(options.cookie
          ? { cookie: options.cookie }
          : {}),
        ...(options.body
          ? { 'content-type': 'application/json' }
          : {}),
      },
    }, (res) => {
      let body = ''
      res.on('data', chunk => body += chunk)
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A WebSocket handshake as Vite's client sends it: the status the server answers, 101 when it lets the socket open. */
function upgradeStatus(url: string, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers: {
        'Connection': 'Upgrade',
        'Upgrade': 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Protocol': 'vite-hmr',
        ...(cookie
          ? { cookie }
          : {}),
      },
    })
    req.on('upgrade', (res, socket) => {
      socket.destroy()
      resolve(res.statusCode ?? 0)
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

const cookieOf = (answer: Answer) => String(answer.headers['set-cookie'] ?? '').split(';')[0]!

it('refuses an empty or short password before any server starts, naming the rule', () => {
  for (const [arg, rule] of [
    ['--remote=', /--remote= is empty/],
    ['--remote=abc123', /at least 8/],
  ] as const) {
    const run = spawnSync(process.execPath, [DEV, arg], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: 'true' },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toMatch(rule)
  }
})

let english: RemoteServer
let chinese: RemoteServer
let browser: Browser
const englishSlides = await readDeck(undefined, { expand: true })
const chineseSlides = await readDeck(undefined, { expand: true, lang: 'zh' })

beforeAll(async () => {
  [english, chinese, browser] = await Promise.all([
    startRemote([`--remote=${PASSWORD}`]),
    startRemote(['--lang', 'zh', '--remote']),
    sharedChromium(),
  ])
}, 240_000)
afterAll(async () => {
  await Promise.all([
    english?.stop(),
    chinese?.stop(),
    browser?.close(),
  ])
})

describe('the password gate', () => {
  const reads = () => [
    '/',
    '/1',
    '/presenter/',
    '/presenter/2',
    '/remote',
    '/__slidev/slides/2.json',
    `/@fs${PROJECT_ROOT}/slides.md`,
    `/@fs${PROJECT_ROOT}/data/claims.ts`,
    '/@vite/client',
  ]

  it('answers a request without the password, or with a wrong one, with 401 and no byte of the deck', async () => {
    const note = englishSlides[1]!.note.split(/\s+/).slice(4, 10).join(' ')
    for (const path of reads()) {
      for (const url of [`${english.url}${path}`, `${english.url}${path}${path.includes('?')
        ? '&'
        : '?'}password=wrong-password`]) {
        const answer = await ask(url, { from: STRANGER })
        expect(answer.status, url).toBe(401)
        expect(answer.body).not.toContain('<html')
        expect(answer.body).not.toContain(note)
      }
    }
  })

  it('refuses a note saved without the password, and a WebSocket without it', async () => {
    const post = await ask(`${english.url}/__slidev/slides/2.json`, {
      method: 'POST',
      body: JSON.stringify({ note: 'A stranger was here' }),
    })
    expect(post.status).toBe(401)
    expect(await upgradeStatus(english.url)).toBe(401)
    expect(await upgradeStatus(english.url, 'deck_remote_1=forged')).toBe(401)
  })

  it('lets the password in once, then by an HttpOnly, SameSite=Strict cookie, and takes the password out of the address', async () => {
    const login = await ask(`${english.url}/presenter/?password=${PASSWORD}`)
    expect(login.status).toBe(303)
    expect(login.headers.location).toBe('/presenter/')
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly/)
    expect(String(login.headers['set-cookie'])).toMatch(/SameSite=Strict/)
    const cookie = cookieOf(login)
    for (const path of reads()) {
      const answer = await ask(`${english.url}${path}`, { cookie })
      expect(answer.status, path).toBe(200)
    }
    expect(await upgradeStatus(english.url, cookie)).not.toBe(401)
  })

  it('refuses every change over the network even with the password: saving a note (403), opening an editor, a poisoned state write', async () => {
    const cookie = cookieOf(await ask(`${english.url}/?password=${PASSWORD}`))
    const post = await ask(`${english.url}/__slidev/slides/2.json`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ note: 'A stranger was here' }),
    })
    expect(post.status).toBe(403)
    for (const path of ['/__open-in-editor?file=slides.md', '/__OPEN-IN-EDITOR?file=slides.md', '/%5F%5Fopen-in-editor?file=slides.md'])
      expect((await ask(`${english.url}${path}`, { cookie })).status, path).toBe(403)
    // A write of the talk's position that would reach every object's prototype in the server.
    const poisoned = await ask(`${english.url}/@server-ref/nav`, { method: 'POST', cookie, body: '{"source":"x","timestamp":1,"patch":{"__proto__":{"x-deck-polluted":"yes"}}}' })
    expect(poisoned.status).toBe(400)
    expect((await ask(`${english.url}/`, { cookie })).headers['x-deck-polluted']).toBeUndefined()
    expect(hashes()).toEqual(hashesBefore)
  })

  it('refuses drawings and a state write outside the talk\'s position, and survives a bad redirect and a bad socket message', async () => {
    const cookie = cookieOf(await ask(`${english.url}/?password=${PASSWORD}`))
    const markup = JSON.stringify({
      patch: { 1: '<image href="data:,x" onerror="window.__xss=1"/>' },
    })
    expect((await ask(`${english.url}/@server-reactive/drawings`, { method: 'POST', cookie, body: markup })).status).toBe(403)
    expect((await ask(`${english.url}/@server-reactive/nav`, { method: 'POST', cookie, body: '{"patch":{"deckPad":[1]}}' })).status).toBe(400)
    const odd = await ask(`${english.url}/%E2%82%AC?password=${PASSWORD}`)
    expect(odd.status).toBe(303)
    expect(odd.headers.location).toBe('/%E2%82%AC')
    // Messages Slidev's and Vite's handlers would choke on, sent over the page's own WebSocket.
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${english.url}/overview?password=${PASSWORD}`)
    // A string, so that the test runner leaves its import alone: Vite's client, already connected, sends them.
    await page.evaluate(`(async () => {
      const { createHotContext } = await import('/@vite/client')
      const hot = createHotContext('/probe')
      hot.send('slidev:monaco-write', null)
      hot.send('vite:invalidate', null)
      await new Promise(resolve => setTimeout(resolve, 500))
    })()`)
    await page.context().close()
    expect((await ask(`${english.url}/`, { cookie })).status).toBe(200)
  })

  it('answers odd request targets without falling over, and keeps serving', async () => {
    const { port } = new URL(english.url)
    const raw = (target: string) => new Promise<string>((resolve, reject) => {
      const socket = tcpConnect(Number(port), '127.0.0.1', () => socket.end(`GET ${target} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`))
      let text = ''
      socket.on('data', chunk => text += chunk)
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(await raw('//x:99999/')).toMatch(/^HTTP\/1\.1 401/)
    expect(await raw('http://x:99999/')).toMatch(/^HTTP\/1\.1 400/)
    expect(await raw('/%E0%A4%A')).toMatch(/^HTTP\/1\.1 400/)
    expect((await ask(`${english.url}/`)).status).toBe(401)
  })

  it('makes a password when --remote has none, prints it, and refuses a request without it', async () => {
    const made = /remote password: (\S+)/.exec(chinese.output())?.[1] ?? ''
    expect(made.length).toBeGreaterThanOrEqual(22) // 128 bits or more in base64url
    expect(chinese.phone).toContain(`password=${made}`)
    expect((await ask(`${chinese.url}/`)).status).toBe(401)
    expect((await ask(`${chinese.url}/?password=${made}`)).status).toBe(303)
  })

  it('prints the laptop\'s own addresses with the password', () => {
    const addresses = english.output().match(/http:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*/g) ?? []
    expect(addresses.length).toBeGreaterThan(2)
    expect(addresses.filter(address => !address.includes(`password=${PASSWORD}`))).toEqual([])
  })
})

/**
 * The venue's network between the phone and the laptop, as a TCP relay on loopback that the test can break: `sleep()`
 * makes every open connection swallow what it carries (a phone asleep, its socket half-open behind the Wi-Fi),
 * `drop()` closes them all (the phone's socket gone); new connections go through again once `wake()` is called.
 */
async function venueNetwork(target: string): Promise<{ url: string, sleep: () => void, drop: () => void, wake: () => void, close: () => Promise<void> }> {
  const { hostname, port } = new URL(target)
  const open = new Set<{ swallow: boolean, destroy: () => void }>()
  let awake = true
  const relay = createTcpServer((phoneSide) => {
    if (!awake)
      return phoneSide.destroy()
    const laptopSide = tcpConnect(Number(port), hostname)
    const link = {
      swallow: false,
      destroy: () => [phoneSide, laptopSide].forEach(socket => socket.destroy()),
    }
    open.add(link)
    phoneSide.on('data', data => link.swallow || laptopSide.write(data))
    laptopSide.on('data', data => link.swallow || phoneSide.write(data))
    for (const socket of [phoneSide, laptopSide]) {
      socket.on('error', () => link.destroy())
      socket.on('close', () => {
        link.destroy()
        open.delete(link)
      })
    }
  })
  await new Promise<void>(resolve => relay.listen(0, '127.0.0.1', resolve))
  const address = relay.address()
  const relayPort = typeof address === 'object' && address
    ? address.port
    : 0
  return {
    url: `http://127.0.0.1:${relayPort}`,
    sleep: () => {
      awake = false
      open.forEach(link => link.swallow = true)
    },
    drop: () => {
      awake = false
      open.forEach(link => link.destroy())
    },
    wake: () => {
      awake = true
    },
    close: () => new Promise<void>((resolve) => {
      open.forEach(link => link.destroy())
      relay.close(() => resolve())
    }),
  }
}

interface Talk {
  phone: Page
  audience: Page
  presenter: Page
  problems: PageProblems
  contexts: BrowserContext[]
  network: Awaited<ReturnType<typeof venueNetwork>>
}

/** The phone (390×844, touch) at the printed address, and the laptop's audience and presenter windows. */
async function openTalk(server: RemoteServer, password: string): Promise<Talk> {
  const problems: PageProblems = { consoleMessages: [], pageErrors: [], offMachineRequests: [] }
  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    ...LESS_MOTION,
  })
  const laptop = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    ...LESS_MOTION,
  })
  for (const context of [phoneContext, laptop]) {
    await context.route('**/*', (route) => {
      if (isOnMachine(route.request().url()))
        return route.continue()
      problems.offMachineRequests.push(route.request().url())
      return route.abort('blockedbyclient')
    })
  }
  const audience = await laptop.newPage()
  const presenter = await laptop.newPage()
  const phone = await phoneContext.newPage()
  watchPage(audience, problems, 'audience ')
  watchPage(presenter, problems, 'presenter ')
  watchPage(phone, problems, 'phone ')
  await audience.goto(`${server.url}/1?password=${password}`)
  await waitForStep(audience, { no: 1, clicks: 0 })
  await presenter.goto(`${server.url}/presenter/1`)
  await waitForStep(presenter, { no: 1, clicks: 0 }, '.grid-section.main')
  // The printed address, reached through the venue's network (the relay, on another port of the same host).
  const network = await venueNetwork(server.url)
  await phone.goto(server.phone.replace(server.url, network.url))
  await phone.locator('[data-test="where"]').waitFor()
  return {
    phone,
    audience,
    presenter,
    problems,
    contexts: [phoneContext, laptop],
    network,
  }
}

const visibleText = (page: Page, selector: string) => page.locator(selector).innerText()

/**
 * The phone remote in one language. `languageFree`: also the checks whose code is the same in either language (the
 * swipe, following the laptop, the sleeping and dropped connections, the presenter view without an editor), so one
 * language's run covers them.
 */
function checkPhone(lang: 'en' | 'zh', slides: DeckSlide[], server: () => RemoteServer, password: () => string, options: { languageFree: boolean }) {
  const names = lang === 'en'
    ? {
        previous: 'Previous',
        next: 'Next',
        where: `Slide 2 of ${slides.length}`,
        notes: '中文',
      }
    : {
        previous: '上一步',
        next: '下一步',
        where: `第2页，共${slides.length}页`,
        notes: 'English',
      }
  let talk: Talk

  beforeAll(async () => {
    talk = await openTalk(server(), password())
  })
  afterAll(async () => {
    await Promise.all(talk?.contexts.map(context => context.close()) ?? [])
    await talk?.network.close()
  })

  it('has Previous and Next buttons a thumb hits (64 px tall or more) and a screen reader names', async () => {
    for (const name of [names.previous, names.next]) {
      const box = await talk.phone.getByRole('button', { name, exact: true }).boundingBox()
      expect(box!.height).toBeGreaterThanOrEqual(64)
      expect(box!.width).toBeGreaterThanOrEqual(120)
    }
    expect(await talk.phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })

  it('a tap on Next moves the audience window and the presenter view, and the phone shows the slide and its notes', async () => {
    const started = Date.now()
    await talk.phone.getByRole('button', { name: names.next, exact: true }).tap()
    await Promise.all([
      waitForStep(talk.audience, { no: 2, clicks: 0 }, '', false),
      waitForStep(talk.presenter, { no: 2, clicks: 0 }, '.grid-section.main', false),
    ])
    console.warn(`phone remote (${lang}): Next reached both laptop windows in ${Date.now() - started} ms`)
    await expect.poll(() => visibleText(talk.phone, '[data-test="where"]')).toContain(names.where)
    expect(await visibleText(talk.phone, 'h1')).toBe(slides[1]!.title)
    const spoken = slides[1]!.note.split('\n').find(line => line.length > 40 && !line.startsWith('>') && !line.includes('['))!
    expect(await visibleText(talk.phone, '[data-test="notes"]')).toContain(spoken.slice(0, 30))
  })

  it('shows the notes in the other language after the English | 中文 switch', async () => {
    await talk.phone.getByRole('button', { name: names.notes, exact: true }).tap()
    const other = await readDeck(undefined, {
      expand: true,
      lang: lang === 'en'
        ? 'zh'
        : 'en',
    })
    const line = other[1]!.note.split('\n').find(text => text.length > 20 && !text.startsWith('>') && !text.includes('['))!
    await expect.poll(() => visibleText(talk.phone, '[data-test="notes"]')).toContain(line.slice(0, 12))
  })

  if (options.languageFree) {
    it('a tap on Previous and a swipe left move the talk back and on again', async () => {
      await talk.phone.getByRole('button', { name: names.previous, exact: true }).tap()
      await waitForStep(talk.audience, { no: 1, clicks: 0 }, '', false)
      const notes = talk.phone.locator('[data-test="notes"]')
      await notes.dispatchEvent('pointerdown', {
        clientX: 320,
        clientY: 400,
        pointerType: 'touch',
        isPrimary: true,
      })
      await notes.dispatchEvent('pointerup', {
        clientX: 80,
        clientY: 410,
        pointerType: 'touch',
        isPrimary: true,
      })
      await waitForStep(talk.audience, { no: 2, clicks: 0 }, '', false)
      await waitForStep(talk.presenter, { no: 2, clicks: 0 }, '.grid-section.main', false)
    })

    it('follows the talk when the laptop moves it', async () => {
      await talk.audience.keyboard.press('ArrowRight')
      await waitForStep(talk.audience, { no: 3, clicks: 0 })
      await expect.poll(() => visibleText(talk.phone, '[data-test="where"]')).not.toContain(names.where)
      await talk.audience.keyboard.press('ArrowLeft')
      await waitForStep(talk.audience, { no: 2, clicks: 0 })
      await expect.poll(() => visibleText(talk.phone, '[data-test="where"]')).toContain(names.where)
    })

    it('after sleeping with its connection half-open, the phone wakes where the talk is', async () => {
      talk.network.sleep()
      await talk.audience.keyboard.press('ArrowRight')
      await waitForStep(talk.audience, { no: 3, clicks: 0 })
      await talk.phone.waitForTimeout(500)
      expect(await visibleText(talk.phone, '[data-test="where"]')).toContain(names.where)
      talk.network.wake()
      // The screen comes on: the page asks the laptop whether it is still there.
      await talk.phone.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
      await expect.poll(() => visibleText(talk.phone, '[data-test="where"]'), { timeout: 20_000 }).not.toContain(names.where)
    })

    it('after losing its connection, the phone reconnects by itself and shows where the talk is', async () => {
      const before = await visibleText(talk.phone, '[data-test="where"]')
      talk.network.drop()
      await talk.audience.keyboard.press('ArrowLeft')
      await waitForStep(talk.audience, { no: 2, clicks: 0 })
      await talk.phone.waitForTimeout(1000)
      talk.network.wake()
      await expect.poll(() => visibleText(talk.phone, '[data-test="where"]'), { timeout: 30_000 }).toContain(names.where)
      expect(before).not.toContain(names.where)
      await talk.phone.getByRole('button', { name: names.next, exact: true }).tap()
      await waitForStep(talk.audience, { no: 3, clicks: 0 }, '', false)
    })

    it('offers no note editor in the presenter view, and no side editor', async () => {
      await expect.poll(() => talk.presenter.locator('.slidev-presenter .grid-section.note').count()).toBe(1)
      expect(await talk.presenter.locator('button[title="Edit Notes"]').count()).toBe(1)
      expect(await talk.presenter.locator('button[title="Edit Notes"]').isVisible()).toBe(false)
      expect(await talk.presenter.locator('textarea').count()).toBe(0)
      expect(await talk.presenter.locator('button[title="Show editor"]').count()).toBe(0)
    })
  }

  it('logs no error and sends nothing off the machine', () => {
    // What a dropped connection makes the phone's page log is expected (Chromium names a socket the relay destroys
    // as it opens ERR_CONNECTION_… or ERR_SOCKET_NOT_CONNECTED, by timing); nothing else is. Lines read
    // "console phone error: …" (harness.ts takeProblems).
    expect(takeProblems(talk.problems).filter(line => !/^console phone (?:error|warning): (?:WebSocket connection|Failed to load resource: net::ERR_(?:CONNECTION|SOCKET_NOT_CONNECTED))/.test(line))).toEqual([])
  })
}

describe('the phone remote, in English', () => {
  checkPhone('en', englishSlides, () => english, () => PASSWORD, { languageFree: true })
})

describe('the phone remote, in Chinese', () => {
  checkPhone('zh', chineseSlides, () => chinese, () => /remote password: (\S+)/.exec(chinese.output())?.[1] ?? '', { languageFree: false })
})

describe('wrong passwords', () => {
  it('answers 429 after 10 wrong tries in a minute from one address, even for the right one', async () => {
    const statuses = []
    for (let i = 0; i < 10; i++)
      statuses.push((await ask(`${english.url}/?password=guess-number-${i}`, { from: GUESSER })).status)
    expect(statuses).toEqual(Array.from({ length: 10 }).fill(401))
    const locked = await ask(`${english.url}/?password=${PASSWORD}`, { from: GUESSER })
    expect(locked.status).toBe(429)
    expect(locked.headers['retry-after']).toBe('60')
    // Another address is not held back by them.
    expect((await ask(`${english.url}/?password=${PASSWORD}`, { from: STRANGER })).status).toBe(303)
  })

  it('left slides.md and data/ as they were', () => {
    expect(hashes()).toEqual(hashesBefore)
  })
})
