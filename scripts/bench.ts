import type { Browser } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
// npm run bench [-- --runs 3] [--only dev,build,export,all,charts]: this deck against a plain Slidev deck with
// the same number of slides (same headmatter, theme and fonts; plain Markdown text instead of charts), on this
// machine, in one run. Measures the dev server's cold start to slide 1 on screen, `slidev build`, and the PDF
// exports (medians of alternating runs), the extra gzipped JS+CSS the charts add, the PDF's size, and each
// chart's first render in Chromium (Vue's own performance marks in the dev server). Prints a table and, when
// every measure ran, writes bench/RESULTS.md.
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { freePort, runChild } from '../node/child-process.ts'
import { buildArgs, buildDeck, startDeckServer } from '../node/slidev-adapter.ts'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { commandLine, countFrom, readCommandLine } from './lib/cli.ts'
import { readDeck } from './lib/deck.ts'
import { PROJECT_ROOT } from './lib/paths.ts'

const MEASURES = [
  'dev',
  'build',
  'export',
  'all',
  'charts',
] as const
type Measure = typeof MEASURES[number]
const { RUNS, only } = commandLine('bench', () => {
  const { values } = readCommandLine({
    args: process.argv.slice(2),
    options: {
      runs: { type: 'string' },
      only: { type: 'string' },
    },
  })
  const only = values.only?.split(',') ?? [...MEASURES]
  const unknown = only.filter(name => !(MEASURES as readonly string[]).includes(name))
  if (unknown.length)
    throw new Error(`--only takes ${MEASURES.join(', ')}; got "${unknown.join(',')}"`)
  // Five rounds by default: on a shared 2-core machine single builds vary by ±20%, so fewer rounds let
  // the noise decide a 15% target.
  return {
    RUNS: countFrom('runs', values.runs, 5),
    only,
  }
})
// The browser driver loads once the command line is understood: a refusal comes at once.
const { chromium } = await import('playwright-core')
const measuring = (name: Measure) => only.includes(name)
const TARGETS = {
  dev: 1.2,
  build: 1.25,
  export: 1,
  exportAll: 1.5,
  extraGzipKb: 120,
  pdfMb: 3,
  chartMs: 16,
}
// Outside the project: the dev servers under test (and anyone else's) watch the project's folder.
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
const browserPath = findChromium()

/**
 * The comparison deck, a Slidev project of its own as `npm init slidev` makes one: its package.json and a
 * node_modules of links to this project's packages, so Slidev runs it as a local install (from outside a
 * project Slidev switches to its global mode, with other settings and a dependency cache of its own that
 * nothing cleared) and Vite keeps its cache in the plain deck's node_modules/.vite, which each run removes.
 * Then this deck's headmatter and styles, each slide's title and notes, plain text. Returns the folder.
 */
function writePlainDeck(dir: string, slideCount: number): string {
  mkdirSync(join(dir, 'node_modules'), { recursive: true })
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'plain-deck', private: true, type: 'module' })}\n`)
  // The font packages the styles import are copied: Vite serves a file only from inside the project, and a
  // link resolves to outside it. Dot entries are caches and Slidev's generated files (.vite, .slidev), which the
  // plain deck makes its own.
  const fonts = new Set([
    ...readFileSync(join(PROJECT_ROOT, 'styles', 'index.ts'), 'utf8').matchAll(/^import '(@fontsource\/[^/']+)/gm),
  ].map(match => match[1]!))
  const install = (from: string, name: string) => {
    if (name === '@fontsource') {
      mkdirSync(join(dir, 'node_modules', name))
      for (const font of readdirSync(from))
        install(join(from, font), `${name}/${font}`)
    }
    else if (fonts.has(name)) {
      cpSync(from, join(dir, 'node_modules', name), { recursive: true })
    }
    else if (!name.startsWith('.')) {
      symlinkSync(from, join(dir, 'node_modules', name))
    }
  }
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules')))
    install(join(PROJECT_ROOT, 'node_modules', entry), entry)
  cpSync(join(PROJECT_ROOT, 'styles'), join(dir, 'styles'), { recursive: true })
  // Without the modules this deck's own Vite plugins serve (virtual:cjk-font.css), which a plain deck has not.
  const styles = join(dir, 'styles', 'index.ts')
  writeFileSync(styles, readFileSync(styles, 'utf8').replace(/^import 'virtual:[^']*'\n/gm, ''))
  cpSync(join(PROJECT_ROOT, 'public'), join(dir, 'public'), { recursive: true })
  const source = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8')
  const headmatter = source.split(/^---$/m)[1] ?? ''
  const slides = Array.from({ length: slideCount }, (_, i) => [
    `# Plain slide ${i + 1}`,
    '',
    'A paragraph of plain text that takes about the room a sentence on a briefing slide takes.',
    '',
    '- One point',
    '- Another point',
    '',
    `<!--\nNotes for plain slide ${i + 1}.\n-->`,
  ].join('\n'))
  writeFileSync(join(dir, 'slides.md'), `---${headmatter}---\n\n${slides.join('\n\n---\n\n')}\n`)
  return dir
}

