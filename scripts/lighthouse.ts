import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// npm run lighthouse [-- --dist DIR] [--runs 3]: Lighthouse's scores for the built site, desktop and
// mobile, on this machine. Builds the site into a temporary folder (or audits DIR), serves it on a
// local static host, and runs Lighthouse from the npm registry, pinned (npm exec fetches it once into
// npm's cache: it is large, and only this script needs it, so it is not a dependency of the deck).
// Prints each run's category scores and the metrics behind performance, the median of the runs, and
// whatever keeps a category below 100. A measurement, not a test: scores vary with the machine's load.
import process from 'node:process'
import { promisify } from 'node:util'
import { buildDeck } from '../node/slidev-adapter.ts'
import { findChromium } from './lib/chromium.ts'
import { commandLine, countFrom, readCommandLine } from './lib/cli.ts'
import { hostStatically } from './lib/static-host.ts'

const LIGHTHOUSE = 'lighthouse@13.5.0'
const { runs, dist } = commandLine('lighthouse', () => {
  const { values } = readCommandLine({
    args: process.argv.slice(2),
    options: {
      dist: { type: 'string' },
      runs: { type: 'string' },
    },
  })
  if (values.dist !== undefined && !(existsSync(values.dist) && statSync(values.dist).isDirectory()))
    throw new Error(`--dist names no folder: "${values.dist}"`)
  return {
    runs: countFrom('runs', values.runs, 3),
    dist: values.dist,
  }
})
const work = mkdtempSync(join(tmpdir(), 'deck-lighthouse-'))

interface Audit { score: number | null, scoreDisplayMode: string, title: string, displayValue?: string, numericValue?: number }
interface Report {
  categories: Record<string, { score: number, auditRefs: { id: string, weight: number }[] }>
  audits: Record<string, Audit>
}

async function buildSite(): Promise<string> {
  const dir = join(work, 'site')
  console.log('building the site (slidev build) …')
  await buildDeck({ outDir: dir })
  return dir
}

async function audit(url: string, formFactor: 'desktop' | 'mobile', run: number): Promise<Report> {
  const output = join(work, `${formFactor}-${run}.json`)
  // chrome-launcher adds its own flags; more than these (CHROMIUM_ARGS) closed the tab mid-audit here.
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'
  // Not execFileSync: the static host answers from this process's event loop.
  await promisify(execFile)('npm', [
    'exec',
    '--yes',
    `--package=${LIGHTHOUSE}`,
    '--',
    'lighthouse',
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    ...(formFactor === 'desktop'
      ? ['--preset=desktop']
      : []),
  ], {
    cwd: work,
    env: {
      ...process.env,
      CHROME_PATH: findChromium(),
    },
    maxBuffer: 64 << 20,
  })
  return JSON.parse(readFileSync(output, 'utf8')) as Report
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const
const CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const

const host = await hostStatically(dist ?? await buildSite(), { gzip: true })
try {
  for (const formFactor of ['desktop', 'mobile'] as const) {
    const reports: Report[] = []
    for (let run = 0; run < runs; run++)
      reports.push(await audit(`${host.url}/`, formFactor, run))
    const scores = CATEGORIES.map(name => `${name} ${median(reports.map(r => Math.round(r.categories[name]!.score * 100)))}`)
    const metrics = METRICS.map(id => `${reports[0]!.audits[id]!.title} ${median(reports.map(r => r.audits[id]!.numericValue ?? 0)).toFixed(id === 'cumulative-layout-shift'
      ? 3
      : 0)}`)
    console.log(`\n${formFactor} (median of ${runs}): ${scores.join(', ')}`)
    console.log(`  each run's performance: ${reports.map(r => Math.round(r.categories.performance!.score * 100)).join(', ')}`)
    console.log(`  ${metrics.join(', ')} (ms, CLS unitless)`)
    const last = reports.at(-1)!
    for (const name of CATEGORIES) {
      const below = last.categories[name]!.auditRefs
        .map(ref => ({ id: ref.id, weight: ref.weight, audit: last.audits[ref.id]! }))
        .filter(({ audit }) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      for (const { id, audit } of below) {
        console.log(`  ${name}: ${id}: ${audit.title}${audit.displayValue
          ? ` (${audit.displayValue})`
          : ''}`)
      }
    }
    const bootup = last.audits['bootup-time'] as Audit & { details?: { items?: { url: string, scripting: number }[] } }
    for (const item of bootup.details?.items?.slice(0, 4) ?? [])
      console.log(`  script time: ${item.url.replace(host.url, '')} ${Math.round(item.scripting)} ms`)
  }
}
finally {
  await host.stop()
  rmSync(work, { recursive: true, force: true })
}