/** Wall-clock seconds of one run. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return (performance.now() - start) / 1000
}

const EXPORT_SCRIPT = join(PROJECT_ROOT, 'scripts', 'export.ts')

/** This deck's own export command, `node scripts/export.ts ARGS`. */
async function ownExport(args: string[]): Promise<void> {
  execFileSync(process.execPath, [EXPORT_SCRIPT, ...args], {
    cwd: PROJECT_ROOT,
    stdio: 'ignore',
    env: { ...process.env, CI: 'true' },
  })
}

interface Server { url: string, stop: () => Promise<void> }

/** What the bench runs of a deck. Every run starts without Vite's dependency cache. */
interface Deck {
  name: string
  build: (outDir: string) => Promise<void>
  /** Writes the PDF under `outDir` (this deck: `npm run export`; the plain deck: `slidev export`). */
  exportPdf: (outDir: string) => Promise<void>
  /** `npm run export:all`; this deck only. */
  exportAll?: (outDir: string) => Promise<void>
  /** The dev server, once its first page answers. */
  serve: () => Promise<Server>
}

/** This deck, through node/slidev-adapter.ts (each of its runs gets a fresh Vite cache there). */
const ownDeck: Deck = {
  name: 'deck',
  build: outDir => buildDeck({ outDir }),
  exportPdf: outDir => ownExport(['pdf', '--out-dir', outDir]),
  exportAll: outDir => ownExport(['all', '--out-dir', outDir]),
  serve: () => startDeckServer(),
}

/** The plain deck, run by its own `slidev` command (the path decides Slidev's local mode) with a cold cache. */
function plainDeck(dir: string): Deck {
  const cli = join(dir, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  const slidev = (args: string[], label: string) => {
    rmSync(join(dir, 'node_modules', '.vite'), { recursive: true, force: true })
    return runChild(cli, args, {
      cwd: dir,
      env: { BROWSER: 'none' },
      label: `plain deck: ${label}`,
    })
  }
  return {
    name: 'plain',
    build: outDir => slidev(buildArgs({ outDir }), 'slidev build').finished(),
    exportPdf(outDir) {
      mkdirSync(outDir, { recursive: true })
      return slidev([
        'export',
        'slides.md',
        '--format',
        'pdf',
        '--output',
        join(outDir, 'deck'),
        '--executable-path',
        browserPath,
      ], 'slidev export').finished()
    },
    async serve() {
      // As startDeckServer runs this deck's: a free port, Slidev's warnings only, polled until `/` answers.
      const port = await freePort()
      const child = slidev([
        'slides.md',
        '--port',
        String(port),
        '--log',
        'warn',
      ], 'slidev dev server')
      const url = `http://127.0.0.1:${port}`
      try {
        await child.answers(`${url}/`, 90_000)
      }
      catch (error) {
        await child.stop()
        throw error
      }
      return { url, stop: child.stop }
    },
  }
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function gzippedAssets(dist: string): number {
  const dir = join(dist, 'assets')
  const files: string[] = []
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory())
        walk(join(path, entry.name))
      else if (/\.(?:js|css)$/.test(entry.name))
        files.push(join(path, entry.name))
    }
  }
  walk(dir)
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0)
}

const pdfIn = (dir: string) => join(dir, readdirSync(dir).find(file => file.endsWith('.pdf'))!)

/**
 * The presenter's wait: from starting the dev server (cold: no Vite cache) until Chromium, started before the
 * clock, has painted slide 1's title: the server answers, the page loads, the h1 is visible, and a frame is drawn.
 * Seconds to the first answer and to the painted title.
 */
async function devStart(deck: Deck, browser: Browser): Promise<{ answered: number, painted: number }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  const page = await context.newPage()
  const start = performance.now()
  const server = await deck.serve()
  try {
    const answered = (performance.now() - start) / 1000
    await page.goto(`${server.url}/1`, { waitUntil: 'commit', timeout: 90_000 })
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: 90_000 })
    // Two frames: the first callback runs before the frame that paints the title, the second after it.
    await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    return { answered, painted: (performance.now() - start) / 1000 }
  }
  finally {
    await context.close()
    await server.stop()
  }
}

interface DeckTimes {
  dev: number[]
  devAnswered: number[]
  build: number[]
  export: number[]
  all: number[]
  gzip: number
  pdfBytes: number
}

/** The measures chosen, round by round, alternating the decks' order so drift hits both. */
async function measureDecks(decks: Deck[]): Promise<Map<string, DeckTimes>> {
  const result = new Map(decks.map(deck => [
    deck.name,
    {
      dev: [],
      devAnswered: [],
      build: [],
      export: [],
      all: [],
      gzip: 0,
      pdfBytes: 0,
    } as DeckTimes,
  ]))
  const browser = measuring('dev')
    ? await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
    : undefined
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const deck of run % 2
        ? [...decks].reverse()
        : decks) {
        const out = join(work, `${deck.name}-${run}`)
        const times = result.get(deck.name)!
        const line: string[] = []
        if (browser) {
          const { answered, painted } = await devStart(deck, browser)
          times.devAnswered.push(answered)
          times.dev.push(painted)
          line.push(`dev: answers ${answered.toFixed(1)} s, slide 1 painted ${painted.toFixed(1)} s`)
        }
        if (measuring('build')) {
          times.build.push(await timed(() => deck.build(join(out, 'dist'))))
          times.gzip = gzippedAssets(join(out, 'dist'))
          line.push(`build ${times.build.at(-1)!.toFixed(1)} s`)
        }
        // The plain deck's PDF is the yardstick of both exports.
        if (measuring('export') || (measuring('all') && !deck.exportAll)) {
          times.export.push(await timed(() => deck.exportPdf(join(out, 'pdf'))))
          times.pdfBytes = statSync(pdfIn(join(out, 'pdf'))).size
          line.push(`export ${times.export.at(-1)!.toFixed(1)} s`)
        }
        if (measuring('all') && deck.exportAll) {
          times.all.push(await timed(() => deck.exportAll!(join(out, 'all'))))
          line.push(`export:all ${times.all.at(-1)!.toFixed(1)} s`)
        }
        rmSync(out, { recursive: true, force: true })
        console.log(`run ${run + 1}/${RUNS} ${deck.name}: ${line.join(', ')}`)
      }
    }
  }
  finally {
    await browser?.close()
  }
  return result
}

/**
 * Each chart's first render (its own "chart:<Chart>" measure from setup to mounted, or Vue's
 * "<Chart> mount": setup, render and DOM patch) and its
 * slowest click-step update ("<Chart> patch"), stepping through the deck in the dev server.
 * Vue records these marks only in development builds, which are slower than the built site.
 */
async function chartTimes(): Promise<Map<string, { mount: number[], update: number[] }>> {
  // The charts are the components that record their own render time (ChartFrame draws for all of them; useChart
  // records it for a chart).
  const charts = readdirSync(join(PROJECT_ROOT, 'components')).filter(file => file.endsWith('.vue')
    && /\b(?:useRenderTiming|useChart)\(/.test(readFileSync(join(PROJECT_ROOT, 'components', file), 'utf8'))).map(file => file.replace(/\.vue$/, ''))
  const slides = await readDeck()
  const deck = await startDeckServer()
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS })
  const times = new Map(charts.map(name => [
    name,
    { mount: [] as number[], update: [] as number[] },
  ]))
  try {
    for (let run = 0; run < Math.max(RUNS, 5); run++) {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 720 },
      })
      await page.addInitScript(() => {
        const seen: { name: string, duration: number }[] = []
        ;(window as unknown as { __chartMeasures: typeof seen }).__chartMeasures = seen
        new PerformanceObserver(list => list.getEntries().forEach(entry => seen.push({ name: entry.name, duration: entry.duration })))
          .observe({
            entryTypes: ['measure'],
          })
        // Vue sets __vue_app__ on #app when it mounts; turn its performance marks on at that moment.
        // eslint-disable-next-line accessor-pairs -- Vue only assigns __vue_app__; the setter is the moment to catch
        Object.defineProperty(Element.prototype, '__vue_app__', {
          configurable: true,
          set(app: { config: { performance: boolean } }) {
            app.config.performance = true
            Object.defineProperty(this, '__vue_app__', { value: app, configurable: true, writable: true })
          },
        })
      })
      await page.goto(`${deck.url}/1`)
      await page.locator('.slidev-page-1 .slidev-layout').waitFor()
      const steps = slides.reduce((sum, slide) => sum + 1 + (typeof slide.frontmatter.clicks === 'number'
        ? slide.frontmatter.clicks
        : 3), 0)
      for (let i = 0; i < steps; i++) {
        await page.keyboard.press('ArrowRight')
        await page.waitForTimeout(120)
      }
      const measures = await page.evaluate(() => (window as unknown as { __chartMeasures: { name: string, duration: number }[] }).__chartMeasures)
      for (const name of charts) {
        // The charts' own "chart:<Name>" measure (setup to mounted) where they record it, else Vue's.
        const own = measures.filter(m => m.name === `chart:${name}`).map(m => m.duration)
        const mounts = own.length
          ? own
          : measures.filter(m => m.name === `<${name}> mount`).map(m => m.duration)
        const patches = measures.filter(m => m.name === `<${name}> patch`).map(m => m.duration)
        if (mounts.length)
          times.get(name)!.mount.push(Math.max(...mounts))
        if (patches.length)
          times.get(name)!.update.push(Math.max(...patches))
      }
      await page.close()
    }
  }
  finally {
    await browser.close()
    await deck.stop()
  }
  return times
}

const slideCount = (await readDeck()).length
console.log(`bench: ${slideCount} slides, ${RUNS} runs each (${only.join(', ')}), ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`)
const decks = await measureDecks([
  ownDeck,
  plainDeck(writePlainDeck(join(work, 'plain'), slideCount)),
])
const charts = measuring('charts')
  ? await chartTimes()
  : new Map()

const deck = decks.get('deck')!
const plain = decks.get('plain')!
const ratio = (a: number[], b: number[]) => median(a) / median(b)
/** The lowest and highest ratio of one round's runs (each round runs both decks back to back). */
function spread(a: number[], b: number[]): string {
  const rounds = a.map((value, i) => value / b[i]!)
  return `rounds ${Math.min(...rounds).toFixed(2)}–${Math.max(...rounds).toFixed(2)}×`
}
const ok = (pass: boolean) => (pass ? 'met' : '**missed**')
/** A time row: both medians, their ratio and its spread, the target and whether it is met. */
function ratioRow(label: string, a: number[], b: number[], target: number): string[] {
  const r = ratio(a, b)
  return [
    label,
    `${median(a).toFixed(1)} s vs ${median(b).toFixed(1)} s = ${r.toFixed(2)}× (${spread(a, b)})`,
    `≤ ${target}×`,
    ok(r <= target),
  ]
}
const extraKb = (deck.gzip - plain.gzip) / 1024
const pdfMb = deck.pdfBytes / 2 ** 20
const rows: string[][] = [
  ...(measuring('dev')
    ? [
        ratioRow('`npm run dev` cold (no Vite cache) to slide 1\'s title painted in Chromium', deck.dev, plain.dev, TARGETS.dev),
      ]
    : []),
  ...(measuring('build')
    ? [
        ratioRow('slidev build time', deck.build, plain.build, TARGETS.build),
        [
          'extra JS+CSS, gzipped',
          `${(deck.gzip / 1024).toFixed(0)} KB vs ${(plain.gzip / 1024).toFixed(0)} KB = +${extraKb.toFixed(0)} KB`,
          `≤ ${TARGETS.extraGzipKb} KB`,
          ok(extraKb <= TARGETS.extraGzipKb),
        ],
      ]
    : []),
  ...(measuring('export')
    ? [
        ratioRow('PDF export time (`npm run export` vs `slidev export`)', deck.export, plain.export, TARGETS.export),
        [
          'PDF size',
          `${pdfMb.toFixed(2)} MB (plain: ${(plain.pdfBytes / 2 ** 20).toFixed(2)} MB)`,
          `< ${TARGETS.pdfMb} MB`,
          ok(pdfMb < TARGETS.pdfMb),
        ],
      ]
    : []),
  ...(measuring('all')
    ? [
        ratioRow('`npm run export:all` (PDF, PNGs, PPTX, handout) vs the plain PDF', deck.all, plain.export, TARGETS.exportAll),
      ]
    : []),
  ...[...charts].map(([name, t]) => {
    const mount = t.mount.length
      ? median(t.mount)
      : Number.NaN
    const update = t.update.length
      ? median(t.update)
      : Number.NaN
    return [
      `${name}: first render (update)`,
      `${mount.toFixed(1)} ms (${Number.isNaN(update)
        ? 'no click steps'
        : `${update.toFixed(1)} ms`})`,
      `≤ ${TARGETS.chartMs} ms`,
      ok(mount <= TARGETS.chartMs && (Number.isNaN(update) || update <= TARGETS.chartMs)),
    ]
  }),
]
const table = [
  '| measure | this deck vs plain deck (medians) | target | |',
  '| --- | --- | --- | --- |',
  ...rows.map(row => `| ${row.join(' | ')} |`),
].join('\n')
const seconds = (values: number[]) => `${values.map(v => v.toFixed(1)).join(', ')} s`
const raw = [...decks].map(([name, d]) => `- ${name}: ${[
  d.dev.length && `dev start ${seconds(d.dev)} (server answered at ${seconds(d.devAnswered)})`,
  d.build.length && `build ${seconds(d.build)}`,
  d.export.length && `export ${seconds(d.export)}`,
  d.all.length && `export:all ${seconds(d.all)}`,
].filter(Boolean).join('; ')}`).join('\n')
console.log(`\n${table}\n\nRaw times:\n${raw}\n`)
rmSync(work, { recursive: true, force: true })
if (only.length < MEASURES.length) {
  console.log('Not written to bench/RESULTS.md: only part of the bench ran (--only).')
  process.exit(0)
}
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ')
// The hand-written "## Notes" (causes and fixes of missed targets) survive a new run.
const resultsFile = join(PROJECT_ROOT, 'bench', 'RESULTS.md')
const previous = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8')
  : ''
const notes = previous.includes('\n## Notes')
  ? previous.slice(previous.indexOf('\n## Notes'))
  : ''
writeFileSync(resultsFile, `# Benchmark: this deck against a plain deck of ${slideCount} slides

\`npm run bench\`, ${stamp} UTC, on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.
The plain deck has the same headmatter, theme, fonts and styles, and ${slideCount} slides of plain Markdown text;
only the charts and figures differ. It is a Slidev project of its own (package.json, node_modules linked to this
project's packages), run by its own \`slidev\` command. Times are medians of ${RUNS} alternating runs, each with a
fresh Vite cache; chart times are medians of ${Math.max(RUNS, 5)} passes through the deck in Chromium.

${table}

Raw times:
${raw}

How each is measured: dev start is from starting the dev server (this deck's through node/slidev-adapter.ts,
as \`npm run dev\` runs it; the plain deck's \`slidev\`), with no Vite cache, until a Chromium started before the
clock has painted slide 1's title (the server's \`/\` polled every 250 ms until it answers, then \`/1\` loaded, its
\`h1\` visible and a frame drawn); build is wall-clock \`slidev build\`; export is this deck's \`npm run export\` (data
check, \`slidev build\` with the print view, static server, Chromium's PDF, bookmarks) against the plain deck's
\`slidev export --format pdf\` (Slidev's dev-server exporter), both with the system Chromium; \`export:all\` is this
deck's one command for PDF, PNGs, PPTX and handout, against the same plain PDF; bundle is the gzipped size of every
\`.js\` and \`.css\` under \`dist/assets\`; a chart's first render is its own \`chart:<Name>\` performance measure (setup
to mounted; Vue's \`<Name> mount\` where a chart has none), and its update is Vue's slowest \`<Name> patch\` (a click
step), all in the dev server, whose development build is slower than the built site, so these are upper bounds.
${notes}`)
console.log('Written: bench/RESULTS.md')
